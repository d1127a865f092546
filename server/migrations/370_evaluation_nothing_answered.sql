-- Answers with nothing in them (session 30): since 573789c the API refuses an evaluation in which
-- no question was answered (no ingredient rated, no rung chosen, no change written; one rule,
-- nothingAnswered in src/api/rules.ts), because it said nothing yet counted as one more person
-- who answered. Those stored before it are removed here. The answers table ties no row to a
-- person, an invitation or a time, so nothing else refers to them, and the invitation they used
-- stays used (its link was spent). Empty answers still waiting, sealed, in evaluation_pending
-- cannot be read here: the hourly move leaves them out (moveWaitingAnswers).
-- An activity with answers staff typed in from paper or a call keeps its empty answers: how
-- many came each way is counted apart (evaluation_given) and "online" is the rest, so removing
-- an empty answer that came on paper would take one from the online count, and no row says
-- which way it came (review M1).
DELETE FROM evaluation_answers
WHERE NOT EXISTS (SELECT 1 FROM jsonb_each(ratings) AS rated WHERE rated.value <> 'null'::jsonb)
  AND coalesce(felt, '') = ''
  AND coalesce(change, '') ~ '^\s*$'
  AND NOT EXISTS (SELECT 1 FROM evaluation_given AS given WHERE given.opportunity_id = evaluation_answers.opportunity_id);
