-- Who is taking part (issue 17): the council's reference population (e.g. census shares for its
-- area), per question and answer in percent, as staff save it through PUT /equality-reference.
-- Null: the server's EQUALITY_REFERENCE setting stands. Figures about the area, never a person.
ALTER TABLE equality_published ADD COLUMN reference jsonb;
