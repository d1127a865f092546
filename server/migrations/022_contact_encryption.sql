-- Contact details and names at rest (issue 15): the server seals them with AES-256-GCM under
-- CONTACT_ENCRYPTION_KEY and keys every person's rows by the keyed hash (CONTACT_KEY), phone
-- numbers in one form (+447700900123). Encryption needs the key, which SQL does not have, so
-- this marks every row for the server's start-up pass (server/src/me/contact-protection.ts):
-- a row with contact_hash NULL is sealed and hashed, in batches, before the server listens.
UPDATE profiles SET contact_hash = NULL;
UPDATE interests SET contact_hash = NULL;
UPDATE feedback SET contact_hash = NULL;
UPDATE preferences SET contact_hash = NULL;
CREATE INDEX preferences_contact_unprotected ON preferences (person_key) WHERE contact_hash IS NULL;
