import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../../db/migrate';
import type { Envelope } from '../../../main/contract';
import { handlers } from '../../../main/data-service/handlers';
import type { WorkerToHost } from '../../../main/data-service/protocol';
import { DataService } from '../../../main/data-service/service';
import { createLogger } from '../../../main/logging/logger';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const open: DataService[] = [];
afterEach(() => {
  for (const service of open.splice(0)) service.close();
});

function startService(overrides: Partial<typeof handlers> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-service-'));
  const posted: WorkerToHost[] = [];
  const lines: string[] = [];
  const service = DataService.start({
    role: 'primary',
    options: {
      workerFile: '',
      dataDir,
      migrationsFolder: migrationsFolder(repoRoot),
      appVersion: 'test',
      clockOffsetMs: Date.parse('2026-03-16T14:00:00Z') - Date.now(),
      logFile: path.join(dataDir, 'logs', 'caseport.log'),
      reminders: false,
    },
    post: (message) => posted.push(message),
    log: createLogger('test', (line) => lines.push(line)),
    handlers: { ...handlers, ...overrides },
  });
  if (!service) throw new Error('service did not start');
  open.push(service);
  let next = 1;
  const invoke = async (channel: string, payload: unknown): Promise<Envelope<unknown>> => {
    const id = next++;
    await service.handle({ type: 'request', id, channel, payload });
    const reply = posted.find((m) => m.type === 'reply' && m.id === id);
    if (reply?.type !== 'reply') throw new Error('no reply');
    return reply.envelope;
  };
  return { service, invoke, posted, lines };
}

describe('data service', () => {
  it('answers on the injected clock and says it is ready', async () => {
    const { posted, service } = startService();
    expect(posted[0]).toMatchObject({ type: 'ready' });
    expect(service.ctx.now().toISOString().slice(0, 10)).toBe('2026-03-16');
  });

  it('logs a failed channel by name and code, never the personal text in the error', async () => {
    const secret = 'Zanzibar Quokka, passport XQ9912345, born 1961-07-14';
    const { invoke, lines } = startService({
      'clients.get': () => {
        throw new Error(`Could not read ${secret}`);
      },
    });
    const failed = await invoke('clients.get', { id: 1 });
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(failed)).not.toContain('Zanzibar');
    const log = lines.join('');
    expect(log).toContain('"event":"channel-failed"');
    expect(log).toContain('"channel":"clients.get"');
    for (const part of ['Zanzibar', 'Quokka', 'XQ9912345', '1961-07-14']) expect(log).not.toContain(part);

    // The support summary lists the failure by channel and code.
    const diagnostics = await invoke('app.diagnostics', {});
    expect(diagnostics).toMatchObject({
      ok: true,
      value: { appVersion: 'test', recentErrors: [{ channel: 'clients.get', code: 'INTERNAL' }] },
    });
    expect(JSON.stringify(diagnostics)).not.toContain('Zanzibar');
  });

  it('refuses a damaged request without crashing and keeps answering', async () => {
    const { invoke } = startService();
    expect(await invoke(42 as unknown as string, null)).toMatchObject({ ok: false });
    expect(await invoke('app.info', {})).toMatchObject({ ok: true });
  });
});

describe('the log file', () => {
  it('never creates a missing data folder (a USB disk not plugged in stays "missing")', async () => {
    const { openLogFile } = await import('../../../main/logging/log-file');
    // The folder and its parent are gone, as on an unplugged drive.
    const missing = path.join(os.tmpdir(), `caseport-missing-${Date.now()}`, 'data');
    const log = openLogFile(missing);
    log.write('{"event":"test"}');
    await log.close();
    expect(fs.existsSync(missing)).toBe(false);
    expect(log.file.startsWith(path.join(os.tmpdir(), 'caseport-logs'))).toBe(true);
  });
});
