import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A preview server of the test's own, on a data folder the test prepared (a bad file planted
 * before start, a history altered while it ran), for the specs the shared fixture's server
 * cannot serve. Stopped with SIGTERM, so the data service closes the file as the app would.
 */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every process a test started (previews, lock holders); stopOwnPreviews ends them all. */
export const ownProcesses: ChildProcess[] = [];

export async function stopOwnPreviews(): Promise<void> {
  for (const child of ownProcesses.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}

/** Starts the preview on `dataDir`; resolves with the URL (and its token) it prints. */
export function startPreview(dataDir: string): Promise<string> {
  const child = spawn(process.execPath, ['dist/preview/server.mjs', '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, CASEPORT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  ownProcesses.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`preview did not print a URL:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => /^http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(l.trim()));
      if (line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}:\n${output}`));
    });
  });
}
