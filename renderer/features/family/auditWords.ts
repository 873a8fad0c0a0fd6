import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../main/contract';

/**
 * An audit row in plain words: "Deadline — marked done", "Application — changed government
 * status, file number", never a raw key like `launch-window-enrolment` or a bare "Changed".
 * Unknown entities and fields (a newer version's) still read as words, never as code.
 */
const humanize = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();

export function auditEntityWords(t: TFunction, entity: string): string {
  return t(`auditWords.entities.${entity}` as 'auditWords.entities.client', {
    defaultValue: humanize(entity).replace(/^./, (c) => c.toUpperCase()),
  });
}

function fieldWords(t: TFunction, field: string): string {
  return t(`auditWords.fields.${field}` as 'auditWords.fields.notes', { defaultValue: humanize(field) });
}

const setNow = (changes: Record<string, unknown>, field: string) => {
  const change = changes[field];
  return Array.isArray(change) && change[1] !== null && change[1] !== undefined && change[1] !== '';
};

export function auditActionWords(t: TFunction, entry: Pick<AuditEntry, 'action' | 'changes'>): string {
  const changes = entry.changes ?? {};
  const fields = Object.keys(changes);
  if (entry.action === 'update' || entry.action === 'state-change' || entry.action === 'status-change') {
    // Deadline life-cycle steps are updates of one field; say what happened.
    if (setNow(changes, 'completedAt')) return t('auditWords.actions.markedDone');
    if (setNow(changes, 'dismissedAt')) return t('auditWords.actions.dismissed');
    if (fields.includes('completedAt') || fields.includes('dismissedAt'))
      return t('auditWords.actions.reopened');
    if (setNow(changes, 'snoozedUntil')) return t('auditWords.actions.snoozed');
    if (fields.length === 0) return t('auditWords.actions.changedNothing');
    return t('auditWords.actions.changed', { fields: fields.map((f) => fieldWords(t, f)).join(', ') });
  }
  return t(`auditWords.actions.${entry.action}` as 'auditWords.actions.create', {
    defaultValue: humanize(entry.action),
  });
}
