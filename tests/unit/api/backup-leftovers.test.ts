import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { DataService } from '../../../main/data-service/service';
import { createLogger } from '../../../main/logging/logger';
import { realMigrations, tempDir } from '../support/test-database';

/**
 * A backup interrupted by a crash leaves a plaintext copy of the practice in the data folder and
 * a half-written backup in the backup folder. The next start removes them (a half-written backup
 * only once a day old: another laptop sharing the folder may be writing it now).
 */
const running: DataService[] = [];
afterEach(() => {
  for (const service of running.splice(0)) service.close();
});

function start(dataDir: string, at: string): DataService {
  const service = DataService.start({
    role: 'primary',
    options: {
      workerFile: '',
      dataDir,
      migrationsFolder: realMigrations,
      appVersion: 'test',
      clockOffsetMs: Date.parse(at) - Date.now(),
      logFile: path.join(dataDir, 'logs', 'caseport.log'),
      reminders: false,
    },
    post: () => {},
    log: createLogger('test', () => {}),
  });
  if (!service) throw new Error('service did not start');
  running.push(service);
  return service;
}

it('removes what an interrupted backup left behind at the next start', () => {
  const dataDir = tempDir();
  start(dataDir, '2026-03-16T14:00:00Z').close();
  running.length = 0;

  const working = path.join(dataDir, '.backup-in-progress-4242-0a1b2c3d.sqlite');
  fs.writeFileSync(working, 'Strozzapreti, Wilhelmina LG4471902');
  const backups = path.join(dataDir, 'backups');
  fs.mkdirSync(backups, { recursive: true });
  const deadPartial = path.join(backups, 'caseport-manual-20260314T100000000Z.sqlite.partial');
  const livePartial = path.join(backups, 'caseport-manual-20260316T135900000Z.sqlite.partial');
  const unrelated = path.join(backups, 'notes.txt');
  for (const file of [deadPartial, livePartial, unrelated]) fs.writeFileSync(file, 'x');
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  fs.utimesSync(deadPartial, twoDaysAgo, twoDaysAgo);

  start(dataDir, new Date().toISOString());
  expect(fs.existsSync(working)).toBe(false);
  expect(fs.existsSync(deadPartial)).toBe(false);
  expect(fs.existsSync(livePartial)).toBe(true);
  expect(fs.existsSync(unrelated)).toBe(true);
});
