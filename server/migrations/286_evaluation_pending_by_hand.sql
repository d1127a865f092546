-- Which waiting answers staff typed in (review M2, issue 17).
--
-- The member of staff who typed a paper form or took a call knows that answer, so it must not
-- count towards the batch minimum: otherwise one online answer and one typed in move together
-- and the typist reads the online one by subtraction. Only answers staff did not type count; a
-- batch made only of typed-in answers moves by the old rule (it tells the typist nothing new).
-- The flag lives only while the answer waits: the row is deleted when it moves, so no answer
-- row says how it came. Answers typed in before this migration stay `false` (their seal still
-- says how they came for the counts).
ALTER TABLE evaluation_pending ADD COLUMN by_hand boolean NOT NULL DEFAULT false;
