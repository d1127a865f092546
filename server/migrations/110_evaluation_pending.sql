-- Answers wait apart before they join the others (issue 17, anonymity).
--
-- Marking an invitation used and writing its answer in one transaction gave the two rows the
-- same xmin, and rows written one by one kept the order people answered in. Now an answer waits
-- here, sealed with the server's encryption key, with only its activity and the day it came;
-- the hourly job moves an activity's waiting answers into evaluation_answers together, in a
-- random order, in a transaction of its own, once enough have come (or after a wait, never one
-- alone), and deletes them here.
CREATE TABLE evaluation_pending (
  id text PRIMARY KEY,
  opportunity_id text NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  sealed text NOT NULL,
  received_on date NOT NULL DEFAULT current_date
);
CREATE INDEX evaluation_pending_opportunity ON evaluation_pending (opportunity_id);

-- Answers written before this shared their invitation's xmin and kept the order they came in:
-- written again once, in this migration's transaction, in a random order.
CREATE TEMP TABLE evaluation_answers_before ON COMMIT DROP AS SELECT * FROM evaluation_answers;
DELETE FROM evaluation_answers;
INSERT INTO evaluation_answers (id, opportunity_id, ratings, felt, change)
  SELECT gen_random_uuid()::text, opportunity_id, ratings, felt, change FROM evaluation_answers_before ORDER BY random();
