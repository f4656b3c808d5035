import { deAn04 } from '../../plans/de-an-04/plan';
import { defaultSettings } from '../../plans/de-an-04/default-settings';
import { outcomeOf } from '../services/outcome';
import { toDraft, type SettingsDraft } from '../services/settings-draft';
import {
  initialSettingsEditorState,
  settingsEditorReducer,
  type SettingsEditorAction,
  type SettingsEditorState,
} from './settings-editor-state';

const draft = toDraft(defaultSettings('2025-11-20'), deAn04, 'vi');
const other: SettingsDraft = { ...draft, asOf: '31/12/2025' };
const start = initialSettingsEditorState(draft);
const edited: SettingsEditorState = { ...start, draft: other, dirty: true };
const bad = { asOf: { vi: 'Ngày không hợp lệ', en: 'Not a date' } };
const shown = outcomeOf('error', { vi: 'Lỗi', en: 'Error' });

describe('settingsEditorReducer', () => {
  it.each<[string, SettingsEditorState, SettingsEditorAction, Partial<SettingsEditorState>]>([
    [
      'an edit changes the draft and marks it unsaved',
      start,
      { type: 'edited', change: (d) => ({ ...d, dueSoonDays: '7' }) },
      { draft: { ...draft, dueSoonDays: '7' }, dirty: true },
    ],
    [
      'outside changes reach a draft with nothing unsaved',
      start,
      { type: 'settingsChanged', draft: other },
      { draft: other },
    ],
    ['outside changes leave unsaved edits alone', edited, { type: 'settingsChanged', draft }, {}],
    [
      'discarding goes back to the settings in force and clears the messages',
      { ...edited, errors: bad, run: { busy: null, outcome: shown } },
      { type: 'discarded', draft },
      { draft, dirty: false, errors: {}, run: { busy: null, outcome: undefined } },
    ],
    [
      'an imported settings file replaces the draft, unsaved, and clears field messages',
      { ...start, errors: bad },
      { type: 'imported', draft: other },
      { draft: other, dirty: true, errors: {} },
    ],
    ['Save shows a message per bad field', edited, { type: 'checked', errors: bad }, { errors: bad }],
    ['a saved draft is no longer unsaved', edited, { type: 'saved' }, { dirty: false }],
    [
      'an action names what is busy and clears the message, keeping the draft',
      { ...edited, run: { busy: null, outcome: shown } },
      { type: 'run', event: { type: 'begin', busy: 'import-units' } },
      { run: { busy: 'import-units', outcome: undefined } },
    ],
  ])('%s', (_, before, action, after) => {
    expect(settingsEditorReducer(before, action)).toEqual({ ...before, ...after });
  });
});
