import type { TFunction } from 'i18next';
import type { QueueBlocker, QueueChecklistItem } from '../../../main/contract';
import { checklistItemLabel } from '../family/labels';

/** A blocker in the paralegal's words; document blockers name the document in the UI language. */
export function blockerText(t: TFunction, blocker: QueueBlocker): string {
  const { documentLabelKey, documentLabel, ...params } = blocker.params;
  const document =
    documentLabelKey !== undefined || documentLabel !== undefined
      ? checklistItemLabel(t, {
          labelKey: fullChecklistKey(String(documentLabelKey ?? '')),
          label: String(documentLabel ?? ''),
        })
      : undefined;
  return t(blocker.key as 'launchWindowBlockers.documentMissing', {
    ...params,
    ...(document !== undefined ? { document } : {}),
    defaultValue: blocker.code,
  });
}

export function queueItemLabel(t: TFunction, item: QueueChecklistItem): string {
  return checklistItemLabel(t, { labelKey: fullChecklistKey(item.labelKey), label: item.label });
}

/** Window templates name built-in documents by their bare key ("passport"); items by the full one. */
function fullChecklistKey(key: string): string {
  return !key || key.includes('.') ? key : `checklistItems.${key}`;
}

export function memberName(member: { givenNames: string; familyName: string }): string {
  return member.familyName ? `${member.familyName}, ${member.givenNames}` : member.givenNames;
}
