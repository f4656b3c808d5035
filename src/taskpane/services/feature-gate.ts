import { missingFeatureMessage } from '../../excel/requirements';
import type { Text } from '../../core/types';
import { textOf } from './text-of';
import type { WorkbookPort } from './workbook-port';

/**
 * What an Excel-mode button needs from the running Excel:
 * - 'template': writing a report template (its drop-down lists and limits need ExcelApi 1.8);
 * - 'sheets': reading and writing sheets at all (ExcelApi 1.4);
 * - 'settings': the workbook's document settings.
 */
export type Need = 'template' | 'sheets' | 'settings';

/**
 * Why the button for `need` is disabled (naming the Excel version that has it), or undefined when
 * it can be used. File mode never disables anything: it uses no Excel feature.
 */
export function missingFor(port: WorkbookPort, need: Need): Text | undefined {
  const f = port.excel?.features;
  if (!f) return undefined;
  if (need === 'settings') return f.settings ? undefined : textOf((c) => c.errors.settingsUnsupported);
  if (!f.has.basic) return missingFeatureMessage('basic');
  if (need === 'template' && !f.template) return missingFeatureMessage('dataValidation');
  return undefined;
}
