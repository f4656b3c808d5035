import type { SourceInput } from '../../core/consolidate/consolidate';
import type { BlocInput } from '../../core/report/report-types';
import type { InputFile } from '../../core/verify/fingerprint';
import type { FileProgress, FileState } from '../services/read-workbook-files';
import { idle, running, type RunEvent, type Running } from './run-action';

export interface FileEntry {
  name: string;
  size: number;
  state: FileState;
  /** Report sheets found in it, once read. */
  reports?: number;
}

/** What the open workbook's read and the picked files gave: kept apart, so each can be replaced. */
export interface Found {
  sources: SourceInput[];
  blocInputs: BlocInput[];
  /** Every file (or sheet of the open workbook) read, with its hash: the verification record. */
  files: InputFile[];
}

/** The output buttons: write to the workbook, download .xlsx, download .json. */
export type OutputBusy = 'write' | 'xlsx' | 'json';

/**
 * The Consolidate panel's state: what was read, never the consolidation itself (that is derived from
 * it, the year and the settings). Reading the workbook reports above the file picker (`input`); writing
 * and downloading report by the output buttons (`output`).
 */
export interface ConsolidationState {
  files: FileEntry[];
  fromFiles: Found;
  fromWorkbook: Found;
  /** When the sources were first taken (ISO time), stamped on the consolidation. */
  importedAt: string;
  /** Files are being read (cancellable between files). */
  reading: boolean;
  /** The year the user picked; undefined follows the reports. */
  chosenYear: number | undefined;
  input: Running<'workbook'>;
  output: Running<OutputBusy>;
  /** The Đối chiếu action (checking files against a consolidation's record). */
  verify: Running<'verify'>;
  /** Writing found a consolidation sheet of that name in the workbook: asks before overwriting it. */
  overwrite: string | undefined;
}

export type ConsolidationAction =
  /** Files were picked: listed as waiting, read from now on; `at` is the time they were taken. */
  | { type: 'filesPicked'; files: readonly { name: string; size: number }[]; at: string }
  | { type: 'fileProgress'; progress: FileProgress }
  | { type: 'filesRead'; found: Found }
  | { type: 'readingEnded' }
  /** The open workbook's sheets, replacing those read from it before. */
  | { type: 'workbookRead'; found: Found; at: string }
  | { type: 'yearChosen'; year: number | undefined }
  /** Forgets every source (ignored while files are being read). */
  | { type: 'cleared' }
  | { type: 'input'; event: RunEvent<'workbook'> }
  | { type: 'output'; event: RunEvent<OutputBusy> }
  | { type: 'verify'; event: RunEvent<'verify'> }
  | { type: 'overwrite'; sheet: string | undefined };

const nothing = (): Found => ({ sources: [], blocInputs: [], files: [] });

export const initialConsolidationState: ConsolidationState = {
  files: [],
  fromFiles: nothing(),
  fromWorkbook: nothing(),
  importedAt: '',
  reading: false,
  chosenYear: undefined,
  input: idle(),
  output: idle(),
  verify: idle(),
  overwrite: undefined,
};

export function consolidationReducer(
  state: ConsolidationState,
  action: ConsolidationAction,
): ConsolidationState {
  switch (action.type) {
    case 'filesPicked':
      return {
        ...state,
        files: [
          ...state.files,
          ...action.files.map((f) => ({ name: f.name, size: f.size, state: 'waiting' as const })),
        ],
        reading: true,
        importedAt: action.at,
        input: { ...state.input, outcome: undefined },
      };
    case 'fileProgress': {
      const p = action.progress;
      const files = state.files.map((f, i) =>
        i === p.index
          ? { ...f, state: p.state, ...(p.reports !== undefined ? { reports: p.reports } : {}) }
          : f,
      );
      return { ...state, files };
    }
    case 'filesRead':
      return {
        ...state,
        fromFiles: {
          sources: [...state.fromFiles.sources, ...action.found.sources],
          blocInputs: [...state.fromFiles.blocInputs, ...action.found.blocInputs],
          files: [...state.fromFiles.files, ...action.found.files],
        },
      };
    case 'readingEnded':
      return { ...state, reading: false };
    case 'workbookRead':
      return { ...state, fromWorkbook: action.found, importedAt: state.importedAt || action.at };
    case 'yearChosen':
      return { ...state, chosenYear: action.year };
    case 'cleared':
      if (state.reading) return state;
      return {
        ...state,
        files: [],
        fromFiles: nothing(),
        fromWorkbook: nothing(),
        chosenYear: undefined,
        input: { ...state.input, outcome: undefined },
        output: { ...state.output, outcome: undefined },
      };
    case 'input':
      return { ...state, input: running(state.input, action.event) };
    case 'output':
      return { ...state, output: running(state.output, action.event) };
    case 'verify':
      return { ...state, verify: running(state.verify, action.event) };
    case 'overwrite':
      return { ...state, overwrite: action.sheet };
  }
}
