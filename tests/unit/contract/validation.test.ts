import { describe, expect, it } from 'vitest';
import { BUILT_IN_APPLICATION_TYPES } from '../../../db/applications/builtin-catalogue';
import { channelNames, clientFields, contract, type ErrorCode, V } from '../../../main/contract';
import { en } from '../../../renderer/i18n/catalogue';

function lookup(catalogue: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

const base = { givenNames: 'Amara' };
const fieldError = (payload: Record<string, unknown>) => {
  const result = clientFields.safeParse({ ...base, ...payload });
  return result.success ? null : result.error.issues.map((i) => i.message);
};

describe('client field rules (shared by the form and the main process)', () => {
  it.each([
    ['2024-02-29', null],
    ['2023-02-29', [V.date]],
    ['1990-13-01', [V.date]],
    ['1990-1-1', [V.date]],
    ['29/02/2024', [V.date]],
    ['1899-12-31', [V.dateTooEarly]],
    ['2999-01-01', [V.dateInFuture]],
    ['', null],
    [null, null],
  ])('date of birth %s', (dateOfBirth, expected) => {
    expect(fieldError({ dateOfBirth })).toEqual(expected);
  });

  it('turns an empty date into null (not recorded)', () => {
    expect(clientFields.parse({ ...base, dateOfBirth: '' }).dateOfBirth).toBeNull();
  });

  it.each([
    ['+1 (416) 555-0199', null],
    ['416.555.0199 ext 12', null],
    ['+44 20 7946 0958', null],
    ['', null],
    ['call me', [V.phone]],
    ['+', [V.phone]],
  ])('phone %s', (phone, expected) => {
    expect(fieldError({ phone })).toEqual(expected);
  });

  it('checks countries against ISO 3166 and refuses repeats and long lists', () => {
    expect(fieldError({ citizenships: ['CA', 'US'] })).toBeNull();
    expect(fieldError({ citizenships: ['ca'] })).toEqual([V.country]);
    expect(fieldError({ citizenships: ['US', 'US'] })).toEqual([V.countryRepeated]);
    expect(fieldError({ citizenships: ['CA', 'US', 'FR', 'IN', 'NG', 'MX'] })).toEqual([V.tooManyCountries]);
  });

  it('keeps names as written (Unicode) but trims them, and limits their length', () => {
    expect(clientFields.parse({ givenNames: '  Nguyễn Thị  ', familyName: ' Ōtani ' })).toMatchObject({
      givenNames: 'Nguyễn Thị',
      familyName: 'Ōtani',
    });
    expect(fieldError({ givenNames: 'x'.repeat(201) })).toEqual([V.tooLong]);
  });

  it('gives even unnamed rule breaks an i18n key, never zod English', () => {
    expect(fieldError({ givenNames: 12 })).toEqual([V.invalid]);
    expect(clientFields.safeParse({}).error?.issues.map((i) => i.message)).toEqual([V.required]);
  });
});

describe('the contract as a whole', () => {
  it('covers exactly the channel list the preload knows', () => {
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
  });

  it('has a catalogue entry for every validation message key', () => {
    for (const key of Object.values(V)) {
      expect(typeof lookup(en, key), key).toBe('string');
    }
  });

  it('has a catalogue entry for every error code the envelope can carry', () => {
    const codes: ErrorCode[] = [
      'VALIDATION',
      'NOT_FOUND',
      'CONFLICT',
      'UNKNOWN_CHANNEL',
      'FORBIDDEN',
      'USER_REQUIRED',
      'DUPLICATE',
      'RETENTION',
      'CLOSED',
      'INTERNAL',
    ];
    for (const code of codes) {
      expect(typeof lookup(en, `errors.${code}`), code).toBe('string');
    }
  });

  it('names every built-in application type and checklist item in the catalogue', () => {
    for (const type of BUILT_IN_APPLICATION_TYPES) {
      expect(typeof lookup(en, `applicationTypes.${type.code}`), type.code).toBe('string');
      for (const [key] of type.checklist)
        expect(typeof lookup(en, `checklistItems.${key}`), key).toBe('string');
    }
  });
});
