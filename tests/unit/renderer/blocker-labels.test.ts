import { describe, expect, it } from 'vitest';
import { BLOCKER_CODES } from '../../../main/domain/launch-windows';
import { en, fr } from '../../../renderer/i18n/catalogue';

/**
 * Every reason a family is held back has its sentence (launch mode, the queue) and its short
 * name (the "What holds families back" summary), in both languages: a code without one showed
 * as "Other".
 */
describe('launch-window blockers', () => {
  for (const [language, catalogue] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    it(`each has its sentence and its short name in ${language}`, () => {
      const sentences = catalogue.launchWindowBlockers as Record<string, string>;
      const kinds = catalogue.launchScreens.blockerKinds as Record<string, string>;
      expect(BLOCKER_CODES.filter((code) => !sentences[code])).toEqual([]);
      expect(BLOCKER_CODES.filter((code) => !kinds[code])).toEqual([]);
    });
  }
});
