-- Rate-limit counts in the database (issue 20), so the limit holds across every instance behind
-- a load balancer. One row per route and client; the key is a hash, never the client's address.
CREATE TABLE IF NOT EXISTS rate_limits (
  key_hash text PRIMARY KEY,
  hits integer NOT NULL,
  reset_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS rate_limits_reset_at ON rate_limits (reset_at);
