import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/audit/queries';
import type { OpenedDatabase } from '../../../db/open';
import type { Application, ApplicationType, ChecklistItem, Family } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { applicationType, createClient, createH1bFamily } from '../support/families';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const count = (sql: string) => database.sqlite.prepare(sql).pluck().get() as number;
const family = (id: number) => ok<Family>(dispatch(ctx, 'clients.family', { id }));

describe('application catalogue', () => {
  it('ships the common Canadian and US types, each with a checklist', async () => {
    const types = await ok<ApplicationType[]>(dispatch(ctx, 'applicationTypes.list', {}));
    expect(types.map((t) => t.code)).toEqual(
      expect.arrayContaining([
        'ca-owp-us-h1b-2023',
        'ca-work-permit',
        'ca-study-permit',
        'ca-visitor-record',
        'ca-trv',
        'ca-express-entry-pr',
        'us-h1b-extension',
        'us-h1b-transfer',
        'us-h4',
        'us-i539',
        'us-i140',
        'us-i485',
      ]),
    );
    expect(types.every((t) => t.builtIn && t.checklist.length > 0)).toBe(true);
  });

  it('is extended by the firm with its own types and checklist items', async () => {
    const own = await ok<ApplicationType>(
      dispatch(ctx, 'applicationTypes.create', {
        name: 'LMIA-exempt work permit (C10)',
        jurisdiction: 'CA',
        checklist: [{ label: 'Support letter' }, { label: 'Marriage certificate', appliesTo: 'dependant' }],
      }),
    );
    expect(own).toMatchObject({
      builtIn: false,
      name: 'LMIA-exempt work permit (C10)',
      checklist: [{ label: 'Support letter' }, { label: 'Marriage certificate' }],
    });
    const owp = await applicationType(ctx, 'ca-owp-us-h1b-2023');
    await ok(
      dispatch(ctx, 'applicationTypes.addTemplateItem', {
        applicationTypeId: owp.id,
        label: 'Employer letter',
      }),
    );
    expect((await applicationType(ctx, 'ca-owp-us-h1b-2023')).checklist.at(-1)).toMatchObject({
      label: 'Employer letter',
    });
  });
});

describe('applications', () => {
  it("copies the type's checklist per person: principal documents to the principal, relationship proof to dependants", async () => {
    const { principal, applications } = await createH1bFamily(ctx);
    const details = (await family(principal.id)).applications;
    const keysOf = (id: number | undefined) =>
      details.find((a) => a.id === id)?.checklist.map((c) => c.labelKey) ?? [];
    expect(keysOf(applications[0]?.id)).toContain('checklistItems.h1bVisa');
    expect(keysOf(applications[0]?.id)).not.toContain('checklistItems.relationshipProof');
    expect(keysOf(applications[1]?.id)).toContain('checklistItems.relationshipProof');
    expect(keysOf(applications[1]?.id)).not.toContain('checklistItems.h1bVisa');
    expect(details.every((a) => a.checklist.every((c) => c.state === 'missing'))).toBe(true);
  });

  it("refuses an application for another family's dependant", async () => {
    const { spouse, owp } = await createH1bFamily(ctx);
    const stranger = await createClient(ctx, { givenNames: 'Bo' });
    const result = await dispatch(ctx, 'applications.create', {
      clientId: stranger.id,
      dependantId: spouse.id,
      typeId: owp.id,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(count(`SELECT count(*) FROM applications WHERE client_id = ${stranger.id}`)).toBe(0);
  });

  it('keeps the firm stage and the government status apart, each change in the history with who and why', async () => {
    const { principal, applications } = await createH1bFamily(ctx);
    const app = applications[0] as Application;
    const staged = await ok<Application>(
      dispatch(ctx, 'applications.changeStage', {
        id: app.id,
        version: app.version,
        stage: 'submitted',
        note: 'Filed online',
      }),
    );
    const status = await ok<Application>(
      dispatch(ctx, 'applications.changeGovernmentStatus', {
        id: app.id,
        version: staged.version,
        status: 'Received',
        note: 'Portal check',
      }),
    );
    expect(status).toMatchObject({ stage: 'submitted', governmentStatus: 'Received', version: 3 });
    const history = (await family(principal.id)).applications.find((a) => a.id === app.id)?.history;
    expect(history).toEqual([
      expect.objectContaining({
        kind: 'stage',
        fromValue: 'intake',
        toValue: 'submitted',
        note: 'Filed online',
        changedBy: ctx.session.userId,
      }),
      expect.objectContaining({
        kind: 'government-status',
        fromValue: '',
        toValue: 'Received',
        note: 'Portal check',
      }),
    ]);
    const stale = await dispatch(ctx, 'applications.changeStage', {
      id: app.id,
      version: 1,
      stage: 'closed',
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(count(`SELECT count(*) FROM application_status_history WHERE application_id = ${app.id}`)).toBe(2);
  });

  it('refuses a stage outside the workflow', async () => {
    const { applications } = await createH1bFamily(ctx);
    const result = await dispatch(ctx, 'applications.changeStage', {
      id: applications[0]?.id,
      version: 1,
      stage: 'approved',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { stage: 'validation.invalid' } },
    });
  });

  it('checks USCIS receipt numbers by shape and warns (not refuses) on an unknown service centre', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara' });
    const ext = await applicationType(ctx, 'us-h1b-extension');
    const app = await ok<Application>(
      dispatch(ctx, 'applications.create', { clientId: client.id, typeId: ext.id }),
    );
    const bad = await dispatch(ctx, 'applications.update', {
      id: app.id,
      version: 1,
      governmentFileNumber: 'IOE12345',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { governmentFileNumber: 'validation.receiptNumber' } },
    });
    const known = await ok<Application>(
      dispatch(ctx, 'applications.update', {
        id: app.id,
        version: 1,
        governmentFileNumber: 'ioe 0912345678',
      }),
    );
    expect(known).toMatchObject({ governmentFileNumber: 'ioe 0912345678', fileNumberWarning: null });
    const odd = await ok<Application>(
      dispatch(ctx, 'applications.update', { id: app.id, version: 2, governmentFileNumber: 'ZZZ0912345678' }),
    );
    expect(odd.fileNumberWarning).toBe('unknown-receipt-prefix');
  });

  it('stores IRCC application numbers loosely', async () => {
    const { applications } = await createH1bFamily(ctx);
    const app = await ok<Application>(
      dispatch(ctx, 'applications.update', {
        id: applications[0]?.id,
        version: 1,
        governmentFileNumber: 'W307123456',
      }),
    );
    expect(app.governmentFileNumber).toBe('W307123456');
  });

  it('archives an application with a reason and keeps it', async () => {
    const { applications } = await createH1bFamily(ctx);
    const archived = await ok<Application>(
      dispatch(ctx, 'applications.archive', {
        id: applications[3]?.id,
        version: 1,
        reason: 'Child too young',
      }),
    );
    expect(archived).toMatchObject({ archiveReason: 'Child too young' });
    expect(count('SELECT count(*) FROM applications')).toBe(4);
  });
});

describe('checklists', () => {
  it('changes an item state in place, recording who and when, audited', async () => {
    const { principal, applications } = await createH1bFamily(ctx);
    const item = (await family(principal.id)).applications.find((a) => a.id === applications[0]?.id)
      ?.checklist[0] as ChecklistItem;
    const received = await ok<ChecklistItem>(
      dispatch(ctx, 'checklist.setState', { id: item.id, state: 'received', note: 'Scan in folder' }),
    );
    expect(received).toMatchObject({
      state: 'received',
      note: 'Scan in folder',
      changedBy: ctx.session.userId,
    });
    // Read through the audit queries: a family's values are stored sealed with its key.
    const [audit] = listAudit(database.db, { entity: 'checklist-item' }, 10);
    expect(audit?.action).toBe('state-change');
    expect(audit?.changes).toEqual({
      state: ['missing', 'received'],
      note: ['', 'Scan in folder'],
    });
    expect(await dispatch(ctx, 'checklist.setState', { id: item.id, state: 'lost' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('adds an ad-hoc item and links a file on disk', async () => {
    const { applications } = await createH1bFamily(ctx);
    const added = await ok<ChecklistItem>(
      dispatch(ctx, 'checklist.addItem', {
        applicationId: applications[0]?.id,
        label: 'Employment verification letter',
      }),
    );
    const linked = await ok<ChecklistItem>(
      dispatch(ctx, 'checklist.updateItem', { id: added.id, filePath: 'C:\\Clients\\Okafor\\letter.pdf' }),
    );
    expect(linked).toMatchObject({
      label: 'Employment verification letter',
      filePath: 'C:\\Clients\\Okafor\\letter.pdf',
      state: 'missing',
    });
  });
});
