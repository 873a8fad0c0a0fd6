import { describe, expect, it } from 'vitest';
import { startupFailureMessage } from '../../../main/messages';

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
