import type { SourceInput } from '../../core/consolidate/consolidate';
import type { BlocInput } from '../../core/report/report-types';
import { fail } from '../../core/types';
import { outcomeOf } from '../services/outcome';
import {
  consolidationReducer,
  initialConsolidationState,
  type ConsolidationAction,
  type ConsolidationState,
  type FileEntry,
} from './consolidation-state';

const source = (file: string, sheet?: string): SourceInput => ({
  file,
  ...(sheet ? { sheet } : {}),
  read: fail([]),
});
const bloc = (sheet: string): BlocInput => ({
  year: 2025,
  ranks: {},
  entries: {},
  source: { sheet },
  readFindings: [],
});
const entry = (name: string, state: FileEntry['state'] = 'waiting'): FileEntry => ({ name, size: 10, state });
const shown = outcomeOf('success', { vi: 'Xong', en: 'Done' });
const given = (part: Partial<ConsolidationState>): ConsolidationState => ({
  ...initialConsolidationState,
  ...part,
});

const fileA = { name: 'a.xlsx', kind: 'file' as const, sha256: 'a'.repeat(64) };
const fileB = { name: 'b.xlsx', kind: 'file' as const, sha256: null };
const a = source('a.xlsx');
const b = source('b.xlsx');
const sheet = source('Sổ này', 'BC-2025');

describe('consolidationReducer', () => {
  it.each<[string, ConsolidationState, ConsolidationAction, Partial<ConsolidationState>]>([
    [
      'picked files are listed as waiting after those listed before, reading starts, the message above is cleared',
      given({ files: [entry('a.xlsx', 'read')], input: { busy: null, outcome: shown } }),
      { type: 'filesPicked', files: [{ name: 'b.xlsx', size: 10 }], at: '2025-12-01T08:00:00.000Z' },
      {
        files: [entry('a.xlsx', 'read'), entry('b.xlsx')],
        reading: true,
        importedAt: '2025-12-01T08:00:00.000Z',
        input: { busy: null, outcome: undefined },
      },
    ],
    [
      'progress changes only the file it names, with its report count',
      given({ files: [entry('a.xlsx'), entry('b.xlsx')] }),
      { type: 'fileProgress', progress: { index: 1, state: 'read', reports: 3 } },
      { files: [entry('a.xlsx'), { ...entry('b.xlsx', 'read'), reports: 3 }] },
    ],
    [
      'progress without a count keeps the count',
      given({ files: [{ ...entry('a.xlsx', 'reading'), reports: 2 }] }),
      { type: 'fileProgress', progress: { index: 0, state: 'failed' } },
      { files: [{ ...entry('a.xlsx', 'failed'), reports: 2 }] },
    ],
    [
      'files read add to the files read before',
      given({ fromFiles: { sources: [a], blocInputs: [], files: [fileA] } }),
      { type: 'filesRead', found: { sources: [b], blocInputs: [bloc('Khối')], files: [fileB] } },
      { fromFiles: { sources: [a, b], blocInputs: [bloc('Khối')], files: [fileA, fileB] } },
    ],
    ['reading ends', given({ reading: true }), { type: 'readingEnded' }, { reading: false }],
    [
      "the workbook's sheets replace those read from it before, and keep the first import time",
      given({
        fromWorkbook: { sources: [a], blocInputs: [bloc('Cũ')], files: [] },
        importedAt: '2025-11-01T00:00:00.000Z',
      }),
      {
        type: 'workbookRead',
        found: { sources: [sheet], blocInputs: [], files: [] },
        at: '2025-12-01T08:00:00.000Z',
      },
      {
        fromWorkbook: { sources: [sheet], blocInputs: [], files: [] },
        importedAt: '2025-11-01T00:00:00.000Z',
      },
    ],
    [
      'the first read of the workbook stamps the import time',
      given({}),
      {
        type: 'workbookRead',
        found: { sources: [sheet], blocInputs: [], files: [] },
        at: '2025-12-01T08:00:00.000Z',
      },
      {
        fromWorkbook: { sources: [sheet], blocInputs: [], files: [] },
        importedAt: '2025-12-01T08:00:00.000Z',
      },
    ],
    ['a chosen year is kept', given({}), { type: 'yearChosen', year: 2024 }, { chosenYear: 2024 }],
    [
      'clearing forgets every source, the year and both messages',
      given({
        files: [entry('a.xlsx', 'read')],
        fromFiles: { sources: [a], blocInputs: [bloc('Khối')], files: [] },
        fromWorkbook: { sources: [sheet], blocInputs: [], files: [] },
        chosenYear: 2024,
        importedAt: '2025-12-01T08:00:00.000Z',
        input: { busy: null, outcome: shown },
        output: { busy: null, outcome: shown },
      }),
      { type: 'cleared' },
      {
        files: [],
        fromFiles: { sources: [], blocInputs: [], files: [] },
        fromWorkbook: { sources: [], blocInputs: [], files: [] },
        chosenYear: undefined,
        importedAt: '2025-12-01T08:00:00.000Z',
        input: { busy: null, outcome: undefined },
        output: { busy: null, outcome: undefined },
      },
    ],
    [
      'clearing is ignored while files are read',
      given({ reading: true, fromFiles: { sources: [a], blocInputs: [], files: [] } }),
      { type: 'cleared' },
      { reading: true, fromFiles: { sources: [a], blocInputs: [], files: [] } },
    ],
    [
      'an output action reports by the output buttons, leaving the message above',
      given({ input: { busy: null, outcome: shown } }),
      { type: 'output', event: { type: 'begin', busy: 'xlsx' } },
      { input: { busy: null, outcome: shown }, output: { busy: 'xlsx', outcome: undefined } },
    ],
    [
      'reading the workbook reports above, leaving the output message',
      given({ output: { busy: null, outcome: shown } }),
      { type: 'input', event: { type: 'begin', busy: 'workbook' } },
      { input: { busy: 'workbook', outcome: undefined }, output: { busy: null, outcome: shown } },
    ],
  ])('%s', (_, before, action, after) => {
    expect(consolidationReducer(before, action)).toEqual({ ...before, ...after });
  });

  it('leaves the state it is given as it was', () => {
    const before = given({
      files: [entry('a.xlsx')],
      fromFiles: { sources: [a], blocInputs: [], files: [] },
    });
    const copy = structuredClone(before);
    consolidationReducer(before, { type: 'fileProgress', progress: { index: 0, state: 'read' } });
    consolidationReducer(before, { type: 'filesRead', found: { sources: [b], blocInputs: [], files: [] } });
    expect(before).toEqual(copy);
  });
});
