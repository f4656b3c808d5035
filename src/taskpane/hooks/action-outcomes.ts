import type { Finding, Text } from '../../core/types';
import { outcomeOf, type Outcome } from '../services/outcome';
import { textOf } from '../services/text-of';

/** Sheets written to the workbook: a warning when the writer left notes that are more than info. */
export const writtenOutcome = (message: Text, notes: readonly Finding[]): Outcome =>
  outcomeOf(notes.some((n) => n.severity !== 'info') ? 'warning' : 'success', message, [...notes]);

export const downloadedOutcome = (fileName: string): Outcome =>
  outcomeOf(
    'success',
    textOf((c) => c.template.downloaded(fileName)),
  );

/** What a download that threw says, for runAction: the file and the detail. */
export const downloadFailed =
  (fileName: string) =>
  (detail: string): Outcome =>
    outcomeOf(
      'error',
      textOf((c) => c.errors.downloadFailed(fileName, detail)),
    );
