import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AppError,
  FirmDefaultRule,
  RollForwardDefaults,
  RollForwardPolicyName,
} from '../../../main/contract';
import { call, fetchValue } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useAnnounce } from '../../ui/StatusMessage';
import { RollForwardSelect } from '../deadlines/RollForwardSelect';

const defaultsKey = ['deadlines', 'rollForwardDefaults'] as const;

/**
 * Settings -> Weekends and holidays: the firm's roll-forward per rule, each beside Caseport's own
 * default and the reason for it. Saving recomputes the open deadlines that follow a changed
 * default (the service says how many), so every screen shows the new dates at once.
 */
export function RollForwardDefaultsSettings() {
  const { t } = useTranslation();
  const defaults = useQuery({
    queryKey: defaultsKey,
    queryFn: () => fetchValue('deadlines.rollForwardDefaults', {}),
  });
  if (defaults.isPending) return <p role="status">{t('rollForwardDefaults.loading')}</p>;
  if (defaults.isError) return <ErrorNotice error={defaults.error} onRetry={() => void defaults.refetch()} />;
  return <RollForwardDefaultsForm defaults={defaults.data} />;
}

function RollForwardDefaultsForm({ defaults }: { defaults: RollForwardDefaults }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [choices, setChoices] = useState(
    () =>
      Object.fromEntries(defaults.rules.map((r) => [r.ruleId, r.policy])) as Record<
        FirmDefaultRule,
        RollForwardPolicyName
      >,
  );
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const save = async () => {
    setPending(true);
    setError(null);
    const result = await call('deadlines.updateRollForwardDefaults', { defaults: choices });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    queryClient.setQueryData(defaultsKey, result.value);
    // Recomputed dates show on the family page, the dashboard and the agenda (all under 'clients').
    await queryClient.invalidateQueries({ queryKey: ['clients'] });
    announce(t('rollForwardDefaults.saved', { count: result.value.recomputed }));
  };

  return (
    <form
      className="form"
      noValidate
      aria-labelledby="settings-roll-forward"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="settings-roll-forward">{t('rollForwardDefaults.title')}</h2>
      <p className="field-hint">{t('rollForwardDefaults.intro')}</p>
      {error && <ErrorNotice error={error} />}
      <div className="form-grid">
        {defaults.rules.map((rule) => (
          <Field
            key={rule.ruleId}
            label={t(`deadlineRules.${rule.ruleId}.title` as 'app.name')}
            hint={t('rollForwardDefaults.builtIn', {
              policy: t(`rollForwardPolicies.${rule.builtIn}`),
              reason: t(rule.reasonKey as 'app.name'),
            })}
          >
            {(a11y) => (
              <RollForwardSelect
                {...a11y}
                value={choices[rule.ruleId]}
                onChange={(value) => value && setChoices((c) => ({ ...c, [rule.ruleId]: value }))}
              />
            )}
          </Field>
        ))}
      </div>
      <p className="field-hint">{t('rollForwardDefaults.notListed')}</p>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('rollForwardDefaults.saving') : t('rollForwardDefaults.save')}
        </button>
      </div>
    </form>
  );
}
