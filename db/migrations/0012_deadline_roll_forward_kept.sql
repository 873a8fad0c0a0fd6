-- Deadlines stored before the firm's roll-forward defaults existed keep the policy they were
-- computed with: marking it chosen stops a new default from silently re-dating them, so their
-- stored date and their explanation stay the same until a person changes them.
UPDATE `deadlines` SET `roll_forward_chosen` = 1;
