import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { ApplicationType, LaunchWindow, LaunchWindowListItem } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { applicationType } from '../support/families';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const count = (sql: string, ...params: unknown[]) =>
  database.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number;
// The 2023 program is past on the test clock (March 2026): a new window needs its own opening.
const fromTemplate = () =>
  ok<LaunchWindow>(
    dispatch(ctx, 'launchWindows.createFromTemplate', {
      template: 'ca-owp-us-h1b-2023',
      opensOn: '2027-07-18',
    }),
  );

async function ownWindow(overrides: Record<string, unknown> = {}) {
  const type = await applicationType(ctx, 'ca-work-permit');
  return dispatch(ctx, 'launchWindows.create', {
    name: 'Tech talent stream 2027',
    jurisdiction: 'CA',
    applicationTypeId: type.id,
    opensOn: '2027-03-01',
    opensAtTime: '09:00',
    // Tokyo keeps no daylight time: the expected instants hold whatever tzdata says about DST.
    timeZone: 'Asia/Tokyo',
    checklist: [{ audience: 'principal', label: 'Offer letter' }],
    ...overrides,
  });
}

describe('the 2023 template', () => {
  it('refuses to be born in the past: a template whose opening has passed asks for the new one', async () => {
    const refused = await dispatch(ctx, 'launchWindows.createFromTemplate', {
      template: 'ca-owp-us-h1b-2023',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { opensOn: 'launchWindows.errors.templateInPast' } },
    });
    expect(count('SELECT count(*) FROM launch_windows')).toBe(0);
    const at = await ok<LaunchWindow>(
      dispatch(ctx, 'launchWindows.createFromTemplate', {
        template: 'ca-owp-us-h1b-2023',
        opensOn: '2027-07-18',
        opensAtTime: '09:30',
      }),
    );
    // Read in the template's zone (Toronto, daylight time in July), not the machine's.
    expect(at).toMatchObject({
      opensOn: '2027-07-18',
      opensAtTime: '09:30',
      opensAt: '2027-07-18T13:30:00.000Z',
    });
  });

  it('creates an editable window: IRCC, in Toronto, 10,000 principals, documents per member', async () => {
    const window = await fromTemplate();
    expect(window).toMatchObject({
      name: 'Open work permit for U.S. H-1B holders (2023)',
      templateCode: 'ca-owp-us-h1b-2023',
      jurisdiction: 'CA',
      opensAt: '2027-07-18T04:00:00.000Z',
      timeZone: 'America/Toronto',
      opensOn: '2027-07-18',
      opensAtTime: '00:00',
      closesAt: null,
      cap: 10_000,
      capCountsToward: 'principals',
      reportedCount: null,
      eligibility: {
        requiredStatus: { country: 'US', statusTypes: ['H-1B'] },
        passportMonthsAfterOpening: 6,
      },
    });
    const keys = (audience: string) =>
      window.checklist.filter((i) => i.audience === audience).map((i) => i.labelKey);
    expect(keys('principal')).toEqual([
      'passport',
      'h1bVisa',
      'i797Approval',
      'usResidenceProof',
      'photos',
      'applicationForms',
      'feePayment',
    ]);
    expect(keys('spouse')).toContain('relationshipProof');
    expect(keys('child')).toEqual(['passport', 'birthCertificate', 'photos', 'applicationForms']);
    expect(keys('other-dependant')).toContain('passport');
    const types = await ok<ApplicationType[]>(dispatch(ctx, 'applicationTypes.list', {}));
    expect(types.find((t) => t.id === window.applicationTypeId)?.code).toBe('ca-owp-us-h1b-2023');
    expect(count(`SELECT count(*) FROM audit_log WHERE entity = 'launch-window' AND action = 'create'`)).toBe(
      1,
    );
  });

  it('clones into the next program with the same settings and documents but no families or reported count', async () => {
    const window = await fromTemplate();
    await ok(dispatch(ctx, 'launchWindows.updateReportedCount', { id: window.id, reportedCount: 4200 }));
    const clone = await ok<LaunchWindow>(
      dispatch(ctx, 'launchWindows.clone', { id: window.id, name: 'H-1B OWP 2027' }),
    );
    expect(clone.id).not.toBe(window.id);
    expect(clone).toMatchObject({
      name: 'H-1B OWP 2027',
      cap: 10_000,
      reportedCount: null,
      timeZone: 'America/Toronto',
    });
    expect(clone.checklist.map(({ audience, labelKey }) => [audience, labelKey])).toEqual(
      window.checklist.map(({ audience, labelKey }) => [audience, labelKey]),
    );
  });
});

describe('creating and editing a window', () => {
  it('stores the opening as typed in its zone and as a UTC instant', async () => {
    const window = await ok<LaunchWindow>(
      ownWindow({ closesOn: '2027-03-02', closesAtTime: '17:00', cap: 500 }),
    );
    expect(window).toMatchObject({
      opensAt: '2027-03-01T00:00:00.000Z',
      closesAt: '2027-03-02T08:00:00.000Z',
      opensAtTime: '09:00',
      checklist: [{ audience: 'principal', label: 'Offer letter', labelKey: '', sortOrder: 1 }],
    });
  });

  it.each([
    [{ closesOn: '2027-02-28' }, 'closesOn', 'validation.endBeforeStart'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'validation.timeZone'],
    [{ opensOn: '2027-02-30' }, 'opensOn', 'validation.date'],
    [{ cap: 0 }, 'cap', 'validation.invalid'],
    [{ name: ' ' }, 'name', 'validation.required'],
    [{ checklist: [{ audience: 'child' }] }, 'checklist.0.label', 'validation.required'],
  ])('refuses %o with a field error', async (overrides, field, key) => {
    const result = await ownWindow(overrides);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { [field]: key } } });
    expect(count('SELECT count(*) FROM launch_windows')).toBe(0);
  });

  it('refuses an application type of another country', async () => {
    const us = await applicationType(ctx, 'us-h1b-extension');
    const result = await ownWindow({ applicationTypeId: us.id });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { applicationTypeId: 'validation.invalid' } },
    });
  });

  it('updates fields and the checklist, audits the change, and refuses a stale version', async () => {
    const window = await fromTemplate();
    const updated = await ok<LaunchWindow>(
      dispatch(ctx, 'launchWindows.update', {
        id: window.id,
        version: window.version,
        opensAtTime: '12:00',
        checklist: [
          { audience: 'principal', labelKey: 'passport' },
          { audience: 'principal', label: 'Pay stubs (3 months)' },
        ],
      }),
    );
    expect(updated.opensAt).toBe('2027-07-18T16:00:00.000Z');
    expect(updated.checklist.map((i) => i.label || i.labelKey)).toEqual(['passport', 'Pay stubs (3 months)']);
    const audit = database.sqlite
      .prepare(`SELECT changes FROM audit_log WHERE entity = 'launch-window' AND action = 'update'`)
      .pluck()
      .get() as string;
    expect(Object.keys(JSON.parse(audit))).toEqual(expect.arrayContaining(['opensAt', 'checklist']));
    const stale = await dispatch(ctx, 'launchWindows.update', {
      id: window.id,
      version: window.version,
      name: 'x',
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('archives a window out of the default list and keeps it under "include"', async () => {
    const window = await fromTemplate();
    await ownWindow();
    await ok(
      dispatch(ctx, 'launchWindows.archive', {
        id: window.id,
        version: window.version,
        reason: 'Program over',
      }),
    );
    const open = await ok<LaunchWindowListItem[]>(dispatch(ctx, 'launchWindows.list', {}));
    const all = await ok<LaunchWindowListItem[]>(
      dispatch(ctx, 'launchWindows.list', { archived: 'include' }),
    );
    expect(open.map((w) => w.name)).toEqual(['Tech talent stream 2027']);
    expect(all).toHaveLength(2);
    expect(all.every((w) => w.enrolledFamilies === 0)).toBe(true);
  });

  it('records the government count with its time, defaulting to now', async () => {
    const window = await fromTemplate();
    const updated = await ok<LaunchWindow>(
      dispatch(ctx, 'launchWindows.updateReportedCount', { id: window.id, reportedCount: 6120 }),
    );
    expect(updated.reportedCount).toBe(6120);
    expect(updated.reportedAt).toMatch(/^2026-03-01T12:00:\d\d\.000Z$/);
    const negative = await dispatch(ctx, 'launchWindows.updateReportedCount', {
      id: window.id,
      reportedCount: -1,
    });
    expect(negative).toMatchObject({ ok: false, error: { fields: { reportedCount: 'validation.invalid' } } });
  });
});
