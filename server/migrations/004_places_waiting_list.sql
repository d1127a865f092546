-- An expression of interest that came while every place was taken is on the waiting list.
ALTER TABLE interests ADD COLUMN waiting_list boolean NOT NULL DEFAULT false;
-- Counting the people who joined an opportunity, in the transaction that accepts one more.
CREATE INDEX interests_joined ON interests (opportunity_id) WHERE status = 'joined';
