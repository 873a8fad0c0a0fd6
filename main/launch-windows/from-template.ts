import { eq } from 'drizzle-orm';
import { notFound } from '../../db/errors';
import { LAUNCH_WINDOW_TEMPLATE_DEFINITIONS } from '../../db/launch-windows/templates';
import {
  type ChecklistValues,
  createLaunchWindow,
  type WindowInstants,
} from '../../db/launch-windows/windows';
import type { CaseportDb } from '../../db/open';
import { applicationTypes } from '../../db/schema';
import type { Writer } from '../../db/writer';
import type { LaunchWindow, LaunchWindowAudience, LaunchWindowTemplate } from '../contract/launch-windows';

/** A new, editable window from a ready-made template (its documents become the window's own). */
export function createWindowFromTemplate(
  db: CaseportDb,
  writer: Writer,
  code: LaunchWindowTemplate,
  name: string,
  instants: WindowInstants,
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
    instants,
    `From template ${code}`,
  );
}
