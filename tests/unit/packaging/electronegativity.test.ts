import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readAllowlist,
  scan,
  scanProject,
  stageShell,
  unexplained,
} from '../../../scripts/package/electronegativity';

const projectDir = path.resolve(import.meta.dirname, '..', '..', '..');
const allowlistFile = path.join(projectDir, 'scripts', 'package', 'electronegativity-allowlist.json');
const staged: string[] = [];
afterAll(() => {
  for (const dir of staged) fs.rmSync(dir, { recursive: true, force: true });
});

describe('electronegativity scan of the shell', () => {
  it('finds no HIGH or MEDIUM issue that is not accepted with a reason', async () => {
    const findings = await scanProject(projectDir);
    expect(unexplained(findings, readAllowlist(allowlistFile))).toEqual([]);
  }, 60_000);

  it('fails on a planted window without sandbox or context isolation', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-scan-test-'));
    staged.push(dir);
    stageShell(projectDir, dir);
    const window = path.join(dir, 'main', 'window.ts');
    fs.writeFileSync(
      window,
      fs
        .readFileSync(window, 'utf8')
        .replace('sandbox: true', 'sandbox: false')
        .replace('contextIsolation: true', 'contextIsolation: false'),
    );
    const open = unexplained(await scan(dir, '45.4.1'), readAllowlist(allowlistFile));
    expect(open.map((f) => `${f.id} ${f.file}`)).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK main/window.ts',
        'SANDBOX_JS_CHECK main/window.ts',
      ]),
    );
  }, 60_000);

  it('refuses an allowlist entry without a real reason', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-allow-')), 'allow.json');
    staged.push(path.dirname(file));
    fs.writeFileSync(
      file,
      JSON.stringify({ accepted: [{ id: 'PRELOAD_JS_CHECK', file: 'main/window.ts', reason: 'ok' }] }),
    );
    expect(() => readAllowlist(file)).toThrow(/say why the finding is safe/);
  });
});
