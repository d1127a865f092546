-- The audit trail, readable (issue 20). Every staff read adds a row, so the table only grows:
-- "events about this record" (the auditor's filter, and a person's "who looked at my profile")
-- is `subject_ids @> ARRAY[id]`, answered by a GIN index instead of a scan; "what did this
-- member of staff do", newest first, is answered by (actor, id).
CREATE INDEX IF NOT EXISTS audit_log_subject_ids ON audit_log USING gin (subject_ids);
CREATE INDEX IF NOT EXISTS audit_log_actor_id ON audit_log (actor, id);
