-- Issue 15 (told). A language we guessed is not a person's choice: a message staff send to
-- someone we have not written to before (their profile was corrected or deleted) used to
-- store its guess as the person's language, and every later message kept it, even after
-- they wrote to us in Welsh. Rows from before this migration keep their language as chosen.
ALTER TABLE preferences ADD COLUMN language_chosen boolean NOT NULL DEFAULT true;
-- A row made only to send one message (the one telling a person their profile was deleted):
-- the retention job removes it, with its sealed address, once nothing is waiting to go to it.
ALTER TABLE preferences ADD COLUMN forget_when_sent boolean NOT NULL DEFAULT false;
