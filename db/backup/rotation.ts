/**
 * Which backups to keep. The DAILY backups follow grandfather-father-son, as backup tools do:
 * the newest of each of the last `keepDaily` days that have one and the newest of each of the
 * last `keepMonthly` months. Backups a person asked for or that guard a risky step are a
 * different matter and never eaten by that rule: the newest MANUAL_KEPT manual copies and the
 * newest SAFETY_KEPT of each safety kind (before a restore, before an update) are kept.
 * The newest backup of all and any `protect`ed name are always kept. Days and months are UTC so
 * the choice does not move with the computer's time zone.
 */
export interface RotationCandidate {
  name: string;
  kind: string;
  createdAt: string;
}

export interface RotationRules {
  keepDaily: number;
  keepMonthly: number;
}

export const MANUAL_KEPT = 10;
export const SAFETY_KEPT = 5;

export function backupsToPrune(
  backups: RotationCandidate[],
  { keepDaily, keepMonthly }: RotationRules,
  protect: string[] = [],
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>(protect);
  const newest = newestFirst[0];
  if (newest) keep.add(newest.name);
  const days = new Set<string>();
  const months = new Set<string>();
  const perKind = new Map<string, number>();
  for (const backup of newestFirst) {
    if (backup.kind !== 'daily') {
      const seen = perKind.get(backup.kind) ?? 0;
      if (seen < (backup.kind === 'manual' ? MANUAL_KEPT : SAFETY_KEPT)) keep.add(backup.name);
      perKind.set(backup.kind, seen + 1);
      continue;
    }
    const day = backup.createdAt.slice(0, 10);
    const month = backup.createdAt.slice(0, 7);
    if (!days.has(day) && days.size < keepDaily) {
      days.add(day);
      keep.add(backup.name);
    }
    if (!months.has(month) && months.size < keepMonthly) {
      months.add(month);
      keep.add(backup.name);
    }
  }
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}
