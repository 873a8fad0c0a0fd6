import { type FieldValues, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApplicationType } from '../../../main/contract';
import { Field } from '../../ui/Field';
import { ApplicationTypeSelect } from '../applications/ApplicationTypeSelect';
import { usePersonField } from '../people/usePersonField';

/** The first application(s) one member of the family will file; each brings its checklist. */
export function ApplicationRows({
  prefix,
  types,
  audience,
}: {
  prefix: string;
  types: ApplicationType[];
  audience: 'principal' | 'dependant';
}) {
  const { t } = useTranslation();
  const { form, name, register, error } = usePersonField(prefix);
  const rows = useFieldArray({ control: form.control, name: name('applications') });
  return (
    <fieldset className="subsection">
      <legend>{t('intake.applications')}</legend>
      {rows.fields.map((row, index) => (
        <div className="application-row" key={row.id}>
          <Field
            label={index === 0 ? t('intake.application') : t('intake.applicationN', { number: index + 1 })}
            error={error(`applications.${index}.typeId`)}
          >
            {(a11y) => (
              <ApplicationTypeSelect
                {...a11y}
                types={types}
                emptyLabel={t('intake.noApplication')}
                {...register(`applications.${index}.typeId`)}
              />
            )}
          </Field>
          <ChecklistSize name={name(`applications.${index}.typeId`)} types={types} audience={audience} />
          {index > 0 && (
            <button type="button" className="button button-quiet" onClick={() => rows.remove(index)}>
              {t('intake.removeApplication', { number: index + 1 })}
            </button>
          )}
        </div>
      ))}
      {rows.fields.length < 5 && (
        <button type="button" className="button button-quiet" onClick={() => rows.append({ typeId: '' })}>
          {t('intake.addApplication')}
        </button>
      )}
    </fieldset>
  );
}

/** How many documents the chosen type's checklist will ask for. */
function ChecklistSize({
  name,
  types,
  audience,
}: {
  name: string;
  types: ApplicationType[];
  audience: 'principal' | 'dependant';
}) {
  const { t } = useTranslation();
  const { control } = useFormContext<FieldValues>();
  const typeId = useWatch({ control, name });
  const type = types.find((candidate) => String(candidate.id) === typeId);
  if (!type) return null;
  const count = type.checklist.filter(
    (item) => item.appliesTo === 'any' || item.appliesTo === audience,
  ).length;
  return <p className="field-hint">{t('intake.checklistSize', { count })}</p>;
}
