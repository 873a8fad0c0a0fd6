import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type ApplicationType,
  DEPENDANT_RELATIONSHIPS,
  type DependantRelationship,
} from '../../../main/contract';
import { Field } from '../../ui/Field';
import { AddressFields, PersonFields } from '../people/PersonFields';
import { ApplicationRows } from './ApplicationRows';
import { type IntakeForm, newDependant } from './intakeForm';

/**
 * Spouse and children, each a block like the principal's. "Add spouse" / "Add child" put the
 * cursor in the new person's first field, so a whole family is typed without the mouse.
 */
export function DependantFields({ types }: { types: ApplicationType[] }) {
  const { t } = useTranslation();
  const { control, getValues } = useFormContext<IntakeForm>();
  const rows = useFieldArray({ control, name: 'dependants' });
  const hasSpouse = useWatch({ control, name: 'dependants' }).some(
    (d) => d.relationship === 'spouse' || d.relationship === 'common-law-partner',
  );
  const add = (relationship: DependantRelationship) => {
    // Families usually file together: start each member with the principal's first type.
    const firstType = getValues('principal.applications.0.typeId') ?? '';
    rows.append(newDependant(relationship, firstType), {
      focusName: `dependants.${rows.fields.length}.givenNames`,
    });
  };
  return (
    <section className="person-section" aria-labelledby="intake-dependants">
      <h2 id="intake-dependants">{t('intake.dependants')}</h2>
      {rows.fields.length === 0 && <p className="muted">{t('intake.noDependants')}</p>}
      {rows.fields.map((row, index) => (
        <DependantBlock key={row.id} index={index} types={types} onRemove={() => rows.remove(index)} />
      ))}
      <div className="form-actions">
        {!hasSpouse && (
          <button type="button" className="button" onClick={() => add('spouse')}>
            {t('intake.addSpouse')}
          </button>
        )}
        <button type="button" className="button" onClick={() => add('child')}>
          {t('intake.addChild')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => add('other')}>
          {t('intake.addOther')}
        </button>
      </div>
    </section>
  );
}

function DependantBlock({
  index,
  types,
  onRemove,
}: {
  index: number;
  types: ApplicationType[];
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<IntakeForm>();
  const prefix = `dependants.${index}` as const;
  const relationship = useWatch({ control, name: `${prefix}.relationship` });
  const sameAddress = useWatch({ control, name: `${prefix}.sameAddress` });
  const relationshipError = formState.errors.dependants?.[index]?.relationship?.message;
  return (
    <fieldset className="person-section">
      <legend>
        {t('intake.dependantLegend', {
          number: index + 1,
          relationship: relationship ? t(`relationships.${relationship}`) : '',
        })}
      </legend>
      <div className="form-grid">
        <Field label={t('family.person.relationship')} error={relationshipError} required>
          {(a11y) => (
            <select {...a11y} {...register(`${prefix}.relationship`)}>
              {DEPENDANT_RELATIONSHIPS.map((value) => (
                <option key={value} value={value}>
                  {t(`relationships.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <PersonFields
        prefix={prefix}
        address={
          <>
            <label className="checkbox">
              <input type="checkbox" {...register(`${prefix}.sameAddress`)} />
              {t('intake.sameAddress')}
            </label>
            {!sameAddress && <AddressFields prefix={prefix} />}
          </>
        }
      />
      <ApplicationRows prefix={prefix} types={types} audience="dependant" />
      <button type="button" className="button button-quiet" onClick={onRemove}>
        {t('intake.removeDependant', { number: index + 1 })}
      </button>
    </fieldset>
  );
}
