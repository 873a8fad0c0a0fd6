import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type {
  AppError,
  ChannelInput,
  Envelope,
  QueueBlocker,
  QueueFamily,
  QueueMember,
} from '../../../main/contract';
import { call } from '../../api/client';
import { DateInput } from '../../ui/DateInput';
import { useAnnounce } from '../../ui/StatusMessage';
import { blockerText, memberName } from './labels';
import { QuickFixButton, type RunFix } from './QuickFixButton';
import { useLaunchCommand } from './queries';

/** The checklist states a blocker's buttons can set, in the order the buttons stand. */
const CHECKLIST_STATES = ['received', 'verified'] as const;

/** The words of each checklist button: its text, its spoken name and what is announced once saved. */
const CHECKLIST_FIX_WORDS = {
  received: {
    label: 'launchScreens.fix.markReceived',
    ariaLabel: 'launchScreens.fix.markReceivedLabel',
    done: 'launchScreens.fix.markedReceived',
  },
  verified: {
    label: 'launchScreens.fix.markVerified',
    ariaLabel: 'launchScreens.fix.markVerifiedLabel',
    done: 'launchScreens.fix.markedVerified',
  },
} as const;

/**
 * One blocker and the way to lift it without leaving the readiness screen, through the same
 * channels the family page uses (so the change is validated, versioned and audited the same
 * way): mark a document received or verified, update a passport, confirm a dependant's details,
 * add a date of birth. What only the family file can fix (a status, an address) links there.
 */
export function BlockerFix({
  windowId,
  family,
  member,
  blocker,
  today,
}: {
  windowId: number;
  family: QueueFamily;
  member: QueueMember;
  blocker: QueueBlocker;
  today: string;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const command = useLaunchCommand();
  const name = memberName(member);
  const text = blockerText(t, blocker);
  const run = async <T,>(send: () => Promise<Envelope<T>>, done: string) => {
    const result = await command.run(send);
    if (result) announce(done);
  };
  const itemId = Number(blocker.params.checklistItemId);
  let action: React.ReactNode = null;
  switch (blocker.code) {
    case 'documentMissing':
    case 'documentUnverified':
      if (Number.isInteger(itemId) && itemId > 0) {
        // A missing document can be marked received, or verified straight away; a received one only verified.
        const states = blocker.code === 'documentMissing' ? CHECKLIST_STATES : (['verified'] as const);
        action = states.map((state) => (
          <QuickFixButton
            key={state}
            label={t(CHECKLIST_FIX_WORDS[state].label)}
            ariaLabel={t(CHECKLIST_FIX_WORDS[state].ariaLabel, { item: text })}
            pending={command.pending}
            run={run}
            send={() => call('checklist.setState', { id: itemId, state })}
            done={t(CHECKLIST_FIX_WORDS[state].done, { item: text })}
          />
        ));
      }
      break;
    case 'dependantNeverVerified':
    case 'dependantStale':
      if (member.dependantId !== null) {
        const dependantId = member.dependantId;
        action = (
          <QuickFixButton
            label={t('launchScreens.fix.verify')}
            ariaLabel={t('launchScreens.fix.verifyLabel', { name })}
            pending={command.pending}
            run={run}
            send={() =>
              call('dependants.markVerified', {
                id: dependantId,
                version: member.personVersion,
                verifiedOn: today,
              })
            }
            done={t('launchScreens.fix.verified', { name })}
          />
        );
      }
      break;
    case 'passportMissing':
    case 'passportExpiryUnknown':
    case 'passportTooShort':
      action = <PassportFix member={member} clientId={family.clientId} run={run} pending={command.pending} />;
      break;
    case 'dateOfBirthMissing':
      action = (
        <DateOfBirthFix member={member} clientId={family.clientId} run={run} pending={command.pending} />
      );
      break;
    case 'applicationMissing':
      action = (
        <QuickFixButton
          label={t('launchScreens.fix.enrolAgain')}
          pending={command.pending}
          run={run}
          send={() => call('launchWindows.enrol', { windowId, clientIds: [family.clientId] })}
          done={t('launchScreens.fix.enrolled', { name })}
        />
      );
      break;
    default:
      action = (
        <Link href={`/clients/${family.clientId}`} className="button button-quiet">
          {t('launchScreens.fix.openFile')}
        </Link>
      );
  }
  return (
    <li className={blocker.eligibility ? 'blocker blocker-eligibility' : 'blocker'}>
      <span className="blocker-text">
        {blocker.eligibility && (
          <span className="blocker-tag">{t('launchScreens.readiness.eligibility')}</span>
        )}
        {text}
      </span>
      <span className="blocker-actions">{action}</span>
      {command.error && <FixError error={command.error} />}
    </li>
  );
}

function FixError({ error }: { error: AppError }) {
  const { t } = useTranslation();
  const key = Object.values(error.fields ?? {})[0];
  return (
    <span className="field-error" role="alert">
      {key
        ? t(key as 'validation.invalid', { defaultValue: t('validation.invalid') })
        : t(`errors.${error.code}`, { defaultValue: t('errors.INTERNAL') })}
    </span>
  );
}

type PassportRow = Omit<QueueMember['passports'][number], 'id'> & { id?: number };

/** Saves the person's passports with one changed or added: a renewal usually brings a new number. */
function savePassports(
  member: QueueMember,
  clientId: number,
  passports: PassportRow[],
): Promise<Envelope<unknown>> {
  const input = passports.map(({ id, number, issuingCountry, issuedOn, expiresOn }) => ({
    ...(id !== undefined && { id }),
    number,
    issuingCountry,
    issuedOn,
    expiresOn,
  }));
  return updatePerson(member, clientId, { passports: input });
}

/** The fields an inline form may change; the client's and a dependant's records share them. */
type PersonChanges = Pick<ChannelInput<'clients.update'>, 'passports' | 'dateOfBirth'>;

/** Saves a change to the queue member's own record: the family's client, or one of its dependants. */
function updatePerson(
  member: QueueMember,
  clientId: number,
  changes: PersonChanges,
): Promise<Envelope<unknown>> {
  const edit = { version: member.personVersion, ...changes };
  return member.dependantId === null
    ? call('clients.update', { id: clientId, ...edit })
    : call('dependants.update', { id: member.dependantId, ...edit });
}

/** What each inline form needs: whose record it changes, and the screen's command to send the change. */
interface PersonFixProps {
  member: QueueMember;
  clientId: number;
  run: RunFix;
  pending: boolean;
}

function PassportFix({ member, clientId, run, pending }: PersonFixProps) {
  const { t } = useTranslation();
  const id = useId();
  const latest = [...member.passports].sort((a, b) =>
    (b.expiresOn ?? '').localeCompare(a.expiresOn ?? ''),
  )[0];
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState(latest?.number ?? '');
  const [country, setCountry] = useState(latest?.issuingCountry ?? '');
  const [expiresOn, setExpiresOn] = useState(latest?.expiresOn ?? '');
  const name = memberName(member);
  if (!open)
    return (
      <button
        type="button"
        className="button button-quiet"
        aria-label={t('launchScreens.fix.passportLabel', { name })}
        onClick={() => setOpen(true)}
      >
        {t('launchScreens.fix.passport')}
      </button>
    );
  const save = () => {
    const same =
      latest &&
      latest.number.replace(/[\s-]/g, '').toUpperCase() === number.replace(/[\s-]/g, '').toUpperCase();
    const passports: PassportRow[] = same
      ? member.passports.map((p) =>
          p.id === latest.id ? { ...p, number, issuingCountry: country.toUpperCase(), expiresOn } : p,
        )
      : [...member.passports, { number, issuingCountry: country.toUpperCase(), issuedOn: null, expiresOn }];
    void run(
      () => savePassports(member, clientId, passports),
      t('launchScreens.fix.passportSaved', { name }),
    ).then(() => setOpen(false));
  };
  return (
    <fieldset className="inline-fix">
      <legend className="visually-hidden">{t('launchScreens.fix.passportLabel', { name })}</legend>
      <label htmlFor={`${id}-n`}>{t('launchScreens.fix.passportNumber')}</label>
      <input id={`${id}-n`} value={number} onChange={(e) => setNumber(e.target.value)} size={12} />
      <label htmlFor={`${id}-c`}>{t('launchScreens.fix.passportCountry')}</label>
      <input
        id={`${id}-c`}
        value={country}
        onChange={(e) => setCountry(e.target.value)}
        size={3}
        maxLength={2}
      />
      <label htmlFor={`${id}-e`}>{t('launchScreens.fix.passportExpires')}</label>
      <DateInput id={`${id}-e`} value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
      <button type="button" className="button button-primary" disabled={pending} onClick={save}>
        {t('launchScreens.fix.save')}
      </button>
      <button type="button" className="button" onClick={() => setOpen(false)}>
        {t('launchScreens.fix.cancel')}
      </button>
    </fieldset>
  );
}

function DateOfBirthFix({ member, clientId, run, pending }: PersonFixProps) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState('');
  const name = memberName(member);
  const save = () =>
    void run(
      () => updatePerson(member, clientId, { dateOfBirth: value }),
      t('launchScreens.fix.dateOfBirthSaved', { name }),
    );
  return (
    <span className="inline-fix">
      <label htmlFor={id}>{t('launchScreens.fix.dateOfBirth', { name })}</label>
      <DateInput id={id} value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="button" className="button button-quiet" disabled={pending || value === ''} onClick={save}>
        {t('launchScreens.fix.save')}
      </button>
    </span>
  );
}
