import { FormProvider, useForm, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  type ApplicationType,
  type FamilyIntake,
  familyIntakeInput,
  type Session,
} from '../../../main/contract';
import { call } from '../../api/client';
import { contractResolver } from '../../ui/contractResolver';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { useAnnounce } from '../../ui/StatusMessage';
import { useContractSubmit } from '../../ui/useContractSubmit';
import { useFormDraft } from '../../ui/useFormDraft';
import { useApplicationTypes } from '../applications/queries';
import { useInvalidateClients } from '../clients/queries';
import { PersonFields } from '../people/PersonFields';
import { activeUsers, useSession, workingUser } from '../session/queries';
import { ApplicationRows } from './ApplicationRows';
import { DependantFields } from './DependantFields';
import { DuplicateHint } from './DuplicateHint';
import { emptyIntake, type IntakeForm, toIntakeInput } from './intakeForm';

/**
 * A new family in one flow, top to bottom with Tab: the principal, then spouse and children
 * (living at the principal's address unless unticked), then each member's first applications.
 * One save creates it all or nothing; a refused save keeps every keystroke.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const session = useSession();
  const types = useApplicationTypes();
  if (session.isError) return <ErrorNotice error={session.error} onRetry={() => void session.refetch()} />;
  if (types.isError) return <ErrorNotice error={types.error} onRetry={() => void types.refetch()} />;
  if (session.isPending || types.isPending) return <p role="status">{t('app.loading')}</p>;
  return <IntakeFormView session={session.data} types={types.data} />;
}

function IntakeFormView({ session, types }: { session: Session; types: ApplicationType[] }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const invalidate = useInvalidateClients();
  const announce = useAnnounce();
  const translate = (values: IntakeForm) => toIntakeInput(values, false);
  const form = useForm<IntakeForm, unknown, FamilyIntake>({
    resolver: contractResolver(familyIntakeInput, translate),
    defaultValues: emptyIntake(workingUser(session)?.id ?? null),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const draft = useFormDraft(form, 'intake.new');
  const { submitWith, notices } = useContractSubmit(form, translate, async (values, intent) => {
    draft.release();
    const result = await call('families.intake', {
      ...values,
      acknowledgeDuplicates: intent === 'acknowledge-duplicates',
    });
    if (!result.ok) {
      draft.rearm();
      return result.error;
    }
    draft.clear();
    await invalidate();
    announce(t('intake.saved'));
    navigate(`/clients/${result.value.clientId}`);
    return null;
  });
  const { formState } = form;

  return (
    <>
      <PageHeader title={t('intake.title')} />
      <FormProvider {...form}>
        <form
          className="form intake"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submitWith('save');
          }}
        >
          {draft.offer}
          {notices}
          <fieldset className="person-section">
            <legend>{t('intake.principal')}</legend>
            <PersonFields prefix="principal" />
            <DuplicateHint prefix="principal" />
            <ResponsibleField session={session} />
            <ApplicationRows prefix="principal" types={types} audience="principal" />
          </fieldset>
          <DependantFields types={types} />
          <div className="form-actions sticky-actions">
            <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t('clients.form.saving') : t('intake.save')}
            </button>
            <button type="button" className="button" onClick={() => navigate('/clients')}>
              {t('clients.form.cancel')}
            </button>
            <span className="form-shortcut">{t('clients.form.saveShortcut')}</span>
          </div>
        </form>
      </FormProvider>
    </>
  );
}

function ResponsibleField({ session }: { session: Session }) {
  const { t } = useTranslation();
  const form = useFormContext<IntakeForm>();
  return (
    <div className="form-grid">
      <div className="field">
        <label htmlFor="intake-responsible">{t('intake.responsible')}</label>
        <select id="intake-responsible" {...form.register('principal.responsibleUserId')}>
          <option value="">{t('intake.nobodyResponsible')}</option>
          {activeUsers(session).map((user) => (
            <option key={user.id} value={user.id}>
              {user.displayName}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
