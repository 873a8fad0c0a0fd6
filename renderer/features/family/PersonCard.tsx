import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Dependant, Person } from '../../../main/contract';
import { personDisplayName } from '../../../main/contract/people';
import { call } from '../../api/client';
import { countryName, formatCalendarDate } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useFamilyCommand } from './queries';

/** One member of the family: who they are, their documents and their current statuses. */
export function PersonCard({
  person,
  dependant,
  today,
  editHref,
}: {
  person: Person;
  /** Given for a dependant: relationship and "last verified" are shown. */
  dependant?: Dependant;
  today: string;
  /** Where this person's full form lives. */
  editHref: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const headingId = useId();
  const notRecorded = <span className="muted">{t('family.person.notRecorded')}</span>;
  const name = personDisplayName(person);
  const address = [
    person.addressLine1,
    person.addressLine2,
    [person.city, person.region, person.postalCode].filter(Boolean).join(' '),
    person.addressCountry && countryName(person.addressCountry, locale),
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <article className="person-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <dl className="details">
        <dt>{t('family.person.relationship')}</dt>
        <dd>{dependant ? t(`relationships.${dependant.relationship}`) : t('family.people.principal')}</dd>
        <dt>{t('family.person.dateOfBirth')}</dt>
        <dd>{person.dateOfBirth ? formatCalendarDate(person.dateOfBirth, locale) : notRecorded}</dd>
        <dt>{t('family.person.citizenships')}</dt>
        <dd>
          {person.citizenships.length
            ? person.citizenships.map((code) => countryName(code, locale)).join(', ')
            : notRecorded}
        </dd>
        <dt>{t('family.person.email')}</dt>
        <dd>{person.email || notRecorded}</dd>
        <dt>{t('family.person.phone')}</dt>
        <dd>{[person.phone, person.phoneAlt].filter(Boolean).join(' · ') || notRecorded}</dd>
        {person.employer && (
          <>
            <dt>{t('family.person.employer')}</dt>
            <dd>{[person.employer, person.occupation].filter(Boolean).join(' — ')}</dd>
          </>
        )}
        <dt>{t('family.person.passports')}</dt>
        <dd>
          {person.passports.length ? (
            <ul className="plain-list">
              {person.passports.map((p) => {
                const values = { number: p.number, country: countryName(p.issuingCountry, locale) };
                return (
                  <li key={p.id}>
                    {p.expiresOn
                      ? t('family.person.passportExpires', {
                          ...values,
                          date: formatCalendarDate(p.expiresOn, locale),
                        })
                      : t('family.person.passport', values)}
                  </li>
                );
              })}
            </ul>
          ) : (
            notRecorded
          )}
        </dd>
        <dt>{t('family.person.statuses')}</dt>
        <dd>
          {person.statuses.length ? (
            <ul className="plain-list">
              {person.statuses.map((s) => {
                const values = { type: s.statusType, country: countryName(s.country, locale) };
                return (
                  <li key={s.id}>
                    {s.validTo
                      ? t('family.person.statusValidTo', {
                          ...values,
                          date: formatCalendarDate(s.validTo, locale),
                        })
                      : t('family.person.status', values)}
                  </li>
                );
              })}
            </ul>
          ) : (
            notRecorded
          )}
        </dd>
        {address && (
          <>
            <dt>{t('family.person.address')}</dt>
            <dd>{address}</dd>
          </>
        )}
        {person.notes && (
          <>
            <dt>{t('family.person.notes')}</dt>
            <dd className="pre-line">{person.notes}</dd>
          </>
        )}
        {dependant && (
          <>
            <dt>{t('family.person.lastVerified')}</dt>
            <dd>
              {dependant.lastVerifiedOn
                ? formatCalendarDate(dependant.lastVerifiedOn, locale)
                : t('family.person.neverVerified')}
            </dd>
          </>
        )}
      </dl>
      <div className="card-actions">
        <Link href={editHref} className="button" aria-label={t('family.person.editLabel', { name })}>
          {t('family.edit')}
        </Link>
        {dependant && <MarkVerified dependant={dependant} today={today} />}
      </div>
    </article>
  );
}

function MarkVerified({ dependant, today }: { dependant: Dependant; today: string }) {
  const { t } = useTranslation();
  const command = useFamilyCommand();
  const verifiedToday = dependant.lastVerifiedOn === today;
  return (
    <>
      {command.error && <ErrorNotice error={command.error} />}
      <button
        type="button"
        className="button"
        disabled={command.pending || verifiedToday}
        onClick={() =>
          void command.run(() =>
            call('dependants.markVerified', {
              id: dependant.id,
              version: dependant.version,
              verifiedOn: today,
            }),
          )
        }
      >
        {command.pending ? t('family.person.marking') : t('family.person.markVerified')}
      </button>
    </>
  );
}
