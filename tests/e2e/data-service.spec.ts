import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Papa from 'papaparse';
import { generateImportCsv } from '../../scripts/data/import-csv';
import { expect, test } from './fixtures';

// The data service is a worker thread; long commands run in its background worker on their own
// connection. Driven here through the real preview server (the same forwarding Electron does).
test.use({ clock: '2026-03-16T14:00:00Z' });

interface Envelope {
  ok: boolean;
  value?: Record<string, unknown>;
  error?: { code: string; message: string };
}

test('a 10,000-row import commits while other calls keep being answered', async ({ preview, request }) => {
  test.setTimeout(180_000);
  const url = new URL(preview.url);
  const token = url.searchParams.get('token') ?? '';
  const invoke = async (channel: string, payload: unknown): Promise<Envelope> => {
    const response = await request.post(`${url.origin}/__preview/invoke`, {
      headers: { 'x-caseport-token': token },
      data: { channel, payload },
    });
    return (await response.json()) as Envelope;
  };

  const setup = await invoke('setup.complete', {
    firmName: 'Maple Immigration LLP',
    timeZone: 'America/Toronto',
    user: { displayName: 'Priya Sharma', initials: 'PS', role: 'lawyer' },
  });
  expect(setup.ok).toBe(true);
  const [header = [], ...lines] = Papa.parse<string[]>(generateImportCsv(10_000), {
    skipEmptyLines: true,
  }).data;
  const begin = await invoke('imports.begin', { fileName: 'families.csv', header });
  const batchId = begin.value?.batchId;
  for (let start = 0; start < lines.length; start += 1000) {
    const rows = lines.slice(start, start + 1000).map((cells, i) => ({ rowNumber: start + i + 2, cells }));
    expect((await invoke('imports.addRows', { batchId, rows })).ok).toBe(true);
  }

  let committed = false;
  const commit = invoke('imports.commit', { batchId, mode: 'all-or-nothing' }).then((envelope) => {
    committed = true;
    return envelope;
  });
  const answeredDuringCommit: number[] = [];
  while (!committed) {
    const asked = Date.now();
    const list = await invoke('clients.list', { limit: 50 });
    expect(list.ok).toBe(true);
    if (!committed) answeredDuringCommit.push(Date.now() - asked);
  }
  const result = await commit;
  expect(result.error).toBeUndefined();
  expect(result.value?.familiesCreated).toBe(2501);
  expect(result.value?.peopleCreated).toBe(10_000);
  // Another channel answered while the commit held its transaction on the other connection.
  expect(answeredDuringCommit.length).toBeGreaterThan(0);

  // And the new families are there for everyone afterwards.
  const after = await invoke('clients.list', { limit: 1 });
  expect(after.value?.total).toBe(2501);
});

test('the log names channels and codes, never what a person typed', async ({ preview, request }) => {
  const url = new URL(preview.url);
  const token = url.searchParams.get('token') ?? '';
  const invoke = async (channel: string, payload: unknown): Promise<Envelope> =>
    (await (
      await request.post(`${url.origin}/__preview/invoke`, {
        headers: { 'x-caseport-token': token },
        data: { channel, payload },
      })
    ).json()) as Envelope;

  const secrets = ['Zanzibar-Quokka', 'Xq9Passport77', '1961-07-14', 'Lives on Walnut Lane'];
  await invoke('setup.complete', {
    firmName: 'Maple Immigration LLP',
    timeZone: 'America/Toronto',
    user: { displayName: 'Priya Sharma', initials: 'PS', role: 'lawyer' },
  });
  const csv = Papa.unparse({
    fields: [
      'Family',
      'Relationship',
      'Given names',
      'Surname',
      'Date of birth',
      'Passport number',
      'Passport country',
    ],
    data: [['F1', 'principal', 'Ines', secrets[0] ?? '', secrets[2] ?? '', secrets[1] ?? '', 'IN']],
  });
  const [header = [], ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const begin = await invoke('imports.begin', { fileName: `${secrets[0]}.csv`, header });
  await invoke('imports.addRows', {
    batchId: begin.value?.batchId,
    rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
  });
  const imported = await invoke('imports.commit', { batchId: begin.value?.batchId, mode: 'all-or-nothing' });
  expect(imported.ok).toBe(true);
  // Failing commands: bad input, and a record that does not exist, both carrying personal text.
  const refused = await invoke('clients.create', { givenNames: secrets[3], familyName: 42 });
  expect(refused.ok).toBe(false);
  const missing = await invoke('clients.update', { id: 999_999, version: 1, notes: secrets[3] });
  expect(missing.ok).toBe(false);

  // The slow import above logs at least its timing; make sure the file exists and has lines.
  const logFile = path.join(preview.dataDir, 'logs', 'caseport.log');
  await expect.poll(() => fs.existsSync(logFile) && fs.readFileSync(logFile, 'utf8').length > 0).toBe(true);
  const log = fs.readFileSync(logFile, 'utf8');
  for (const secret of secrets) expect(log).not.toContain(secret);
  expect(log).toContain('"event":"service-started"');
});

/** One raw HTTP request, exactly as written (a browser or client library would tidy the path). */
function rawRequest(origin: string, requestLine: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`${requestLine}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
    });
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

test('odd or tokenless requests get a refusal and the preview keeps serving', async ({ preview }) => {
  const { origin } = new URL(preview.url);
  for (const line of [
    'GET // HTTP/1.1',
    'GET //etc/passwd HTTP/1.1',
    'GET /../../etc/passwd HTTP/1.1',
    'POST /__preview/invoke HTTP/1.1',
    'GET /__preview/events HTTP/1.1',
  ]) {
    const status = await rawRequest(origin, line);
    expect(status, line).toMatch(/^HTTP\/1\.1 4\d\d /);
  }
  // Still alive, and still answering the page that holds the token.
  const again = await rawRequest(origin, 'GET /index.html HTTP/1.1');
  expect(again).toMatch(/^HTTP\/1\.1 (200|30\d|403) /);
});

test('the first screen asks the server for nothing that is missing (icon included)', async ({
  page,
  preview,
}) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Set up Caseport' })).toBeVisible();
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /\.svg$/);
  expect(missing).toEqual([]);
});
