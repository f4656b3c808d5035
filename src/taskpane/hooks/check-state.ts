import type { SourceInput } from '../../core/consolidate/consolidate-types';
import type { Finding } from '../../core/types';
import type { PickedFile } from '../services/read-workbook-files';
import { idle, running, type RunEvent, type Running } from './run-action';

/**
 * The Check panel's state: the report sheets read (from the workbook or a file) and which one is shown;
 * the check itself is derived from them and the settings, never stored.
 */
export interface CheckState {
  reads: SourceInput[];
  /** The sheet the user chose; the first one read when it is not among them. */
  selected: string | undefined;
  /** File mode: the file picked last, read again by Check again. */
  file: PickedFile | undefined;
  /** File mode: what the intake said about the file as a whole. */
  fileNotes: Finding[];
  run: Running<'check'>;
}

export type CheckAction =
  /**
   * Report sheets were read. The one shown is the first of `prefer` that was read, else the one shown
   * before if it was read again, else the first.
   */
  | { type: 'read'; reads: SourceInput[]; prefer?: readonly (string | undefined)[] }
  /** Nothing readable: the sheets shown before are gone. */
  | { type: 'readNothing' }
  | { type: 'selected'; sheet: string | undefined }
  | { type: 'filePicked'; file: PickedFile }
  | { type: 'fileNotes'; notes: Finding[] }
  | { type: 'run'; event: RunEvent<'check'> };

export const initialCheckState: CheckState = {
  reads: [],
  selected: undefined,
  file: undefined,
  fileNotes: [],
  run: idle(),
};

export function checkReducer(state: CheckState, action: CheckAction): CheckState {
  switch (action.type) {
    case 'read': {
      const names = action.reads.map((r) => r.sheet ?? '');
      const keep = [...(action.prefer ?? []), state.selected].find(
        (n) => n !== undefined && names.includes(n),
      );
      return { ...state, reads: action.reads, selected: keep ?? names[0] };
    }
    case 'readNothing':
      return { ...state, reads: [] };
    case 'selected':
      return { ...state, selected: action.sheet };
    case 'filePicked':
      return { ...state, file: action.file };
    case 'fileNotes':
      return { ...state, fileNotes: action.notes };
    case 'run':
      return { ...state, run: running(state.run, action.event) };
  }
}
