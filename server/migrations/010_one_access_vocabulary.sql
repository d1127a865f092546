-- One access vocabulary (issue 13 item 7): an opportunity's `accessibility`, a profile's
-- `howToHelp.needs` and an interest's `needs` share one list of ids. Two ids meant one thing:
-- an opportunity's `carer_welcome` and a profile's `someone_with_me` are now both
-- `carer_or_supporter`. Each list keeps its order and holds the new id once.
UPDATE opportunities SET doc = jsonb_set(doc, '{accessibility}', (
  SELECT coalesce(jsonb_agg(to_jsonb(id) ORDER BY first), '[]'::jsonb) FROM (
    SELECT CASE WHEN value = 'carer_welcome' THEN 'carer_or_supporter' ELSE value END AS id, min(ordinality) AS first
    FROM jsonb_array_elements_text(doc->'accessibility') WITH ORDINALITY GROUP BY 1
  ) ids
)) WHERE doc->'accessibility' ? 'carer_welcome';

UPDATE profiles SET doc = jsonb_set(doc, '{howToHelp,needs}', (
  SELECT coalesce(jsonb_agg(to_jsonb(id) ORDER BY first), '[]'::jsonb) FROM (
    SELECT CASE WHEN value = 'someone_with_me' THEN 'carer_or_supporter' ELSE value END AS id, min(ordinality) AS first
    FROM jsonb_array_elements_text(doc->'howToHelp'->'needs') WITH ORDINALITY GROUP BY 1
  ) ids
)) WHERE doc->'howToHelp'->'needs' ? 'someone_with_me';
