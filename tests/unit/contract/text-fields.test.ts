import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type ChannelName, contract, convertImportRow, V } from '../../../main/contract';
import { multiLineText, singleLineText } from '../../../main/contract/validation';
import { en, fr } from '../../../renderer/i18n/catalogue';

/**
 * Every string field of every channel's input schema, found by walking the zod schemas of the
 * contract (a field added tomorrow is checked without being listed here): NUL and a bidi override
 * are refused everywhere, and a line break is refused everywhere except the notes and reasons
 * named below.
 */
type Schema = z.core.$ZodType;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

function def(schema: Schema): Record<string, unknown> & { type: string } {
  return (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
}

/** Whether a value at this position may be a string (through optional, default, pipe, union...). */
function takesString(schema: Schema): boolean {
  const d = def(schema);
  if (d.type === 'string') return true;
  if (WRAPPERS.has(d.type)) return takesString(d.innerType as Schema);
  if (d.type === 'pipe') return takesString(d.in as Schema);
  if (d.type === 'union') return (d.options as Schema[]).some(takesString);
  if (d.type === 'lazy') return takesString((d.getter as () => Schema)());
  return false;
}

/** Each position that takes a string, outermost schema first, named like `members[].override.reason`. */
function stringFields(schema: Schema, path: string, found: Map<string, Schema>): void {
  const d = def(schema);
  if (takesString(schema) && !found.has(path)) found.set(path, schema);
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (WRAPPERS.has(d.type)) stringFields(d.innerType as Schema, path, found);
  else if (d.type === 'pipe') stringFields(d.in as Schema, path, found);
  else if (d.type === 'union') for (const option of d.options as Schema[]) stringFields(option, path, found);
  else if (d.type === 'lazy') stringFields((d.getter as () => Schema)(), path, found);
  else if (d.type === 'object')
    for (const [key, field] of Object.entries(d.shape as Record<string, Schema>))
      stringFields(field, at(key), found);
  else if (d.type === 'array') stringFields(d.element as Schema, `${path}[]`, found);
  else if (d.type === 'record') stringFields(d.valueType as Schema, `${path}{}`, found);
  else if (d.type === 'intersection') {
    stringFields(d.left as Schema, path, found);
    stringFields(d.right as Schema, path, found);
  } else if (d.type === 'tuple') {
    for (const [i, item] of (d.items as Schema[]).entries()) stringFields(item, `${path}[${i}]`, found);
  }
}

const fields: { channel: ChannelName; path: string; schema: Schema }[] = [];
for (const [channel, { input }] of Object.entries(contract)) {
  const found = new Map<string, Schema>();
  stringFields(input as Schema, '', found);
  for (const [path, schema] of found) fields.push({ channel: channel as ChannelName, path, schema });
}

/** Fields where several lines are expected: notes, reasons, a spreadsheet heading that wraps. */
const MULTI_LINE = /[:.](notes|note|reason)$|^imports\.begin:header\[\]$/;
/**
 * Raw CSV cells are not text fields: each row is checked through the same person fields as the
 * forms (convertImportRow below), so a bad cell marks its row instead of refusing the whole file.
 */
const RAW_CELLS = 'imports.addRows:rows[].cells[]';

const parse = (schema: Schema, value: string) =>
  (schema as unknown as { safeParse(v: unknown): z.ZodSafeParseResult<unknown> }).safeParse(value);
const messages = (schema: Schema, value: string) => {
  const result = parse(schema, value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};
/** A value the field takes as it is (names, numbers, folders, long passphrases), if there is one. */
const SAMPLES = ['Abc', 'Ab cd', 'Abcdefghij klmno', '/Volumes/Ab cd'];
const sampleFor = (schema: Schema) => SAMPLES.find((sample) => parse(schema, sample).success);
const inject = (sample: string, character: string) => `${sample.slice(0, 2)}${character}${sample.slice(2)}`;

describe('text fields of every channel', () => {
  it('finds the fields it checks (the walk reaches nested objects, arrays, records and unions)', () => {
    const names = fields.map((field) => `${field.channel}:${field.path}`);
    expect(names.length).toBeGreaterThan(150);
    for (const expected of [
      'users.update:displayName',
      'settings.update:firmName',
      'clients.archive:reason',
      'families.intake:dependants[].statuses[].documentNumber',
      'launchWindows.recordSubmission:members[].override.reason',
      'deadlines.exportIcs:labels.kinds{}',
      'backups.restore:passphrase',
      'recovery.useDataFolder:folder',
      RAW_CELLS,
    ])
      expect(names).toContain(expected);
  });

  const checked = fields.filter((field) => `${field.channel}:${field.path}` !== RAW_CELLS);
  it.each(checked.map((field) => [`${field.channel}:${field.path}`, field] as const))(
    '%s refuses NUL and bidi overrides; line breaks only where notes are written',
    (name, { schema }) => {
      const sample = sampleFor(schema);
      for (const hidden of ['\u0000', '\u202E', '\u2066', '\u001B', '\u007F', '\u0085']) {
        const value = inject(sample ?? 'Ab cd', hidden);
        expect(parse(schema, value).success, `${name} took U+${hidden.charCodeAt(0).toString(16)}`).toBe(
          false,
        );
        // Where the plain sample is taken, the refusal is for the character, with its own message
        // (a key-like field with a strict pattern of its own, e.g. labelKey, says "not valid").
        const said = messages(schema, value);
        if (sample && !said.includes(V.invalid))
          expect(said).toContainEqual(MULTI_LINE.test(name) ? V.hiddenCharacters : V.controlCharacters);
      }
      if (!sample) return; // a format of its own (dates, zones, names of backups): nothing to break
      for (const lineBreak of ['\n', '\r\n', '\t', '\u2028']) {
        const accepted = parse(schema, inject(sample, lineBreak)).success;
        expect(accepted, `${name} with ${JSON.stringify(lineBreak)}`).toBe(MULTI_LINE.test(name));
      }
    },
  );

  it('the multi-line list names only fields that exist (no stale exception)', () => {
    const multi = checked.filter((field) => MULTI_LINE.test(`${field.channel}:${field.path}`));
    expect(multi.length).toBeGreaterThan(30);
    expect(multi.map((field) => field.channel)).toContain('imports.begin');
  });
});

describe('the two text rules', () => {
  it('single line: trims, refuses every C0/C1 control, DEL, separators and bidi controls', () => {
    const line = singleLineText(50);
    expect(line.parse('  Nguyễn Thị Ōtani  ')).toBe('Nguyễn Thị Ōtani');
    expect(line.parse("O'Brien-Smith, Jr. (né ﺏ) 東京")).toBe("O'Brien-Smith, Jr. (né ﺏ) 東京");
    const refused = [
      ...Array.from({ length: 32 }, (_, code) => code),
      ...Array.from({ length: 33 }, (_, i) => 0x7f + i),
      0x2028,
      0x2029,
      0x202a,
      0x202b,
      0x202c,
      0x202d,
      0x202e,
      0x2066,
      0x2067,
      0x2068,
      0x2069,
    ];
    for (const code of refused)
      expect(line.safeParse(`a${String.fromCharCode(code)}b`).success, `U+${code.toString(16)}`).toBe(false);
  });

  it('multi-line: keeps tabs and line breaks, writes CR LF, CR and U+2028 as LF, refuses the rest', () => {
    const notes = multiLineText(100);
    expect(notes.parse('Called\r\nleft message\rcall back\u2028\tThursday')).toBe(
      'Called\nleft message\ncall back\n\tThursday',
    );
    for (const code of [0, 7, 8, 0x0b, 0x0c, 0x1b, 0x7f, 0x85, 0x9f, 0x202e, 0x2066, 0x2069])
      expect(notes.safeParse(`a${String.fromCharCode(code)}b`).success, `U+${code.toString(16)}`).toBe(false);
  });

  it('checks the length before the pattern: a huge value is refused at once, as too long', () => {
    const started = performance.now();
    const result = singleLineText(200).safeParse(`${'a\u0000'.repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(50);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([V.tooLong]);
  });

  it('both messages exist in English and French', () => {
    for (const catalogue of [en, fr]) {
      const validation = (catalogue as { validation: Record<string, string> }).validation;
      expect(validation.controlCharacters).toBeTruthy();
      expect(validation.hiddenCharacters).toBeTruthy();
    }
  });
});

describe('CSV cells', () => {
  const columns = ['familyKey', 'relationship', 'givenNames', 'notes'] as const;
  const row = (givenNames: string, notes: string) =>
    convertImportRow(['F1', 'principal', givenNames, notes], [...columns]);
  it('a hidden character in a cell marks its row through the person fields; a line break in notes is kept', () => {
    const bad = row('Ama\u202Era', 'ok');
    expect(bad.problems).toContainEqual({ field: 'givenNames', key: V.controlCharacters });
    const nul = row('Amara', 'call\u0000back');
    expect(nul.problems).toContainEqual({ field: 'notes', key: V.hiddenCharacters });
    const good = row('Amara', 'line one\nline two');
    expect(good.problems).toEqual([]);
    expect(good.person).toMatchObject({ givenNames: 'Amara', notes: 'line one\nline two' });
  });
});
