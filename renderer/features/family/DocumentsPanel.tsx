import { useTranslation } from 'react-i18next';
import type { Family, Person } from '../../../main/contract';
import { personDisplayName } from '../../../main/contract/people';
import { countryName, formatCalendarDate } from '../../i18n/format';

/**
 * Every passport and immigration status on the file in one table (I-94 and permit numbers
 * included); each application's document checklist lives with the application.
 */
export function DocumentsPanel({ family, today }: { family: Family; today: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const people: Person[] = [family.client, ...family.dependants];
  const date = (value: string | null) => (value ? formatCalendarDate(value, locale) : '');
  const rows = people.flatMap((person) => [
    ...person.passports.map((p) => ({
      key: `p-${p.id}`,
      person: personDisplayName(person),
      kind: t('caseView.documents.passport'),
      number: p.number,
      country: countryName(p.issuingCountry, locale),
      until: p.expiresOn,
    })),
    ...person.statuses.map((s) => ({
      key: `s-${s.id}`,
      person: personDisplayName(person),
      kind: s.statusType,
      number: s.documentNumber,
      country: countryName(s.country, locale),
      until: s.validTo,
    })),
  ]);
  return (
    <section aria-labelledby="family-documents">
      <h2 id="family-documents">{t('caseView.documents.heading')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('caseView.documents.empty')}</p>
      ) : (
        <table className="data-table compact-table">
          <caption className="visually-hidden">{t('caseView.documents.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('caseView.summary.person')}</th>
              <th scope="col">{t('caseView.documents.kind')}</th>
              <th scope="col">{t('caseView.documents.number')}</th>
              <th scope="col">{t('caseView.documents.country')}</th>
              <th scope="col">{t('caseView.documents.until')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.person}</th>
                <td>{row.kind}</td>
                <td>{row.number || <span className="muted">{t('family.person.notRecorded')}</span>}</td>
                <td>{row.country}</td>
                <td>
                  {date(row.until)}
                  {row.until && row.until < today && (
                    <span className="tag tag-warning">{t('caseView.documents.expired')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t('caseView.documents.checklistsHint')}</p>
    </section>
  );
}
