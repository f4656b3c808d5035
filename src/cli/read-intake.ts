/**
 * How the CLI reads one input file: the file's bytes, the .xlsx adapter, then the core's intake,
 * the same path as file mode and the open workbook take. A file the system will not give us
 * becomes a finding too, so it is listed like any other unreadable file.
 */
import { readFile } from 'node:fs/promises';
import { intakeOfRead, type WorkbookIntake } from '../core/intake/intake';
import type { Settings } from '../core/settings/settings-types';
import { fail } from '../core/types';
import { deAn04 } from '../plans/de-an-04/plan';
import { fileFinding } from '../xlsx/file-messages';
import { readWorkbookFile } from '../xlsx/read-workbook-file';
import { reason } from './load-settings';

export async function readIntake(path: string, name: string, settings: Settings): Promise<WorkbookIntake> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return intakeOfRead(
      fail([fileFinding('FILE.UNREADABLE', name, { reason: reason(e) })]),
      deAn04,
      settings,
      {
        name,
      },
    );
  }
  return intakeOfRead(await readWorkbookFile(bytes, name, settings.limits), deAn04, settings, { name });
}
