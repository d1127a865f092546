-- Telling people what happened (issue 15). Owned by server/src/messages/.

-- How one person wants to hear back. A person is the address they gave us (an email
-- address, or a phone number for texts); `person_key` is a hash of it, so rows from
-- different forms with the same address meet. `channel` letter/phone/supporter means staff
-- tell them by hand; none means "do not tell me". An unsubscribe sets unsubscribed_at.
CREATE TABLE preferences (
  person_key text PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('email', 'text', 'letter', 'phone', 'supporter', 'none')),
  address text NOT NULL,
  language text NOT NULL DEFAULT 'en-GB' CHECK (language IN ('en-GB', 'cy')),
  reading_level text NOT NULL DEFAULT 'standard' CHECK (reading_level IN ('standard', 'easy-read')),
  frequency text NOT NULL DEFAULT 'each_time' CHECK (frequency IN ('each_time', 'weekly')),
  unsubscribed_at timestamptz,
  -- The keyed hash the sign-in module ties a person's rows with (filled by its contact index), so erasure finds these.
  contact_hash text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX preferences_contact_hash ON preferences (contact_hash);

-- Who asked to hear about what: the giver and the "I said this too" people of a feedback
-- item, the person behind an expression of interest.
CREATE TABLE message_subscriptions (
  subject_type text NOT NULL CHECK (subject_type IN ('feedback', 'interest')),
  subject_id text NOT NULL,
  person_key text NOT NULL REFERENCES preferences (person_key) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('giver', 'supporter', 'interested')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (subject_type, subject_id, person_key)
);
CREATE INDEX message_subscriptions_person ON message_subscriptions (person_key);

-- The outbox: written in the same transaction as the change it tells about, sent by the
-- worker. `data` holds what the message says (no address: that is read from preferences at
-- send time, so an unsubscribe or an erasure stops a queued message).
--   queued -> sending -> sent -> delivered | failed;  queued -> failed (permanent error)
--   digest -> summarised (folded into a weekly summary); manual -> done (staff told them);
--   cancelled (unsubscribed or erased before it went).
CREATE TABLE messages (
  id text PRIMARY KEY,
  person_key text REFERENCES preferences (person_key) ON DELETE SET NULL,
  subject_type text NOT NULL,
  subject_id text NOT NULL,
  event text NOT NULL,
  decision boolean NOT NULL DEFAULT false,
  data jsonb NOT NULL,
  channel text NOT NULL,
  language text NOT NULL,
  reading_level text NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'failed', 'digest', 'summarised', 'manual', 'done', 'cancelled')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  provider text,
  provider_ref text,
  failure_reason text,
  summary_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  delivered_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX messages_due ON messages (status, next_attempt_at);
CREATE INDEX messages_subject ON messages (subject_type, subject_id, created_at);
CREATE INDEX messages_person ON messages (person_key, status);

-- Scheduled jobs (the weekly summary): one row each, taken with SKIP LOCKED so that one
-- instance runs it.
CREATE TABLE message_jobs (
  name text PRIMARY KEY,
  last_run_at timestamptz
);
