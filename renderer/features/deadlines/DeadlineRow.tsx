import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../main/contract';
import { formatCalendarDate } from '../../i18n/format';
import { DeadlineActions } from './DeadlineActions';
import { WhyThisDate } from './WhyThisDate';

/**
 * One deadline row as the agenda and a family's deadline table both show it: the date (with
 * "overridden"), whose it is, the kind with "Why this date?", the title and the actions. Each
 * table keeps its own columns in the slots: the agenda's family after the date, the family
 * table's state after the title. Whether the actions are offered is the caller's call (a closed
 * file offers none), so the header and the row always agree.
 */
export function DeadlineRow({
  deadline: d,
  person,
  afterDate,
  afterTitle,
  actions,
}: {
  deadline: Deadline;
  person: string;
  afterDate?: ReactNode;
  afterTitle?: ReactNode;
  actions: boolean;
}) {
  const { t, i18n } = useTranslation();
  const kind = t(`deadlineKinds.${d.kind}`);
  return (
    <tr>
      <td>
        <time dateTime={d.dueOn}>{formatCalendarDate(d.dueOn, i18n.language)}</time>
        {d.computedDueOn && <span className="tag">{t('deadlineRow.overridden')}</span>}
      </td>
      {afterDate}
      <td>{person}</td>
      <td>
        {kind}
        <WhyThisDate id={d.id} version={d.version} label={t('deadlineRow.whyFor', { kind, name: person })} />
      </td>
      <td>{d.title}</td>
      {afterTitle}
      {actions && (
        <td>
          <DeadlineActions deadline={d} label={`${kind} – ${person}`} />
        </td>
      )}
    </tr>
  );
}
