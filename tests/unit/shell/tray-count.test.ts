import { describe, expect, it } from 'vitest';
import type { DashboardSection } from '../../../main/contract/agenda';
import {
  type DueCounts,
  dueCounts,
  TrayCounter,
  trayTitle,
  trayTooltip,
} from '../../../main/shell/tray-count';

const section = (bucket: DashboardSection['bucket'], count: number) => ({ bucket, count });

describe('tray count of deadlines due today', () => {
  it('reads today and overdue from the dashboard the app shows', () => {
    const sections = [section('overdue', 2), section('today', 3), section('next7', 9)];
    expect(dueCounts({ sections })).toEqual({ today: 3, overdue: 2 });
    expect(dueCounts({ sections: [] })).toEqual({ today: 0, overdue: 0 });
  });

  it('shows the number next to the menu-bar icon, nothing when nothing is due', () => {
    expect(trayTitle({ today: 4, overdue: 0 })).toBe('4');
    expect(trayTitle({ today: 0, overdue: 5 })).toBe('');
  });

  it('says it in words, singular and plural, in English and French', () => {
    expect(trayTooltip({ today: 1, overdue: 0 }, 'en')).toBe('Caseport – 1 deadline due today');
    expect(trayTooltip({ today: 3, overdue: 2 }, 'en')).toBe('Caseport – 3 deadlines due today · 2 overdue');
    expect(trayTooltip({ today: 0, overdue: 0 }, 'en')).toBe('Caseport – nothing due today');
    expect(trayTooltip({ today: 2, overdue: 1 }, 'fr')).toBe(
      'Caseport – 2 échéances aujourd’hui · 1 en retard',
    );
  });

  it('refreshes on its timer, shows changes only, and keeps the last count when a read fails', async () => {
    const answers: Array<DueCounts | Error> = [
      { today: 1, overdue: 0 },
      { today: 1, overdue: 0 },
      new Error('service busy'),
      { today: 2, overdue: 0 },
    ];
    const shown: DueCounts[] = [];
    const errors: unknown[] = [];
    const timer: { tick: (() => void) | null } = { tick: null };
    const counter = new TrayCounter({
      read: async () => {
        const next = answers.shift();
        if (!next || next instanceof Error) throw next ?? new Error('no answer');
        return next;
      },
      show: (counts) => shown.push(counts),
      timers: {
        setInterval: (callback) => (timer.tick = callback),
        clearInterval: () => (timer.tick = null),
      },
      onError: (error) => errors.push(error),
    });
    await counter.start();
    expect(shown).toEqual([{ today: 1, overdue: 0 }]);
    await counter.refresh(); // same count: the icon is not redrawn
    await counter.refresh(); // a failed read keeps the icon as it was
    expect(shown).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(counter.counts).toEqual({ today: 1, overdue: 0 });
    timer.tick?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(shown.at(-1)).toEqual({ today: 2, overdue: 0 });
    counter.stop();
    expect(timer.tick).toBeNull();
  });
});
