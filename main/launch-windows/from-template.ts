import { eq } from 'drizzle-orm';
import { notFound, RecordError } from '../../db/errors';
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

/**
 * A new, editable window from a ready-made template (its documents become the window's own).
 * A template records a past program; when its opening has passed, the firm must say when the
 * new one opens, or the window would be born "open for 1,232 days".
 */
export function createWindowFromTemplate(
  db: CaseportDb,
  writer: Writer,
  input: {
    template: LaunchWindowTemplate;
    name: string;
    opensOn?: string | undefined;
    opensAtTime?: string | undefined;
  },
  instants: WindowInstants,
  now: Date,
): LaunchWindow {
  const code = input.template;
  const name = input.name;
  const { checklist, applicationTypeCode, ...template } = LAUNCH_WINDOW_TEMPLATE_DEFINITIONS[code];
  const definition = {
    ...template,
    opensOn: input.opensOn ?? template.opensOn,
    opensAtTime: input.opensAtTime ?? template.opensAtTime,
  };
  if (input.opensOn === undefined && Date.parse(instants(template).opensAt) <= now.getTime())
    throw new RecordError('invalid', 'This template opened in the past. Enter when the new program opens.', {
      opensOn: 'launchWindows.errors.templateInPast',
    });
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
