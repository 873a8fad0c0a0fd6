import type { TFunction } from 'i18next';
import type { Application, ChecklistItem } from '../../../main/contract';

/** Built-in types are named by the catalogue; a firm's own types carry their name. */
export function applicationTypeName(t: TFunction, application: Pick<Application, 'typeCode' | 'typeName'>) {
  if (application.typeName) return application.typeName;
  return t(`applicationTypes.${application.typeCode}` as 'applicationTypes.ca-work-permit', {
    defaultValue: application.typeCode,
  });
}

/** Built-in checklist items are catalogue keys; items a firm added are plain labels. */
export function checklistItemLabel(t: TFunction, item: Pick<ChecklistItem, 'labelKey' | 'label'>) {
  if (!item.labelKey) return item.label;
  return t(item.labelKey as 'checklistItems.passport', { defaultValue: item.label || item.labelKey });
}
