import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AppError,
  type ApplicationType,
  addTemplateItemInput,
  createApplicationTypeInput,
  JURISDICTIONS,
} from '../../../main/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useAnnounce } from '../../ui/StatusMessage';
import { useApplicationTypes } from '../applications/queries';
import { applicationTypeName, checklistItemLabel } from '../family/labels';

const APPLIES_TO = ['any', 'principal', 'dependant'] as const;
type AppliesTo = (typeof APPLIES_TO)[number];

/** Contract issues as field -> i18n key (first message per field). */
function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const issue of issues) found[String(issue.path[0] ?? '_')] ??= issue.message;
  return found;
}

/**
 * Settings > Application types: the firm's own types beside the built-in ones, and documents
 * added to any type's checklist (new applications of that type get them; existing ones keep
 * theirs). Checked with the contract's schemas before sending.
 */
export function ApplicationTypesSettings() {
  const { t } = useTranslation();
  const types = useApplicationTypes();
  return (
    <section className="settings-section" aria-labelledby="settings-types">
      <h2 id="settings-types">{t('typesSettings.heading')}</h2>
      <p className="field-hint">{t('typesSettings.intro')}</p>
      {types.isPending && <p role="status">{t('app.loading')}</p>}
      {types.isError && <ErrorNotice error={types.error} onRetry={() => void types.refetch()} />}
      {types.data && <ChecklistEditor types={types.data} />}
      <NewTypeForm />
    </section>
  );
}

function ChecklistEditor({ types }: { types: ApplicationType[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [typeId, setTypeId] = useState(String(types[0]?.id ?? ''));
  const [label, setLabel] = useState('');
  const [appliesTo, setAppliesTo] = useState<AppliesTo>('any');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<AppError | null>(null);
  const type = types.find((candidate) => String(candidate.id) === typeId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = addTemplateItemInput.safeParse({ applicationTypeId: Number(typeId), label, appliesTo });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues));
    setErrors({});
    setServerError(null);
    const result = await call('applicationTypes.addTemplateItem', parsed.data);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return setServerError(result.error);
    }
    setLabel('');
    await queryClient.invalidateQueries({ queryKey: ['applicationTypes'] });
    announce(t('typesSettings.itemAdded', { label: parsed.data.label }));
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="types-checklist"
    >
      <h3 id="types-checklist">{t('typesSettings.checklistHeading')}</h3>
      {serverError && serverError.code !== 'VALIDATION' && <ErrorNotice error={serverError} />}
      <Field label={t('typesSettings.type')} error={errors.applicationTypeId}>
        {(a11y) => (
          <select {...a11y} value={typeId} onChange={(event) => setTypeId(event.target.value)}>
            {types.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {applicationTypeName(t, { typeCode: candidate.code, typeName: candidate.name })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {type && (
        <ul className="template-items" aria-label={t('typesSettings.itemsOf')}>
          {type.checklist.map((item) => (
            <li key={item.id}>
              {checklistItemLabel(t, item)}{' '}
              <span className="muted">({t(`typesSettings.appliesTo.${item.appliesTo}`)})</span>
            </li>
          ))}
          {type.checklist.length === 0 && <li className="muted">{t('typesSettings.noItems')}</li>}
        </ul>
      )}
      <div className="form-grid">
        <Field label={t('typesSettings.itemLabel')} error={errors.label} required>
          {(a11y) => <input {...a11y} value={label} onChange={(event) => setLabel(event.target.value)} />}
        </Field>
        <Field label={t('typesSettings.itemFor')} error={errors.appliesTo}>
          {(a11y) => (
            <select
              {...a11y}
              value={appliesTo}
              onChange={(event) => setAppliesTo(event.target.value as AppliesTo)}
            >
              {APPLIES_TO.map((value) => (
                <option key={value} value={value}>
                  {t(`typesSettings.appliesTo.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          {t('typesSettings.addItem')}
        </button>
      </div>
    </form>
  );
}

function NewTypeForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const headingId = useId();
  const [name, setName] = useState('');
  const [jurisdiction, setJurisdiction] = useState('');
  const [items, setItems] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<AppError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checklist = items
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ label: line, appliesTo: 'any' as const }));
    const parsed = createApplicationTypeInput.safeParse({ name, jurisdiction, checklist });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues));
    setErrors({});
    setServerError(null);
    const result = await call('applicationTypes.create', parsed.data);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return setServerError(result.error);
    }
    setName('');
    setJurisdiction('');
    setItems('');
    await queryClient.invalidateQueries({ queryKey: ['applicationTypes'] });
    announce(t('typesSettings.created', { name: result.value.name }));
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('typesSettings.newHeading')}</h3>
      {serverError && serverError.code !== 'VALIDATION' && <ErrorNotice error={serverError} />}
      <div className="form-grid">
        <Field label={t('typesSettings.name')} error={errors.name} required>
          {(a11y) => <input {...a11y} value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field label={t('typesSettings.jurisdiction')} error={errors.jurisdiction} required>
          {(a11y) => (
            <select {...a11y} value={jurisdiction} onChange={(event) => setJurisdiction(event.target.value)}>
              <option value="">{t('typesSettings.chooseJurisdiction')}</option>
              {JURISDICTIONS.map((value) => (
                <option key={value} value={value}>
                  {t(`applications.jurisdictions.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('typesSettings.items')} hint={t('typesSettings.itemsHint')} error={errors.checklist}>
        {(a11y) => (
          <textarea {...a11y} rows={4} value={items} onChange={(event) => setItems(event.target.value)} />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button">
          {t('typesSettings.create')}
        </button>
      </div>
    </form>
  );
}
