-- "I came but I am not on the list" (issue 16): a person reports a session they took part in
-- that has no attendance record; staff with `attendance` record it or decline it with a reason.
-- Who the person is comes from their expression of interest (name and contact stay sealed
-- there), so erasing the interest removes the report with it.

CREATE TABLE missing_sessions (
  id text PRIMARY KEY,
  opportunity_id text NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  interest_id text NOT NULL REFERENCES interests (id) ON DELETE CASCADE,
  person_hash text NOT NULL,
  session_start timestamptz NOT NULL,
  activity_minutes integer NOT NULL CHECK (activity_minutes BETWEEN 1 AND 1440),
  prep_minutes integer NOT NULL DEFAULT 0 CHECK (prep_minutes BETWEEN 0 AND 1440),
  text text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'recorded', 'declined')),
  reason text,
  attendance_id text REFERENCES attendance (id) ON DELETE SET NULL,
  resolved_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One open report per person per session: a second is a 409, a retry the same report.
CREATE UNIQUE INDEX missing_sessions_open ON missing_sessions (interest_id, session_start) WHERE status = 'open';
CREATE INDEX missing_sessions_person ON missing_sessions (person_hash, created_at);
CREATE INDEX missing_sessions_status ON missing_sessions (status, created_at);
