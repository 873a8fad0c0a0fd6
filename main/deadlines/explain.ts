import { eq } from 'drizzle-orm';
import { notFound, RecordError } from '../../db/errors';
import type { CaseportDb } from '../../db/open';
import { deadlines } from '../../db/schema';
import { readSettings } from '../../db/users/queries';
import type { DeadlineExplanationView, ExplanationMessage } from '../contract';
import {
  adjustmentMessage,
  CANADIAN_PROVINCES,
  type CanadianProvince,
  computeDeadline,
  type RollForwardChoice,
  rollForwardMessage,
} from '../domain/deadlines';

/**
 * "Why this date?": recomputes the stored deadline with the engine (same rule, inputs,
 * roll-forward and override as the row) and flattens the explanation into messages the
 * renderer translates. Recomputing instead of storing the text means a corrected holiday
 * table or rule shows up at once; the stored date and the audit trail say what was shown before.
 */
type DeadlineRow = typeof deadlines.$inferSelect;

function rollForwardOf(db: CaseportDb, row: DeadlineRow): RollForwardChoice {
  if (row.rollForward !== 'ca-federal') return row.rollForward;
  // Interpretation Act s.35: the firm's province adds its non-juridical days.
  const { province } = readSettings(db);
  const known = (CANADIAN_PROVINCES as readonly string[]).includes(province);
  return { policy: 'ca-federal', province: known ? (province as CanadianProvince) : null };
}

export function explainDeadline(db: CaseportDb, id: number): DeadlineExplanationView {
  const row = db.select().from(deadlines).where(eq(deadlines.id, id)).get();
  if (!row) throw notFound('Deadline', id);
  const isRule = row.origin === 'rule' && row.ruleId !== null;
  const result = computeDeadline({
    ruleId: isRule ? (row.ruleId as string) : 'manual',
    inputs: isRule ? row.ruleInputs : { kind: row.kind, dueOn: row.dueOn },
    rollForward: rollForwardOf(db, row),
    override: isRule && row.computedDueOn !== null ? { date: row.dueOn, reason: row.overrideReason } : null,
  });
  if (!result.ok) {
    throw new RecordError('invalid', `Deadline ${id} cannot be explained: ${result.error.key}`, {
      id: result.error.key,
    });
  }
  const outcome = result.value;
  if (outcome.outcome !== 'deadline') {
    // Exempt people never get a row (events.ts skips them), so a stored one cannot be exempt.
    throw new RecordError('invalid', `Deadline ${id} is exempt under its rule.`, { id: outcome.reason.key });
  }
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
    finalDate: e.finalDate,
    opensOn: outcome.opensOn,
    notes: e.notes.map(message),
  };
}
