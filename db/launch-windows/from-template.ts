import { eq } from 'drizzle-orm';
import type {
  LaunchWindow,
  LaunchWindowAudience,
  LaunchWindowTemplate,
} from '../../main/contract/launch-windows';
import { notFound } from '../errors';
import type { CaseportDb } from '../open';
import { applicationTypes } from '../schema';
import type { Writer } from '../writer';
import { LAUNCH_WINDOW_TEMPLATE_DEFINITIONS } from './templates';
import { type ChecklistValues, createLaunchWindow } from './windows';

/** A new, editable window from a ready-made template (its documents become the window's own). */
export function createWindowFromTemplate(
  db: CaseportDb,
  writer: Writer,
  code: LaunchWindowTemplate,
  name: string,
): LaunchWindow {
  const { checklist, applicationTypeCode, ...definition } = LAUNCH_WINDOW_TEMPLATE_DEFINITIONS[code];
  const type = db
    .select({ id: applicationTypes.id })
    .from(applicationTypes)
    .where(eq(applicationTypes.code, applicationTypeCode))
    .get();
  // Built-in types are added at every start-up, so this means a damaged catalogue.
  if (!type) throw notFound(`Application type ${applicationTypeCode}`, 0);
  const items: ChecklistValues[] = (Object.keys(checklist) as LaunchWindowAudience[]).flatMap((audience) =>
    checklist[audience].map((labelKey) => ({ audience, labelKey, label: '' })),
  );
  return createLaunchWindow(
    db,
    writer,
    { ...definition, name: name || definition.name, templateCode: code, applicationTypeId: type.id },
    items,
    `From template ${code}`,
  );
}
