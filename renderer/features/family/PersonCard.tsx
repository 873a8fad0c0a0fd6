import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Dependant, Person } from '../../../main/contract';
import { personDisplayName } from '../../../main/contract/people';
import { call } from '../../api/client';
import { countryName, formatCalendarDate } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAnnounce } from '../../ui/StatusMessage';
import { useFileClosed } from './closedFile';
import { useFamilyCommand } from './queries';

/**
 * One member of the family at a glance: relationship, birth date, citizenship, passports and
 * statuses; contact details, address and notes open on demand so four people fit side by side.
 */
export function PersonCard({
  person,
  dependant,
  today,
  editHref,
  anchorId,
  focused = false,
}: {
  person: Person;
  /** Given for a dependant: relationship and "last verified" are shown. */
  dependant?: Dependant;
  today: string;
  /** Where this person's full form lives. */
  editHref: string;
  /** The card's id, which search opens ("a hit opens the person"). */
  anchorId: string;
  focused?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const closed = useFileClosed();
  const locale = i18n.language;
  const headingId = useId();
  const cardRef = useRef<HTMLElement>(null);
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

  useEffect(() => {
    if (!focused) return;
    cardRef.current?.scrollIntoView({ block: 'center' });
    cardRef.current?.focus();
  }, [focused]);

  return (
    <article
      ref={cardRef}
      id={anchorId}
      tabIndex={-1}
      className={focused ? 'person-card focused' : 'person-card'}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{name}</h3>
      <p className="person-role">
        {[
          dependant ? t(`relationships.${dependant.relationship}`) : t('family.people.principal'),
          person.dateOfBirth && formatCalendarDate(person.dateOfBirth, locale),
          person.citizenships.map((code) => countryName(code, locale)).join(', '),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <dl className="stacked-details">
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
      {!closed && (
        <div className="card-actions">
          <Link href={editHref} className="button" aria-label={t('family.person.editLabel', { name })}>
            {t('family.edit')}
          </Link>
          {dependant && <MarkVerified dependant={dependant} today={today} />}
        </div>
      )}
      <details className="more-details">
        <summary>{t('caseView.person.moreDetails')}</summary>
        <dl className="details compact-details">
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
          <dt>{t('family.person.address')}</dt>
          <dd>{address || notRecorded}</dd>
          {person.notes && (
            <>
              <dt>{t('family.person.notes')}</dt>
              <dd className="pre-line">{person.notes}</dd>
            </>
          )}
        </dl>
      </details>
    </article>
  );
}

function MarkVerified({ dependant, today }: { dependant: Dependant; today: string }) {
  const { t } = useTranslation();
  const command = useFamilyCommand();
  const verifiedToday = dependant.lastVerifiedOn === today;
  const announce = useAnnounce();
  return (
    <>
      {command.error && <ErrorNotice error={command.error} />}
      <button
        type="button"
        className="button"
        disabled={command.pending || verifiedToday}
        onClick={async () => {
          const saved = await command.run(() =>
            call('dependants.markVerified', {
              id: dependant.id,
              version: dependant.version,
              verifiedOn: today,
            }),
          );
          if (saved) announce(t('feedback.verified', { name: personDisplayName(saved) }));
        }}
      >
        {command.pending ? t('family.person.marking') : t('family.person.markVerified')}
      </button>
    </>
  );
}
