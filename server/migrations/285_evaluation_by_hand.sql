-- Answers given on a paper form or over the phone, entered by staff (issue 17).
--
-- Such an answer waits in evaluation_pending like an online one (sealed; the seal also says how it
-- was given) and moves with its activity's batch. How answers were given is counted here, apart
-- from the answers and only when a batch moves, so results can say "3 online, 2 on paper" and no
-- row says which answer came how. Nothing here names a person, a member of staff or a time.
CREATE TABLE evaluation_given (
  opportunity_id text NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  how text NOT NULL CHECK (how IN ('paper', 'phone')),
  answers integer NOT NULL DEFAULT 0 CHECK (answers >= 0),
  PRIMARY KEY (opportunity_id, how)
);

-- How many answers staff entered for a round: with the invitations used, never more than were invited.
ALTER TABLE evaluation_rounds ADD COLUMN entered_by_hand integer NOT NULL DEFAULT 0 CHECK (entered_by_hand >= 0);
