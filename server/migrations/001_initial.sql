-- Topics, areas and organisations, with English and Welsh names.
CREATE TABLE terms (
  kind text NOT NULL CHECK (kind IN ('topic', 'area', 'organisation')),
  id text NOT NULL,
  name jsonb NOT NULL,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (kind, id)
);

-- The opportunity brief is kept whole in `doc` (the contract's OpportunityInput);
-- the columns beside it are copies for filtering, sorting and search.
CREATE TABLE opportunities (
  id text PRIMARY KEY,
  status text NOT NULL,
  organisation_id text NOT NULL,
  area_id text,
  topics text[] NOT NULL DEFAULT '{}',
  modes text[] NOT NULL DEFAULT '{}',
  paid boolean NOT NULL DEFAULT false,
  closing_date date,
  doc jsonb NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(doc->>'title', '')), 'A') ||
    setweight(to_tsvector('english', coalesce(doc->>'summary', '')), 'B') ||
    setweight(to_tsvector('english', coalesce(doc->>'description', '') || ' ' || coalesce(doc->>'experienceNeeded', '')), 'C')
  ) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz
);
CREATE INDEX opportunities_search ON opportunities USING gin (search);
CREATE INDEX opportunities_status_closing ON opportunities (status, closing_date, id);
CREATE INDEX opportunities_topics ON opportunities USING gin (topics);

CREATE TABLE interests (
  id text PRIMARY KEY,
  opportunity_id text NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  reference text NOT NULL UNIQUE,
  doc jsonb NOT NULL,
  status text NOT NULL DEFAULT 'new',
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  first_answered_at timestamptz
);
CREATE INDEX interests_opportunity ON interests (opportunity_id, created_at, id);

CREATE TABLE profiles (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  topics text[] NOT NULL DEFAULT '{}',
  skills text[] NOT NULL DEFAULT '{}',
  -- SHA-256 of the edit token; the token itself is never stored.
  edit_token_hash text NOT NULL,
  owner_sub text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX profiles_created ON profiles (created_at DESC, id);
CREATE INDEX profiles_owner ON profiles (owner_sub);

CREATE TABLE feedback (
  id text PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  topic text NOT NULL,
  text text NOT NULL,
  name text,
  reply jsonb,
  consent_to_publish boolean NOT NULL,
  status text NOT NULL DEFAULT 'received',
  published boolean NOT NULL DEFAULT false,
  merged_into text REFERENCES feedback (id),
  supporters integer NOT NULL DEFAULT 0,
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_updated_at timestamptz NOT NULL DEFAULT now(),
  last_answered_at timestamptz
);
CREATE INDEX feedback_search ON feedback USING gin (search);
CREATE INDEX feedback_board ON feedback (published, created_at DESC, id);

CREATE TABLE feedback_updates (
  id text PRIMARY KEY,
  feedback_id text NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
  kind text NOT NULL,
  text text NOT NULL,
  links jsonb NOT NULL DEFAULT '[]',
  author text,
  created_at timestamptz NOT NULL DEFAULT now(),
  seq bigserial
);
CREATE INDEX feedback_updates_item ON feedback_updates (feedback_id, created_at, seq);

-- One row per supporter key (hashed) per item: a person counts once.
CREATE TABLE feedback_supporters (
  feedback_id text NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
  key_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (feedback_id, key_hash)
);

-- The first answer to each Idempotency-Key. The key is stored hashed and the response
-- encrypted with a key derived from the Idempotency-Key, so only its holder can replay it.
CREATE TABLE idempotency_keys (
  key_hash text NOT NULL,
  operation text NOT NULL,
  principal text NOT NULL,
  request_hash text NOT NULL,
  status integer,
  response text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (key_hash, operation, principal)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- Every staff read of personal data.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  actor text NOT NULL,
  action text NOT NULL,
  subject_ids text[] NOT NULL DEFAULT '{}',
  detail jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_at ON audit_log (at);
