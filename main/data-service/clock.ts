/**
 * The service's clock. The app runs on the computer's clock; the preview can start from a fixed
 * instant (`--clock`) and run on from there, so tests see a chosen "today" while time still
 * passes (countdowns tick, timestamps stay in order).
 */
export function serviceClock(startMs?: number, real: () => number = Date.now): () => Date {
  if (startMs === undefined) return () => new Date(real());
  const offset = startMs - real();
  return () => new Date(real() + offset);
}
