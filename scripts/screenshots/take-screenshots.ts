/**
 * Screenshots of the main screens in English and French, light and dark, for the README and for
 * review: `npm run build:renderer && npm run build:preview && npx tsx scripts/screenshots/take-screenshots.ts [outDir]`.
 *
 * Runs the browser preview on a fresh, seeded data folder at a fixed instant (Monday 16 March
 * 2026, 10:00 in Toronto) so two runs give the same pictures, and drives Debian's Chromium
 * (/usr/bin/chromium) where present through Playwright. Writes <screen>-<locale>-<theme>.png.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { mainScreens, seedFirm } from '../../tests/e2e/seed-firm';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'docs', 'screenshots'));
const clock = '2026-03-16T14:00:00Z';
const locales = ['en-CA', 'fr-CA'] as const;
const themes = ['light', 'dark'] as const;

function startPreview(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const server = path.join(repoRoot, 'dist', 'preview', 'server.mjs');
  if (!fs.existsSync(server)) throw new Error('Build first: npm run build:renderer && npm run build:preview');
  const child = spawn(process.execPath, [server, '--port', '0', '--clock', clock], {
    cwd: repoRoot,
    env: { ...process.env, CASEPORT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => /^http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(l.trim()));
      if (line) {
        clearTimeout(timer);
        resolve({ url: line.trim(), child });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}:\n${output}`)));
  });
}

async function invoke(page: Page, channel: string, input: unknown): Promise<void> {
  const error = await page.evaluate(
    async ([name, payload]) => {
      const result = (await window.caseport?.invoke(name as never, payload as never)) as {
        ok: boolean;
        error?: { message: string };
      };
      return result.ok ? null : (result.error?.message ?? 'failed');
    },
    [channel, input] as const,
  );
  if (error) throw new Error(`${channel}: ${error}`);
}

async function main(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-screenshots-'));
  const preview = await startPreview(dataDir);
  const debianChromium = '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: fs.existsSync(debianChromium) ? debianChromium : undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-CA' });
    await page.clock.install({ time: new Date(clock) });
    // tsx keeps function names with an __name() helper that page.evaluate'd code would lack.
    await page.addInitScript('window.__name = (fn) => fn');
    await page.goto(preview.url);
    await invoke(page, 'setup.complete', {
      firmName: 'Maple Immigration LLP',
      timeZone: 'America/Toronto',
      province: 'ON',
      user: { displayName: 'Priya Sharma', initials: 'PS', role: 'lawyer' },
    });
    const firm = await seedFirm(page);
    let written = 0;
    for (const locale of locales) {
      for (const theme of themes) {
        await invoke(page, 'preferences.update', { locale, theme });
        await page.reload();
        await page.locator('main h1').first().waitFor();
        for (const screen of mainScreens) {
          await page.evaluate((hash) => {
            window.location.hash = hash;
          }, screen.hash(firm));
          await page.locator('main h1').first().waitFor();
          await page.waitForFunction(
            () =>
              !document.querySelector('main [role="status"]')?.textContent?.match(/^(Loading…|Chargement…)$/),
          );
          // Toasts and the caret are noise in a picture.
          await page.mouse.move(0, 0);
          const file = path.join(outDir, `${screen.name}-${locale}-${theme}.png`);
          await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
          written++;
        }
      }
    }
    console.log(`${written} screenshots in ${path.relative(process.cwd(), outDir) || '.'}`);
  } finally {
    await browser.close();
    preview.child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
