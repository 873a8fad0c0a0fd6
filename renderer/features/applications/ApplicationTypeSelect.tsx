import { forwardRef, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationType } from '../../../main/contract';
import { applicationTypeName } from '../family/labels';

interface Props extends SelectHTMLAttributes<HTMLSelectElement> {
  types: ApplicationType[];
  /** The label of the empty choice ("No application yet", "Choose a type…"). */
  emptyLabel: string;
}

/** Application types grouped by jurisdiction, as firms think of them (IRCC, USCIS). */
export const ApplicationTypeSelect = forwardRef<HTMLSelectElement, Props>(function ApplicationTypeSelect(
  { types, emptyLabel, ...props },
  ref,
) {
  const { t } = useTranslation();
  const named = (type: ApplicationType) =>
    applicationTypeName(t, { typeCode: type.code, typeName: type.name });
  return (
    <select ref={ref} {...props}>
      <option value="">{emptyLabel}</option>
      {(['CA', 'US'] as const).map((jurisdiction) => (
        <optgroup key={jurisdiction} label={t(`applications.jurisdictions.${jurisdiction}`)}>
          {types
            .filter((type) => type.jurisdiction === jurisdiction)
            .map((type) => (
              <option key={type.id} value={type.id}>
                {named(type)}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
});
