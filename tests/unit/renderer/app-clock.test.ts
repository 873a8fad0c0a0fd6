import { afterEach, describe, expect, it } from 'vitest';
import { firmToday, setFirmCalendar } from '../../../main/contract/dates';
import { appNow, followServiceClock } from '../../../renderer/app/clock';

afterEach(() => {
  followServiceClock(new Date().toISOString(), null);
  setFirmCalendar({ timeZone: null, now: () => new Date() });
});

describe("the page's clock follows the data service's", () => {
  it('counts today from the service, whatever this computer says', () => {
    // The service answers 16 March 2026, 23:30 in Toronto (04:30 UTC on the 17th).
    followServiceClock('2026-03-17T03:30:00.000Z', 'America/Toronto');
    expect(appNow().toISOString().slice(0, 13)).toBe('2026-03-17T03');
    // The firm's day, in the firm's zone: still the 16th in Toronto.
    expect(firmToday()).toBe('2026-03-16');
  });

  it('ignores an answer without a readable time', () => {
    followServiceClock('2026-03-17T03:30:00.000Z', 'America/Toronto');
    followServiceClock('not a time', 'America/Toronto');
    expect(appNow().toISOString().slice(0, 10)).toBe('2026-03-17');
  });
});
