-- How often a person hears from us is theirs (session 16, prefs). Anyone may make a profile with any
-- address, so a profile save, which proves nothing about the address, may set how often only for an
-- address that has no choice yet, or that this same profile set. Where the person proved the address
-- (their page signed in by a link or code sent to it, a message's preferences link) the choice is theirs,
-- and no save without proof changes it again.
-- frequency_profile: the profile whose save (without proof) set how often; NULL: chosen some other way.
ALTER TABLE preferences ADD COLUMN frequency_profile text;
-- frequency_guessed: nobody chose how often yet (a row made to send one message, or by a form that did
-- not ask it): any save may set it. Rows from before this migration count as chosen.
ALTER TABLE preferences ADD COLUMN frequency_guessed boolean NOT NULL DEFAULT false;
