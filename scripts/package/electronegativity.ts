/**
 * Static security scan of the Electron shell with @doyensec/electronegativity. The tool exits 0
 * whatever it finds, so its findings are read here and any HIGH or MEDIUM one that is not in
 * electronegativity-allowlist.json (with a reason) fails. Its result objects are read through its
 * programmatic runner: the CLI's CSV is written by two racing asynchronous writes (rows get cut)
 * and its SARIF carries no severity.
 *
 * Scanned: main/ (shell, preload, everything the main process bundles) and renderer/index.html
 * (where the page's CSP meta tag lives). The check that downloads Electron's release list is left
 * out: it needs the network, and the Electron version is pinned in package.json and updated
 * deliberately.
 *
 * CLI: `npx tsx scripts/package/electronegativity.ts` prints the findings and exits 1 on any
 * unexplained one.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  sample: string;
}

export interface Accepted {
  id: string;
  file: string;
  reason: string;
}

interface RawIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location?: { line?: number };
  sample?: string;
}

type Runner = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{ issues: RawIssue[]; errors: unknown[] }>;

const allowlistSchema = z.object({
  accepted: z.array(
    z.strictObject({
      id: z.string().min(1),
      file: z.string().min(1),
      reason: z.string().trim().min(40, 'say why the finding is safe, in a sentence or more'),
    }),
  ),
});

export function readAllowlist(file: string): Accepted[] {
  return allowlistSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).accepted;
}

/** Copies what is scanned into a temporary tree, so nothing else in the repository is read. */
export function stageShell(projectDir: string, into: string): void {
  fs.cpSync(path.join(projectDir, 'main'), path.join(into, 'main'), { recursive: true });
  fs.mkdirSync(path.join(into, 'renderer'), { recursive: true });
  fs.copyFileSync(path.join(projectDir, 'renderer', 'index.html'), path.join(into, 'renderer', 'index.html'));
}

export async function scan(input: string, electronVersion: string): Promise<Finding[]> {
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity/dist/runner.js') as Runner;
  const result = await run(
    {
      input,
      isRelative: true,
      electronVersionOverride: electronVersion,
      isVerbose: false,
      customScan: [],
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      parserPlugins: [],
    },
    false,
  );
  if (result.errors.length > 0)
    throw new Error(`electronegativity could not parse: ${JSON.stringify(result.errors)}`);
  return result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file.split(path.sep).join('/'),
    line: issue.location?.line ?? 0,
    sample: issue.sample ?? '',
  }));
}

/** HIGH and MEDIUM findings that no accepted entry (same check, same file) explains. */
export function unexplained(findings: readonly Finding[], accepted: readonly Accepted[]): Finding[] {
  return findings.filter(
    (f) =>
      (f.severity === 'HIGH' || f.severity === 'MEDIUM') &&
      !accepted.some((a) => a.id === f.id && a.file === f.file),
  );
}

export async function scanProject(projectDir: string): Promise<Finding[]> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-scan-'));
  try {
    stageShell(projectDir, staging);
    const electron = JSON.parse(
      fs.readFileSync(path.join(projectDir, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ) as { version: string };
    return await scan(staging, electron.version);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

const invokedDirectly =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (invokedDirectly) {
  const projectDir = path.resolve(import.meta.dirname, '..', '..');
  const findings = await scanProject(projectDir);
  const open = unexplained(
    findings,
    readAllowlist(path.join(import.meta.dirname, 'electronegativity-allowlist.json')),
  );
  for (const f of findings) console.log(`${f.severity}\t${f.id}\t${f.file}:${f.line}\t${f.sample}`);
  console.log(
    open.length === 0 ? 'No unexplained HIGH or MEDIUM finding.' : `${open.length} unexplained finding(s).`,
  );
  process.exitCode = open.length === 0 ? 0 : 1;
}
