-- What the public list shows of an opportunity's expressions of interest is how many joined
-- (placesTaken; the staff list, never cached, counts the rest). Migration 080 moved the data
-- version on every insert, update or delete of an interest, so each new expression of interest
-- emptied every instance's cached list and board, though nobody without a sign-in could see any
-- difference: under a steady trickle of interests the public list was computed again and again
-- (issue 19: "keep the interest counts from slowing the list as interests grow"). Now only a
-- change that can change a count of joined places moves it: a joined interest added or removed,
-- a status into or out of 'joined', a joined interest moved to another opportunity.
DROP TRIGGER interests_data_changed ON interests;
CREATE CONSTRAINT TRIGGER interests_joined_added AFTER INSERT ON interests DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.status = 'joined') EXECUTE FUNCTION coprod_data_changed();
CREATE CONSTRAINT TRIGGER interests_joined_changed AFTER UPDATE ON interests DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN ((OLD.status = 'joined' OR NEW.status = 'joined')
    AND (OLD.status IS DISTINCT FROM NEW.status OR OLD.opportunity_id IS DISTINCT FROM NEW.opportunity_id))
  EXECUTE FUNCTION coprod_data_changed();
CREATE CONSTRAINT TRIGGER interests_joined_removed AFTER DELETE ON interests DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD.status = 'joined') EXECUTE FUNCTION coprod_data_changed();
