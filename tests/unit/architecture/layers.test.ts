import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The layering promise (contract <- domain <- db <- use cases <- shell) is checked by
// dependency-cruiser in `npm run lint`. These tests plant a violation in a real folder and run the
// same command, so a rule that silently stopped matching would fail here.
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const depcruise = path.join(root, 'node_modules', '.bin', 'depcruise');
const planted: string[] = [];

function plant(relative: string, source: string): void {
  const file = path.join(root, relative);
  fs.writeFileSync(file, source);
  planted.push(file);
}

function cruise(...folders: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(
      depcruise,
      [...folders, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    return { ok: true, output };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

afterEach(() => {
  for (const file of planted.splice(0)) fs.rmSync(file, { force: true });
});

describe('layer rules', () => {
  it('passes on the tree as it is, with no cycles', () => {
    const result = cruise('main', 'db', 'renderer', 'scripts');
    expect(result.output).toContain('no dependency violations');
    expect(result.ok).toBe(true);
  }, 60_000);

  it('refuses db/ calling the deadline engine', () => {
    plant(
      'db/zz-planted-engine-call.ts',
      "import { computeDeadline } from '../main/domain/deadlines';\nexport const planted = computeDeadline;\n",
    );
    const result = cruise('db', 'main/domain', 'main/contract');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('db-is-storage');
  }, 60_000);

  it('refuses an import cycle', () => {
    plant('db/zz-planted-a.ts', "import { b } from './zz-planted-b';\nexport const a = () => b;\n");
    plant('db/zz-planted-b.ts', "import { a } from './zz-planted-a';\nexport const b = () => a;\n");
    const result = cruise('db', 'main/contract');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('no-cycles');
  }, 60_000);

  it('refuses the renderer reaching into db/', () => {
    plant(
      'renderer/zz-planted-db.ts',
      "import { openDatabase } from '../db/open';\nexport const planted = openDatabase;\n",
    );
    const result = cruise('renderer', 'db', 'main/contract');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('renderer-talks-through-contract');
  }, 60_000);
});
