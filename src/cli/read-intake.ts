/**
 * How the CLI reads one input file: the file's bytes, the .xlsx adapter, then the core's intake,
 * the same path as file mode and the open workbook take. A file the system will not give us
 * becomes a finding too, so it is listed like any other unreadable file. The size is checked
 * before any byte is read, as file mode checks `file.size`.
 */
import { intakeOfRead, type WorkbookIntake } from '../core/intake/intake';
import type { Settings } from '../core/settings/settings-types';
import { fail } from '../core/types';
import { deAn04 } from '../plans/de-an-04/plan';
import { fileFinding } from '../xlsx/file-messages';
import { readWorkbookFile } from '../xlsx/read-workbook-file';
import { readRegularFile } from './cli-files';
import { reason } from './load-settings';

export async function readIntake(path: string, name: string, settings: Settings): Promise<WorkbookIntake> {
  const failed = (finding: ReturnType<typeof fileFinding>) =>
    intakeOfRead(fail([finding]), deAn04, settings, { name });
  const limit = settings.limits.maxFileBytes;
  let read;
  try {
    read = await readRegularFile(path, limit);
  } catch (e) {
    return failed(fileFinding('FILE.UNREADABLE', name, { reason: reason(e) }));
  }
  if (!read.ok)
    return failed(
      read.kind === 'too-large'
        ? fileFinding('FILE.TOO_LARGE', name, { bytes: read.size, limit })
        : fileFinding('FILE.UNREADABLE', name, { reason: 'not a regular file' }),
    );
  return intakeOfRead(await readWorkbookFile(read.bytes, name, settings.limits), deAn04, settings, { name });
}
