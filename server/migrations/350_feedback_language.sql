-- The language a piece of feedback is written in (session 28): a Welsh page marks English words, and an English page
-- Welsh words, with their `lang` (WCAG 3.1.2), so a screen reader says a person's own words with the right voice.
-- The form sends the reading the person wrote in (easy read is English); a client that sends none means English.
-- Rows from before this migration count as English: until now the form said nothing, the board showed every item
-- unmarked, and English is the language most feedback here is given in. A Welsh item given before it is marked
-- English on a Welsh page until staff ask for it to be corrected in the database (there is no way to change it in the
-- API): a wrong mark on a few old Welsh items, against every old English item read with a Welsh voice on a Welsh page.
ALTER TABLE feedback ADD COLUMN language text NOT NULL DEFAULT 'en-GB' CHECK (language IN ('en-GB', 'cy'));
