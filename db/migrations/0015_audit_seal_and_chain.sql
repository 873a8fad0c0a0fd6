-- Every audit row, whoever writes it (the per-record path, the bulk import, enrolment), is
-- sealed and chained by the database itself, right after it is inserted:
--  1. a family's first row creates the family's key (audit_keys; deleted with the family);
--  2. the row's values and note are sealed with that key (caseport_audit_seal, registered on
--     every connection by db/open.ts; a connection without it cannot write the trail at all);
--  3. the row is linked to the one before it (caseport_audit_chain).
-- The row recording a family's deletion finds no family (and so no key) and stays plain.
CREATE TRIGGER `audit_log_seal_and_chain` AFTER INSERT ON `audit_log`
BEGIN
  INSERT OR IGNORE INTO `audit_keys` (client_id, key)
    SELECT NEW.client_id, randomblob(32)
    WHERE NEW.client_id IS NOT NULL AND EXISTS (SELECT 1 FROM `clients` WHERE id = NEW.client_id);
  UPDATE `audit_log`
    SET changes = caseport_audit_seal((SELECT key FROM `audit_keys` WHERE client_id = NEW.client_id), changes, note),
        note = CASE WHEN EXISTS (SELECT 1 FROM `audit_keys` WHERE client_id = NEW.client_id) THEN '' ELSE note END
    WHERE id = NEW.id;
  UPDATE `audit_log`
    SET chain = caseport_audit_chain(
      coalesce((SELECT chain FROM `audit_log` WHERE id < NEW.id ORDER BY id DESC LIMIT 1), ''),
      at, user_id, entity, entity_id, client_id, action, changes, note)
    WHERE id = NEW.id;
END;
--> statement-breakpoint
-- Append-only, except for the two steps above: while a row is not yet chained its values may be
-- sealed and its link set; who, when, what and which record never change, and a chained row
-- never changes at all.
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
WHEN OLD.chain != ''
  OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.user_id IS NOT OLD.user_id
  OR NEW.entity IS NOT OLD.entity OR NEW.entity_id IS NOT OLD.entity_id
  OR NEW.client_id IS NOT OLD.client_id OR NEW.action IS NOT OLD.action
BEGIN
  SELECT RAISE(ABORT, 'The audit trail is append-only.');
END;
