/**
 * Which backups to keep: the newest of each of the last `keepDaily` days that have one, and the
 * newest of each of the last `keepMonthly` months (grandfather-father-son, as backup tools do).
 * The newest backup is always kept. Days and months are UTC so the choice does not move with the
 * computer's time zone.
 */
export interface RotationCandidate {
  name: string;
  createdAt: string;
}

export function backupsToPrune(
  backups: RotationCandidate[],
  { keepDaily, keepMonthly }: { keepDaily: number; keepMonthly: number },
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const newest = newestFirst[0];
  if (newest) keep.add(newest.name);
  const days = new Set<string>();
  const months = new Set<string>();
  for (const backup of newestFirst) {
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
