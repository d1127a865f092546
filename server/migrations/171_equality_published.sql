-- Who is taking part (issue 17 review): staff's equality counts move only in batches. Counted on
-- every read, one person's save could move a figure across "fewer than 8" or a rounding step, and
-- staff who saw a new profile appear between two reads could tie that person to an ethnic group or
-- a disability. So GET /equality-reach answers from this one row, and counts again (and publishes
-- the new figures) only once at least 5 answers have changed since (REPUBLISH_AFTER in
-- src/api/equality-reach.ts). `changes` counts every saved, changed or deleted answer set, a
-- profile's deletion (the cascade) too. The trigger is deferred to commit, as data_versions' are,
-- so the row is locked only while a transaction commits.
CREATE TABLE equality_published (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  counts jsonb,
  changes integer NOT NULL DEFAULT 0,
  published_at timestamptz
);
INSERT INTO equality_published (id) VALUES (true);

CREATE FUNCTION coprod_equality_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE equality_published SET changes = changes + 1; RETURN NULL; END $$;

CREATE CONSTRAINT TRIGGER profile_equality_changed AFTER INSERT OR UPDATE OR DELETE ON profile_equality DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coprod_equality_changed();
