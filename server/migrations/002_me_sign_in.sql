-- Coming back: sign-in links and codes, short-lived sessions, and the keyed hash that ties a
-- person's profile, interests and feedback to the email address or phone number they gave.
-- The hash is an HMAC with a key from the environment, so the table alone does not say who.

ALTER TABLE profiles ADD COLUMN contact_hash text;
CREATE INDEX profiles_contact_hash ON profiles (contact_hash);
ALTER TABLE interests ADD COLUMN contact_hash text;
CREATE INDEX interests_contact_hash ON interests (contact_hash);
ALTER TABLE feedback ADD COLUMN contact_hash text;
CREATE INDEX feedback_contact_hash ON feedback (contact_hash);

-- The profile, interest or feedback item a stored idempotent reply is about, so erasure finds it.
ALTER TABLE idempotency_keys ADD COLUMN subject_id text;
CREATE INDEX idempotency_keys_subject ON idempotency_keys (subject_id);

-- One row per link or code sent (or asked for an unknown address: the same work either way).
-- Only the SHA-256 of the link token (or of the hash and code) is kept.
CREATE TABLE sign_in_codes (
  id text PRIMARY KEY,
  contact_hash text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'text')),
  secret_hash text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX sign_in_codes_contact ON sign_in_codes (contact_hash, created_at);
CREATE INDEX sign_in_codes_secret ON sign_in_codes (secret_hash);

-- A signed-in person: by a link or code (contact_hash), or by a profile's number and key (profile_id).
CREATE TABLE me_sessions (
  token_hash text PRIMARY KEY,
  signed_in_with text NOT NULL CHECK (signed_in_with IN ('email', 'text', 'profile')),
  contact_hash text,
  profile_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX me_sessions_contact ON me_sessions (contact_hash);
CREATE INDEX me_sessions_expires ON me_sessions (expires_at);

-- Rows not yet given their contact hash (new since the last look, or all of them after this migration).
CREATE INDEX profiles_contact_unindexed ON profiles (id) WHERE contact_hash IS NULL;
CREATE INDEX interests_contact_unindexed ON interests (id) WHERE contact_hash IS NULL;
CREATE INDEX feedback_contact_unindexed ON feedback (id) WHERE contact_hash IS NULL;
