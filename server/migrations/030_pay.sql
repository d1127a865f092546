-- Valued and paid (issue 16): attendance, claims, receipts and each person's own limit.
-- A person's rows are tied together by `person_hash` (the contact hash of server/src/me), so
-- their page finds them and erasure removes them. Money is integer pence (integer).

CREATE TABLE attendance (
  id text PRIMARY KEY,
  opportunity_id text NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  session_start timestamptz NOT NULL,
  interest_id text REFERENCES interests (id) ON DELETE SET NULL,
  -- Null when the contact is one nobody signs in with (post, a supporter).
  person_hash text,
  -- Who recorded it: the same person may not approve its claim when the council says so.
  recorded_by text NOT NULL,
  name text NOT NULL,
  contact jsonb NOT NULL,
  role text,
  activity_minutes integer NOT NULL CHECK (activity_minutes BETWEEN 0 AND 1440),
  prep_minutes integer NOT NULL DEFAULT 0 CHECK (prep_minutes BETWEEN 0 AND 1440),
  note text,
  query jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX attendance_once ON attendance (opportunity_id, session_start, (coalesce(person_hash, id)));
CREATE INDEX attendance_person ON attendance (person_hash);

CREATE TABLE claims (
  id text PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  opportunity_id text NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  person_hash text NOT NULL,
  name text NOT NULL,
  cost_code text,
  status text NOT NULL CHECK (status IN ('submitted', 'queried', 'approved', 'refused', 'paid')),
  payment_choice text NOT NULL CHECK (payment_choice IN ('bank_transfer', 'vouchers', 'declined')),
  fees jsonb NOT NULL,
  expenses jsonb NOT NULL,
  fees_pence integer NOT NULL,
  expenses_pence integer NOT NULL,
  total_pence integer NOT NULL CHECK (total_pence = fees_pence + expenses_pence),
  note text,
  conversation jsonb NOT NULL DEFAULT '[]',
  refused_reason text,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  approved_at timestamptz,
  paid_on date,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claims_person ON claims (person_hash);
CREATE INDEX claims_queue ON claims (status, submitted_at);

-- Which claim each attendance is in: one at a time (a refused claim lets it go).
CREATE TABLE claim_attendance (
  attendance_id text PRIMARY KEY REFERENCES attendance (id) ON DELETE CASCADE,
  claim_id text NOT NULL REFERENCES claims (id) ON DELETE CASCADE
);
CREATE INDEX claim_attendance_claim ON claim_attendance (claim_id);

-- Receipt files, outside the claim's row; removed with the claim, or after a day when no claim names them.
CREATE TABLE receipts (
  id text PRIMARY KEY,
  person_hash text NOT NULL,
  claim_id text REFERENCES claims (id) ON DELETE CASCADE,
  content_type text NOT NULL,
  bytes integer NOT NULL,
  data bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX receipts_person ON receipts (person_hash);

CREATE TABLE pay_limits (
  person_hash text PRIMARY KEY,
  weekly_pence integer,
  monthly_pence integer,
  updated_at timestamptz NOT NULL DEFAULT now()
);
