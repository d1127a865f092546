-- The language of a staff update on a feedback item (session 28), and its Welsh version: on a Welsh page a Welsh reader
-- sees the Welsh where staff gave one, else the update marked with its own language (`lang`, WCAG 3.1.2), so a screen
-- reader says an English reply with an English voice; a Welsh council (Welsh Language Standards) can answer in Welsh.
-- Updates from before this migration count as English (until now the form said nothing and the board showed them in
-- the page's language; English is what they were written in here). A Welsh version sits only beside an English update:
-- one written in Welsh has no other Welsh (the API refuses it; the database too).
ALTER TABLE feedback_updates ADD COLUMN language text NOT NULL DEFAULT 'en-GB' CHECK (language IN ('en-GB', 'cy'));
ALTER TABLE feedback_updates ADD COLUMN text_cy text CHECK (text_cy IS NULL OR language = 'en-GB');
