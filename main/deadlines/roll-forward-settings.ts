import { readRollForwardDefaults, writeRollForwardDefaults } from '../../db/deadlines/roll-forward-defaults';
import type { CaseportDb } from '../../db/open';
import type { Writer } from '../../db/writer';
import { FIRM_DEFAULT_RULES, type ParsedInput, type RollForwardDefaults } from '../contract';
import type { ApiContext } from '../data-service/context';
import { read, write } from '../data-service/transaction';
import { BUILT_IN_ROLL_FORWARD } from '../domain/deadlines/roll-forward-defaults';
import { recomputeAffectedDeadlines } from './recompute';

/**
 * Settings -> Weekends and holidays: the firm's roll-forward per rule, beside the built-in one
 * and its reason. Saving recomputes, in the same transaction, every open deadline that follows
 * the default of a changed rule, so no screen keeps a date the rules no longer give.
 */
function view(defaults: ReturnType<typeof readRollForwardDefaults>, recomputed: number): RollForwardDefaults {
  return {
    rules: FIRM_DEFAULT_RULES.map((ruleId) => ({
      ruleId,
      policy: defaults[ruleId] ?? BUILT_IN_ROLL_FORWARD[ruleId].policy,
      builtIn: BUILT_IN_ROLL_FORWARD[ruleId].policy,
      reasonKey: BUILT_IN_ROLL_FORWARD[ruleId].reasonKey,
    })),
    recomputed,
  };
}

export function rollForwardDefaultsHandler(ctx: ApiContext): RollForwardDefaults {
  return read(ctx, (tx) => view(readRollForwardDefaults(tx), 0));
}

export function updateRollForwardDefaultsHandler(
  ctx: ApiContext,
  { defaults }: ParsedInput<'deadlines.updateRollForwardDefaults'>,
): RollForwardDefaults {
  return write(ctx, (tx, writer) => {
    const before = view(readRollForwardDefaults(tx), 0).rules;
    const after = writeRollForwardDefaults(tx, writer, defaults);
    const changed = view(after, 0)
      .rules.filter((rule, i) => rule.policy !== before[i]?.policy)
      .map((rule) => rule.ruleId);
    const moved = recomputeAffectedDeadlines(
      tx,
      writer,
      { rules: changed, caFederal: false },
      'firm default changed',
    );
    return view(after, moved);
  });
}

/** The firm's province decides which provincial holidays count: Canadian-rolled dates follow it. */
export function recomputeForProvince(tx: CaseportDb, writer: Writer): number {
  return recomputeAffectedDeadlines(tx, writer, { rules: [], caFederal: true }, 'firm province changed');
}
