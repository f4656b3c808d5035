import type { SourceInput } from '../../core/consolidate/consolidate-types';
import { fail, type Finding } from '../../core/types';
import { outcomeOf } from '../services/outcome';
import type { PickedFile } from '../services/read-workbook-files';
import { checkReducer, initialCheckState, type CheckAction, type CheckState } from './check-state';

const sheet = (name: string): SourceInput => ({ file: 'Sổ này', sheet: name, read: fail([]) });
const [s1, s2, s3] = [sheet('BC-1'), sheet('BC-2'), sheet('BC-3')];
const given = (part: Partial<CheckState>): CheckState => ({ ...initialCheckState, ...part });
const picked: PickedFile = {
  name: 'bao-cao.xlsx',
  size: 1,
  lastModified: 0,
  arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)),
};
const note: Finding = { code: 'FILE.NOTE', severity: 'info', message: { vi: 'Ghi chú', en: 'Note' } };
const shown = outcomeOf('warning', { vi: 'Cảnh báo', en: 'Warning' });

describe('checkReducer', () => {
  it.each<[string, CheckState, CheckAction, Partial<CheckState>]>([
    [
      'the first preferred sheet that was read is shown (the one asked for, then the active one)',
      given({ selected: 'BC-3' }),
      { type: 'read', reads: [s1, s2, s3], prefer: [undefined, 'BC-2'] },
      { reads: [s1, s2, s3], selected: 'BC-2' },
    ],
    [
      'a preferred sheet not read gives way to the one shown before',
      given({ selected: 'BC-3' }),
      { type: 'read', reads: [s1, s2, s3], prefer: ['Tổng hợp', 'Tổng hợp'] },
      { reads: [s1, s2, s3], selected: 'BC-3' },
    ],
    [
      'a file read again keeps the sheet shown',
      given({ reads: [s1, s2], selected: 'BC-2' }),
      { type: 'read', reads: [s1, s2] },
      { selected: 'BC-2' },
    ],
    [
      'the first sheet is shown when the one shown before is gone',
      given({ reads: [s3], selected: 'BC-3' }),
      { type: 'read', reads: [s1, s2] },
      { reads: [s1, s2], selected: 'BC-1' },
    ],
    [
      'nothing readable drops the sheets shown and keeps the choice',
      given({ reads: [s1], selected: 'BC-1' }),
      { type: 'readNothing' },
      { reads: [], selected: 'BC-1' },
    ],
    [
      'the user picks a sheet',
      given({ reads: [s1, s2] }),
      { type: 'selected', sheet: 'BC-2' },
      { selected: 'BC-2' },
    ],
    [
      'a picked file is kept for Check again',
      given({}),
      { type: 'filePicked', file: picked },
      { file: picked },
    ],
    [
      "the file's own notes replace the last file's",
      given({ fileNotes: [note, note] }),
      { type: 'fileNotes', notes: [note] },
      { fileNotes: [note] },
    ],
    [
      'checking clears the last message',
      given({ run: { busy: null, outcome: shown } }),
      { type: 'run', event: { type: 'begin', busy: 'check' } },
      { run: { busy: 'check', outcome: undefined } },
    ],
  ])('%s', (_, before, action, after) => {
    expect(checkReducer(before, action)).toEqual({ ...before, ...after });
  });
});
