-- A message from a feature (claims, evaluations, invitations) may link somewhere other than
-- the person's page for its subject (server/src/messages/outbox.ts, sendMessage).
ALTER TABLE messages ADD COLUMN link text;
