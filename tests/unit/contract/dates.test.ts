import { describe, expect, it } from 'vitest';
import { calendarDateIn } from '../../../main/contract/dates';

describe("the firm's today", () => {
  it('is the calendar date in the firm time zone, not the machine one', () => {
    const instant = new Date('2026-03-01T03:30:00Z');
    expect(calendarDateIn('UTC', instant)).toBe('2026-03-01');
    expect(calendarDateIn('America/Toronto', instant)).toBe('2026-02-28');
    expect(calendarDateIn('America/Los_Angeles', instant)).toBe('2026-02-28');
    expect(calendarDateIn('Asia/Kolkata', new Date('2026-02-28T20:00:00Z'))).toBe('2026-03-01');
  });
});
