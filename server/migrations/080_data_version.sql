-- One number that changes whenever anything the public list or board shows changes (issue 19
-- item 4). Each instance caches those answers under the number it last saw, and hears of a new
-- one at once (NOTIFY coprod_data_changed, payload: the schema) or, if it missed that, on its
-- next look at the row (every half second). The triggers are deferred to commit, so the row is
-- locked only while a transaction commits (no deadlock with the row locks writers already take)
-- and the new number is seen together with the data that made it.
CREATE TABLE data_versions (
  scope text PRIMARY KEY,
  version bigint NOT NULL DEFAULT 0,
  changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO data_versions (scope) VALUES ('public');

CREATE FUNCTION coprod_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE data_versions SET version = version + 1, changed_at = now() WHERE scope = 'public'; PERFORM pg_notify('coprod_data_changed', current_schema()); RETURN NULL; END $$;

CREATE CONSTRAINT TRIGGER terms_data_changed AFTER INSERT OR UPDATE OR DELETE ON terms DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coprod_data_changed();
CREATE CONSTRAINT TRIGGER opportunities_data_changed AFTER INSERT OR UPDATE OR DELETE ON opportunities DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coprod_data_changed();
CREATE CONSTRAINT TRIGGER interests_data_changed AFTER INSERT OR UPDATE OR DELETE ON interests DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coprod_data_changed();
CREATE CONSTRAINT TRIGGER feedback_data_changed AFTER INSERT OR UPDATE OR DELETE ON feedback DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coprod_data_changed();
CREATE CONSTRAINT TRIGGER feedback_updates_data_changed AFTER INSERT OR UPDATE OR DELETE ON feedback_updates DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coprod_data_changed();
CREATE CONSTRAINT TRIGGER feedback_supporters_data_changed AFTER INSERT OR UPDATE OR DELETE ON feedback_supporters DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coprod_data_changed();
