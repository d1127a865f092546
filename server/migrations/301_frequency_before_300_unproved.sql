-- How often a person hears from us, set before migration 300, was set by whichever save came last: any profile
-- save could set it, with or without proof of the address. So it counts as unproved (session 16 review P1): a
-- profile save may change it again, until the person chooses where they proved the address (their page signed
-- in by a link or code, a message's preferences link), which clears frequency_profile. Without this, every
-- person with a row from before 300 could no longer change how often from their profile form.
-- 300 landed in the same session as this migration (never deployed without it), so a NULL here is a pre-300 row.
UPDATE preferences SET frequency_profile = '(before 300)' WHERE frequency_profile IS NULL AND NOT frequency_guessed;
