import { intakeOfRead, type WorkbookIntake } from '../src/core/intake/intake';
import type { Plan } from '../src/core/plan/plan-types';
import type { Settings } from '../src/core/settings/settings-types';
import type { IsoDate } from '../src/core/types';
import { readWorkbookFile, type After } from '../src/xlsx/read-workbook-file';

/** What every front door does with a file's bytes: the .xlsx adapter, then the core's intake. */
export async function readFileIntake(
  bytes: Uint8Array,
  name: string,
  ctx: { plan: Plan; settings: Settings; modified?: IsoDate; after?: After },
): Promise<WorkbookIntake> {
  const read = await readWorkbookFile(bytes, name, ctx.settings.limits, ...(ctx.after ? [ctx.after] : []));
  return intakeOfRead(read, ctx.plan, ctx.settings, {
    name,
    ...(ctx.modified !== undefined ? { modified: ctx.modified } : {}),
  });
}
