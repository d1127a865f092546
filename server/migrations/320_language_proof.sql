-- The language and reading level a person hears from us in are theirs (session 17, review M2), as how often is
-- (migration 300). Anyone may type any address into an interest, feedback or "tell me when this changes" form,
-- or a profile, so what those forms send is a guess, used only where the person has not chosen where they proved
-- the address (their page signed in by a link or code sent to it, a message's preferences link).
-- language_proved / reading_level_proved: chosen there; no save without proof changes it again.
-- Rows from before this migration: any form could set these then, so they count as unproved (as 301 did for how often).
ALTER TABLE preferences ADD COLUMN language_proved boolean NOT NULL DEFAULT false;
ALTER TABLE preferences ADD COLUMN reading_level_proved boolean NOT NULL DEFAULT false;
