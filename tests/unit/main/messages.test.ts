import { describe, expect, it } from 'vitest';
import { mainLocale, mainMessage, startupFailureMessage } from '../../../main/messages';

describe('start-up failure messages', () => {
  it.each(['newer-version', 'unknown-schema', 'migrations-missing', 'integrity'] as const)(
    'explains %s in plain words, says where the data is, and that nothing changed or what to do',
    (kind) => {
      const text = startupFailureMessage(kind, 'detail', '/Users/me/Caseport');
      expect(text).toContain('/Users/me/Caseport');
      expect(text).toMatch(/Install|reinstall|support/i);
      expect(text).not.toContain('{');
    },
  );
  it('includes the detail only for unexpected failures', () => {
    expect(startupFailureMessage('unexpected', 'EACCES: permission denied', '/d')).toContain('EACCES');
  });
});

describe('in French', () => {
  it('a French system gets the French text, with the folder and no placeholder left', () => {
    const text = startupFailureMessage('damaged', '', '/Users/moi/Caseport', mainLocale('fr-CA'));
    expect(text).toContain('endommagé');
    expect(text).toContain('Dossier des données : /Users/moi/Caseport');
    expect(text).not.toContain('{');
  });
  it('any other system language gets English', () => {
    expect(mainLocale('en-US')).toBe('en');
    expect(mainLocale('es-MX')).toBe('en');
    expect(mainMessage('unsaved.stay', {}, mainLocale('fr'))).toBe('Rester');
  });
});
