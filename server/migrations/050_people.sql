-- The people pool and invitations (issue 18). Owned by server/src/people/. The message each
-- invitation sends is in the outbox (messages.subject_type 'invitation', subject_id its id).

-- One row per person invited to an opportunity. No name or address is kept here: the
-- profile holds them, and when the profile is deleted or erased the row stays only as a
-- count ("invited, no longer on the pool").
CREATE TABLE invitations (
  id text PRIMARY KEY,
  opportunity_id text NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  profile_id text REFERENCES profiles (id) ON DELETE SET NULL,
  invited_by text NOT NULL,
  status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'interested', 'not_this_time')),
  interest_id text REFERENCES interests (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  answered_at timestamptz
);
CREATE INDEX invitations_opportunity ON invitations (opportunity_id, created_at DESC, id);
CREATE INDEX invitations_profile ON invitations (profile_id, created_at DESC);
CREATE UNIQUE INDEX invitations_once ON invitations (opportunity_id, profile_id);

-- An expression of interest that came from "I'm interested" in an invitation.
ALTER TABLE interests ADD COLUMN invitation_id text;
