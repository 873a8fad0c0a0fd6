import { useEffect, useState } from 'react';
import { type FieldValues, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type DuplicateMatch, duplicateCheckInput, personDisplayName } from '../../../main/contract';
import { call } from '../../api/client';

const PAUSE_MS = 600;

/**
 * While the principal is typed, a quiet "already on file?" line with links to possible matches
 * (same passport, or same name and date of birth), so a paralegal can stop before typing a
 * whole family twice. Saving still checks and warns; this only comes earlier.
 */
export function DuplicateHint({ prefix }: { prefix: string }) {
  const { t } = useTranslation();
  const { control } = useFormContext<FieldValues>();
  const [givenNames, familyName, dateOfBirth, passports] = useWatch({
    control,
    name: [`${prefix}.givenNames`, `${prefix}.familyName`, `${prefix}.dateOfBirth`, `${prefix}.passports`],
  }) as [string, string, string, { number: string; issuingCountry: string }[] | undefined];
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);
  const passportKey = JSON.stringify((passports ?? []).map((p) => [p.number, p.issuingCountry]));

  useEffect(() => {
    const parsed = duplicateCheckInput.safeParse({
      givenNames: givenNames ?? '',
      familyName: familyName ?? '',
      dateOfBirth: dateOfBirth || null,
      passports: (JSON.parse(passportKey) as [string, string][])
        .filter(([number]) => number.trim() !== '')
        .map(([number, issuingCountry]) => ({ number, issuingCountry })),
    });
    // Half-typed input (an impossible date) is the form's business, not a search.
    if (!parsed.success || (!parsed.data.givenNames.trim() && parsed.data.passports.length === 0)) {
      setMatches([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void call('people.findDuplicates', parsed.data).then((result) => {
        if (current) setMatches(result.ok ? result.value : []);
      });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [givenNames, familyName, dateOfBirth, passportKey]);

  return (
    <div aria-live="polite">
      {matches.length > 0 && (
        <p className="notice notice-warning">
          <span>
            {t('duplicateHint.early')}{' '}
            {matches.map((match, index) => (
              <span key={`${match.clientId}-${match.dependantId ?? 'client'}-${match.reason}`}>
                {index > 0 && t('clients.duplicates.separator')}
                <Link href={`/clients/${match.clientId}`}>{personDisplayName(match)}</Link>
              </span>
            ))}
          </span>
        </p>
      )}
    </div>
  );
}
