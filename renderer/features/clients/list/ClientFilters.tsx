import { useTranslation } from 'react-i18next';
import { APPLICATION_STAGES, GOVERNMENT_STATUSES, type Session } from '../../../../main/contract';
import { DEFAULT_FILTERS } from './listMemory';
import type { ClientListQuery } from './useClientRows';

type Filters = NonNullable<ClientListQuery['filters']>;

/** The list's filters: each one is answered by an index in the main process. */
export function ClientFilters({
  filters,
  onChange,
  session,
  filtered,
}: {
  filters: Filters;
  onChange: (f: Filters) => void;
  session: Session;
  /** Some filter narrows the list (so "Clear filters" has something to do). */
  filtered: boolean;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">{t('clients.filters.legend')}</legend>
      <label>
        {t('clientFilters.name')}
        <input
          type="search"
          value={filters.name ?? ''}
          placeholder={t('clientFilters.namePlaceholder')}
          onChange={(e) => set({ name: e.target.value || undefined })}
        />
      </label>
      <label>
        {t('clients.filters.stage')}
        <select
          value={filters.stage ?? ''}
          onChange={(e) => set({ stage: (e.target.value || undefined) as Filters['stage'] })}
        >
          <option value="">{t('clients.filters.any')}</option>
          {APPLICATION_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`clients.stages.${stage}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('clients.filters.jurisdiction')}
        <select
          value={filters.jurisdiction ?? ''}
          onChange={(e) => set({ jurisdiction: (e.target.value || undefined) as Filters['jurisdiction'] })}
        >
          <option value="">{t('clients.filters.any')}</option>
          <option value="CA">{t('clients.filters.canada')}</option>
          <option value="US">{t('clients.filters.unitedStates')}</option>
        </select>
      </label>
      <label>
        {t('clients.filters.governmentStatus')}
        {/* The portals' vocabularies; a status typed with other capitals or spaces still matches. */}
        <select
          value={filters.governmentStatus ?? ''}
          onChange={(e) => set({ governmentStatus: e.target.value || undefined })}
        >
          <option value="">{t('clients.filters.any')}</option>
          <optgroup label={t('clients.filters.canada')}>
            {GOVERNMENT_STATUSES.CA.map((status) => (
              <option key={`CA-${status}`} value={status}>
                {status}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('clients.filters.unitedStates')}>
            {GOVERNMENT_STATUSES.US.map((status) => (
              <option key={`US-${status}`} value={status}>
                {status}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label>
        {t('clients.filters.responsible')}
        <select
          value={filters.responsibleUserId ?? ''}
          onChange={(e) => set({ responsibleUserId: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">{t('clients.filters.anyone')}</option>
          {session.users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.displayName}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('clients.filters.files')}
        <select
          value={filters.archived ?? 'exclude'}
          onChange={(e) => set({ archived: e.target.value as Filters['archived'] })}
        >
          <option value="exclude">{t('clients.filters.openFiles')}</option>
          <option value="only">{t('clients.filters.closedFiles')}</option>
          <option value="include">{t('clients.filters.allFiles')}</option>
        </select>
      </label>
      <label className="filter-check">
        <input
          type="checkbox"
          checked={Boolean(filters.hasOverdue)}
          onChange={(e) => set({ hasOverdue: e.target.checked || undefined })}
        />
        {t('clients.filters.hasOverdue')}
      </label>
      <button
        type="button"
        className="button"
        disabled={!filtered}
        onClick={() => onChange({ ...DEFAULT_FILTERS })}
      >
        {t('clientFilters.clear')}
      </button>
    </fieldset>
  );
}
