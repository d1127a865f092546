-- How well did we involve you? (issue 17)
--
-- An activity's evaluation round starts once, when it ends (its last session is over, or staff
-- say so). Everyone who took part gets one invitation with a single-use link.
CREATE TABLE evaluation_rounds (
  opportunity_id text PRIMARY KEY REFERENCES opportunities (id) ON DELETE CASCADE,
  started_at timestamptz NOT NULL DEFAULT now()
);

-- One invitation per person who took part. The link's token is kept hashed (two: the first
-- link and the one reminder's). `used` records only that it was used: never when, never which
-- answer. The interest is held to invite each person once; erasure removes the row.
CREATE TABLE evaluation_invitations (
  id text PRIMARY KEY,
  opportunity_id text NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  interest_id text REFERENCES interests (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  reminder_token_hash text UNIQUE,
  used boolean NOT NULL DEFAULT false,
  reminded boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (opportunity_id, interest_id)
);

-- The answers, kept apart from who gave them: the activity and what was said. No person, no
-- invitation, no token and no time; the id is random, so neither it nor the order of rows
-- says which invitation was used when. Nothing here may reference a person, a profile, an
-- interest or an invitation (test/evaluations-anonymous checks the schema).
CREATE TABLE evaluation_answers (
  id text PRIMARY KEY,
  opportunity_id text NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  ratings jsonb NOT NULL,
  felt text,
  change text
);
CREATE INDEX evaluation_answers_opportunity ON evaluation_answers (opportunity_id);
