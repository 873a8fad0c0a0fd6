import {
  archiveApplication,
  changeApplicationStatus,
  createApplication,
  loadApplication,
  updateApplication,
} from '../../db/applications/queries';
import { addTemplateItem, createApplicationType, listApplicationTypes } from '../../db/applications/types';
import { addChecklistItem, updateChecklistItem } from '../../db/checklists/queries';
import { RecordError } from '../../db/errors';
import { assertFileOpen, assertRecordFileOpen } from '../clients/closed-file';
import {
  type Application,
  type ApplicationType,
  type ChecklistItem,
  type ChecklistTemplateItem,
  fileNumberProblem,
  type ParsedInput,
} from '../contract';
import type { ApiContext } from '../data-service/context';
import { read, write } from '../data-service/transaction';

export function listApplicationTypesHandler(ctx: ApiContext): ApplicationType[] {
  return read(ctx, listApplicationTypes);
}

export function createApplicationTypeHandler(
  ctx: ApiContext,
  input: ParsedInput<'applicationTypes.create'>,
): ApplicationType {
  return write(ctx, (tx, writer) => createApplicationType(tx, writer, input));
}

export function addTemplateItemHandler(
  ctx: ApiContext,
  input: ParsedInput<'applicationTypes.addTemplateItem'>,
): ChecklistTemplateItem {
  return write(ctx, (tx, writer) => addTemplateItem(tx, writer, input));
}

export function createApplicationHandler(
  ctx: ApiContext,
  input: ParsedInput<'applications.create'>,
): Application {
  return write(ctx, (tx, writer) => {
    assertFileOpen(tx, input.clientId);
    return createApplication(tx, writer, input);
  });
}

export function updateApplicationHandler(
  ctx: ApiContext,
  { id, version, ...patch }: ParsedInput<'applications.update'>,
): Application {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'application', id);
    if (patch.governmentFileNumber !== undefined) {
      // The number's shape depends on the application's jurisdiction (USCIS receipt vs IRCC).
      const problem = fileNumberProblem(loadApplication(tx, id).jurisdiction, patch.governmentFileNumber);
      if (problem)
        throw new RecordError('invalid', 'The file number does not look right.', {
          governmentFileNumber: problem,
        });
    }
    return updateApplication(tx, writer, id, version, patch);
  });
}

export function changeStageHandler(
  ctx: ApiContext,
  input: ParsedInput<'applications.changeStage'>,
): Application {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'application', input.id);
    return changeApplicationStatus(tx, writer, {
      id: input.id,
      version: input.version,
      kind: 'stage',
      value: input.stage,
      note: input.note,
    });
  });
}

export function changeGovernmentStatusHandler(
  ctx: ApiContext,
  input: ParsedInput<'applications.changeGovernmentStatus'>,
): Application {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'application', input.id);
    return changeApplicationStatus(tx, writer, {
      id: input.id,
      version: input.version,
      kind: 'government-status',
      value: input.status,
      note: input.note,
    });
  });
}

export function archiveApplicationHandler(
  ctx: ApiContext,
  { id, version, reason }: ParsedInput<'applications.archive'>,
): Application {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'application', id);
    return archiveApplication(tx, writer, id, version, reason);
  });
}

export function setChecklistStateHandler(
  ctx: ApiContext,
  { id, state, note }: ParsedInput<'checklist.setState'>,
): ChecklistItem {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'checklist-item', id);
    return updateChecklistItem(tx, writer, id, { state, note });
  });
}

export function addChecklistItemHandler(
  ctx: ApiContext,
  { applicationId, label }: ParsedInput<'checklist.addItem'>,
): ChecklistItem {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'application', applicationId);
    return addChecklistItem(tx, writer, applicationId, label);
  });
}

export function updateChecklistItemHandler(
  ctx: ApiContext,
  { id, ...patch }: ParsedInput<'checklist.updateItem'>,
): ChecklistItem {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'checklist-item', id);
    return updateChecklistItem(tx, writer, id, patch);
  });
}
