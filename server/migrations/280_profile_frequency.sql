-- How often this profile asked to hear from us (issue 15: the profile form asks it and shows it again
-- on reload). Kept with the profile, not read back from the shared preferences row: that row is found
-- by contact address, and whoever holds a profile's edit token (or made a profile with someone else's
-- address) has not proved they own it, so they must not learn that person's language, reading level or
-- how often (review M1). Only a sign-in proved on the address reads the shared row.
ALTER TABLE profiles ADD COLUMN frequency text CHECK (frequency IN ('each_time', 'weekly'));
