import { eq } from 'drizzle-orm';
import { notFound } from '../../db/errors';
import type { CaseportDb } from '../../db/open';
import { deadlines } from '../../db/schema';
import type { DeadlineExplanationView, ExplanationMessage } from '../contract';
import { adjustmentMessage, rollForwardMessage } from '../domain/deadlines';
import { computeOrFail, engineRequest, firmDeadlinePolicy } from './deadline-truth';

/**
 * "Why this date?": recomputes the stored deadline with the engine through the very request the
 * write paths store from (deadline-truth.ts), and flattens the explanation into messages the
 * renderer translates. Recomputing instead of storing the text means a corrected holiday table
 * shows up at once; `storedDate` is sent beside it so the panel can say when the two differ.
 */
export function explainDeadline(db: CaseportDb, id: number): DeadlineExplanationView {
  const row = db.select().from(deadlines).where(eq(deadlines.id, id)).get();
  if (!row) throw notFound('Deadline', id);
  const isRule = row.origin === 'rule' && row.ruleId !== null;
  // Exempt people never get a row (events.ts skips them), so a stored one cannot be exempt.
  const outcome = computeOrFail(engineRequest(row, firmDeadlinePolicy(db)), `Deadline ${id}`);
  const e = outcome.explanation;
  const message = (m: ExplanationMessage): ExplanationMessage =>
    m.values ? { key: m.key, values: m.values } : { key: m.key };
  return {
    deadlineId: row.id,
    origin: row.origin,
    title: message(e.title),
    source: isRule ? message(e.source) : null,
    inputs: Object.entries(e.inputs).map(([name, value]) => ({
      labelKey: `deadlineExplain.inputs.${name}`,
      value,
    })),
    steps: e.steps.map(message),
    candidates: e.candidates.map((c) => ({
      labelKey: c.labelKey,
      date: c.date,
      bound: c.input === e.boundBy,
    })),
    rawDate: e.rawDate,
    rollForward: message(rollForwardMessage(e.rollForward)),
    adjustments: e.adjustments.map((a) => message(adjustmentMessage(a))),
    computedDate: e.computedDate,
    override: e.override,
    overrideLater: e.override !== null && e.override.date > e.computedDate,
    finalDate: e.finalDate,
    storedDate: row.dueOn,
    policy: e.rollForward.policy,
    policyChosen: row.rollForwardChosen,
    opensOn: outcome.opensOn,
    notes: e.notes.map(message),
  };
}
