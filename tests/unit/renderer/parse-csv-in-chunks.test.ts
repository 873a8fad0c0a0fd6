import { describe, expect, it } from 'vitest';
import {
  type CsvRow,
  parseCsvInChunks,
  readCsvSample,
} from '../../../renderer/features/imports/parseCsvInChunks';

function peopleCsv(count: number): string {
  const lines = ['Family key,Relationship,Given names,Notes'];
  for (let i = 1; i <= count; i += 1) lines.push(`F${i},principal,Person ${i},"note ${i}, with comma"`);
  return `${lines.join('\r\n')}\r\n`;
}

async function collect(text: string, batchSize: number, chunkSize: number) {
  const batches: CsvRow[][] = [];
  const progress: number[] = [];
  const result = await parseCsvInChunks(text, {
    delimiter: ',',
    batchSize,
    chunkSize,
    onBatch: async (rows, p) => {
      batches.push(rows);
      progress.push(p.charsRead / p.totalChars);
    },
  });
  return { batches, progress, result, rows: batches.flat() };
}

describe('readCsvSample', () => {
  it('returns the header without a byte order mark and the first rows with spreadsheet row numbers', () => {
    const sample = readCsvSample('\uFEFFFamily key;Given names\n\nF1;Ana\nF2;Ben\nF3;Chen\n', 2);
    expect(sample.header).toEqual(['Family key', 'Given names']);
    expect(sample.delimiter).toBe(';');
    expect(sample.rows).toEqual([
      { rowNumber: 3, cells: ['F1', 'Ana'] },
      { rowNumber: 4, cells: ['F2', 'Ben'] },
    ]);
  });

  it('refuses a file without a header line', () => {
    expect(() => readCsvSample('\n\n')).toThrow();
  });
});

describe('parseCsvInChunks', () => {
  it('sends every row once, in order, in batches no bigger than asked, across small chunks', async () => {
    const { batches, rows, result } = await collect(peopleCsv(2_345), 500, 1_000);
    expect(result.rowsRead).toBe(2_345);
    expect(batches.map((b) => b.length)).toEqual([500, 500, 500, 500, 345]);
    expect(rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 2_345 }, (_, i) => i + 2));
    expect(rows[2_344]?.cells).toEqual(['F2345', 'principal', 'Person 2345', 'note 2345, with comma']);
  });

  it('keeps quoted line breaks inside one cell even when a chunk boundary falls in them', async () => {
    const text = 'Key,Notes\nF1,"first line\nsecond line"\n\nF2,plain\n';
    for (let chunkSize = 3; chunkSize < text.length; chunkSize += 4) {
      const { rows } = await collect(text, 10, chunkSize);
      // Row 2 spans two lines of text but is one spreadsheet row; the blank row 3 is counted, not sent.
      expect(rows).toEqual([
        { rowNumber: 2, cells: ['F1', 'first line\nsecond line'] },
        { rowNumber: 4, cells: ['F2', 'plain'] },
      ]);
    }
  });

  it('reports progress that grows to the whole file', async () => {
    const { progress } = await collect(peopleCsv(3_000), 1_000, 8 * 1024);
    expect(progress).toHaveLength(3);
    expect(progress[0]).toBeLessThan(progress[1] ?? 0);
    expect(progress.at(-1)).toBe(1);
  });

  it('lets other work run between chunks (the page does not freeze)', async () => {
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 0);
    try {
      await collect(peopleCsv(5_000), 1_000, 4 * 1024);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(5);
  });

  it('stops at the first failing batch and rejects with its error', async () => {
    let calls = 0;
    const run = parseCsvInChunks(peopleCsv(3_000), {
      delimiter: ',',
      batchSize: 500,
      chunkSize: 2_000,
      onBatch: async () => {
        calls += 1;
        if (calls === 2) throw new Error('refused');
      },
    });
    await expect(run).rejects.toThrow('refused');
    expect(calls).toBe(2);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    let calls = 0;
    const run = parseCsvInChunks(peopleCsv(3_000), {
      delimiter: ',',
      batchSize: 100,
      chunkSize: 2_000,
      signal: controller.signal,
      onBatch: async () => {
        calls += 1;
        if (calls === 3) controller.abort(new Error('cancelled'));
      },
    });
    await expect(run).rejects.toThrow('cancelled');
    expect(calls).toBe(3);
  });
});
