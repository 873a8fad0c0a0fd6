/**
 * Where Caseport keeps its data. The Electron shell passes its `userData` folder; the
 * preview server and tests pass their own. `CASEPORT_DATA_DIR` always wins, so a test or
 * a support session can point the app at a copy without touching the real files.
 */
export function resolveDataDir(fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.CASEPORT_DATA_DIR?.trim();
  return override ? override : fallback;
}
