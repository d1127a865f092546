-- Who is taking part (issue 17, "any the council adds"): the council's own equality questions,
-- each with its answers in English, Welsh and easy read (the CouncilQuestion document). Words only,
-- nothing about a person; people's answers to them are sealed with the others in profile_equality.
-- A question is retired, never deleted, so its words stay beside the audit trail.
CREATE TABLE equality_questions (
  id text PRIMARY KEY,
  position serial,
  doc jsonb NOT NULL,
  retired boolean NOT NULL DEFAULT false
);
