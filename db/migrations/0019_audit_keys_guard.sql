-- Custom SQL migration file, put your code below! ---- A family's audit key (audit_keys) goes only with the family: deleting the client after its
-- retention cascades to the key, which is how a deleted family's values become unreadable.
-- Deleting or changing the key of a client still on file would silently make that family's whole
-- history unreadable while the chain check still passed, so both are refused here. The cascade
-- runs after the client row is gone, so the deletion after retention still takes the key.
CREATE TRIGGER `audit_keys_no_delete` BEFORE DELETE ON `audit_keys`
WHEN EXISTS (SELECT 1 FROM `clients` WHERE id = OLD.client_id)
BEGIN
  SELECT RAISE(ABORT, 'A client''s audit key is deleted only with the client.');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_keys_no_update` BEFORE UPDATE ON `audit_keys`
BEGIN
  SELECT RAISE(ABORT, 'An audit key never changes.');
END;
--> statement-breakpoint
-- INSERT OR REPLACE would swap a key without firing the DELETE trigger (recursive triggers are
-- off). A second key for a family is dropped instead: IGNORE, not ABORT, because the sealing
-- trigger's own INSERT OR IGNORE for a family that has its key must go on to seal the row.
CREATE TRIGGER `audit_keys_no_replace` BEFORE INSERT ON `audit_keys`
WHEN EXISTS (SELECT 1 FROM `audit_keys` WHERE client_id = NEW.client_id)
BEGIN
  SELECT RAISE(IGNORE);
END;
