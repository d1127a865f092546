-- "Who looked at my profile" (issue 20) shows a deletion by staff too. The deleted profile's row,
-- and with it the contact hash that ties it to the person, is gone; this keeps only which profile id
-- had which contact hash, for profiles staff deleted, so that GET /me/profile-views still finds the
-- audit rows about it. No name, no contact detail. A row goes when the person erases everything,
-- and with the retention job (RETENTION_MONTHS after the deletion).
CREATE TABLE IF NOT EXISTS profile_deletions (
  profile_id text PRIMARY KEY,
  contact_hash text NOT NULL,
  deleted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS profile_deletions_contact_hash ON profile_deletions (contact_hash);
