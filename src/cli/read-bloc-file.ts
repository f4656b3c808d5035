/**
 * Reads the consolidating office's bloc data file (province ranks, bloc milestone dates) with
 * the same byte inspection and reader as report files, then the core's bloc parser on every
 * sheet stamped as a bloc sheet. Never throws: problems come back as findings.
 */
import type { Plan } from '../core/plan/plan-types';
import type { BlocInput } from '../core/report/report-types';
import type { Settings } from '../core/settings/settings-types';
import { parseBlocInput } from '../core/template/bloc-template';
import { locateKeys } from '../core/template/template-keys';
import type { Finding } from '../core/types';
import { inspectFile } from '../xlsx/inspect-file';
import { readXlsx } from '../xlsx/read-xlsx';

export interface BlocFileResult {
  /** One per year of each bloc sheet found; empty when the file has none. */
  inputs: BlocInput[];
  findings: Finding[];
  /** Whether the file has at least one bloc sheet. */
  isBloc: boolean;
}

export async function readBlocFile(
  bytes: Uint8Array,
  fileName: string,
  plan: Plan,
  settings: Settings,
): Promise<BlocFileResult> {
  const inspected = inspectFile(bytes, fileName, settings.limits);
  if (!inspected.workbook) return { inputs: [], findings: inspected.findings, isBloc: false };
  const read = await readXlsx(inspected.workbook, fileName, settings.limits);
  if (!read.ok) return { inputs: [], findings: [...inspected.findings, ...read.error], isBloc: false };
  const inputs: BlocInput[] = [];
  const findings: Finding[] = [...inspected.findings];
  let isBloc = false;
  for (const sheet of read.value.sheets) {
    if (locateKeys(sheet)?.stamp.kind !== 'bloc') continue;
    isBloc = true;
    const parsed = parseBlocInput(sheet, plan, fileName);
    if (!parsed.ok) findings.push(...parsed.error);
    else {
      inputs.push(...parsed.value);
      findings.push(...parsed.value.flatMap((b) => b.readFindings));
    }
  }
  return { inputs, findings, isBloc };
}
