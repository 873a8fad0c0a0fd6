import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type {
  Application,
  DeadlineExplanationView,
  EventResult,
  ExplanationMessage,
} from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { translateMessage } from '../../../renderer/features/deadlines/messages';
import { en } from '../../../renderer/i18n/catalogue';
import { createGraceFamily } from '../support/grace-family';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

/**
 * "Why this date?" crosses the process boundary as keys and values; the renderer turns them into
 * sentences. Every message the engine sends must find its text and fill every placeholder.
 */
let database: OpenedDatabase;
let ctx: ApiContext;
const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false } });
  database = openTestDatabase();
  ctx = testContext(database, steppingClock('2026-03-01T12:00:00.000Z'));
  await setUpFirm(ctx);
});
afterAll(() => database.sqlite.close());

function sentences(view: DeadlineExplanationView): string[] {
  const messages: ExplanationMessage[] = [view.title, ...(view.source ? [view.source] : [])];
  messages.push(...view.steps, view.rollForward, ...view.adjustments, ...view.notes);
  return messages.map((m) => translateMessage(t.t, m, 'en'));
}

describe('explanations read as sentences', () => {
  it('a mailed paper RFE moved off Independence Day, and a grace period cut by the I-94', async () => {
    const f = await createGraceFamily(ctx);
    const application = await ok<Application>(
      dispatch(ctx, 'applications.create', { clientId: f.principal.id, typeId: f.owp.id }),
    );
    const rfe = await ok<EventResult>(
      dispatch(ctx, 'events.record', {
        clientId: f.principal.id,
        kind: 'rfe-received',
        applicationId: application.id,
        occurredOn: '2026-04-08',
        responseDays: 90,
        mailed: true,
        filing: 'paper',
      }),
    );
    const grace = await ok<EventResult>(
      dispatch(ctx, 'events.record', {
        clientId: f.principal.id,
        kind: 'employment-ended',
        occurredOn: '2026-03-10',
      }),
    );
    const texts: string[] = [];
    for (const d of [...rfe.deadlines, ...grace.deadlines]) {
      texts.push(
        ...sentences(await ok<DeadlineExplanationView>(dispatch(ctx, 'deadlines.explain', { id: d.id }))),
      );
    }
    for (const text of texts) {
      expect(text).not.toMatch(/\{\{|deadlineExplain\.|deadlineRules\.|deadlineHolidays\./);
    }
    expect(texts).toContain('The notice gives 90 days; at most 84 days count');
    expect(texts).toContain('Notice served by mail: Jul 1, 2026 + 3 days = Jul 4, 2026');
    expect(texts.some((s) => /^Jul 4, 2026 is Independence Day.*moves to Jul 5, 2026$/.test(s))).toBe(true);
    expect(texts).toContain('The earliest date is I-94 date: Apr 10, 2026');
  });
});
