-- Who is taking part (issue 17): a person's optional answers to the equality questions.
--
-- Kept apart from the profile's other fields, in a table of their own, sealed with
-- CONTACT_ENCRYPTION_KEY: reading the database shows that a profile answered, never what. No
-- endpoint returns them beside a person: the person reads and changes their own (/me/equality),
-- staff see counts only (/equality-reach, small ones hidden, the rest rounded). Nothing that
-- chooses people (the pool, suggestions, invitations) reads this table. The row goes with its
-- profile, however the profile is deleted or erased.
CREATE TABLE profile_equality (
  profile_id text PRIMARY KEY REFERENCES profiles (id) ON DELETE CASCADE,
  sealed text NOT NULL
);
