-- Search in English and Welsh (issue 11 item 7, issue 13 item 5).
-- English text keeps its English stems; every word in either language is also indexed folded
-- (lower case, Welsh accents such as to bach removed) with the `simple` configuration, so a
-- Welsh word finds Welsh content, and a word typed without its accent still matches. No
-- extension is needed, so PGlite and PostgreSQL index the same way.
CREATE FUNCTION coprod_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN translate(lower($1), 'âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ', 'aeiouwyaeiouwyaeiouwyaeiouwy');

ALTER TABLE opportunities DROP COLUMN search;
ALTER TABLE opportunities ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce(doc->>'title', '')), 'A') ||
  setweight(to_tsvector('simple', coprod_fold(coalesce(doc->>'title', '') || ' ' || coalesce(doc#>>'{translations,cy,title}', ''))), 'A') ||
  setweight(to_tsvector('english', coalesce(doc->>'summary', '')), 'B') ||
  setweight(to_tsvector('simple', coprod_fold(coalesce(doc->>'summary', '') || ' ' || coalesce(doc#>>'{translations,cy,summary}', ''))), 'B') ||
  setweight(to_tsvector('english', coalesce(doc->>'description', '') || ' ' || coalesce(doc->>'experienceNeeded', '') || ' ' || coalesce(doc->>'skills', '')), 'C') ||
  setweight(to_tsvector('simple', coprod_fold(
    coalesce(doc->>'description', '') || ' ' || coalesce(doc->>'experienceNeeded', '') || ' ' || coalesce(doc->>'skills', '') || ' ' ||
    coalesce(doc#>>'{translations,cy,description}', '') || ' ' || coalesce(doc#>>'{translations,cy,experienceNeeded}', '')
  )), 'C')
) STORED;
CREATE INDEX opportunities_search ON opportunities USING gin (search);

ALTER TABLE feedback DROP COLUMN search;
ALTER TABLE feedback ADD COLUMN search tsvector GENERATED ALWAYS AS (
  to_tsvector('english', text) || to_tsvector('simple', coprod_fold(text))
) STORED;
CREATE INDEX feedback_search ON feedback USING gin (search);
