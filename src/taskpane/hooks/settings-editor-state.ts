import type { DraftErrors, SettingsDraft } from '../services/settings-draft';
import { idle, running, type RunEvent, type Running } from './run-action';

export type SettingsBusy = 'save' | 'export-units' | 'import-units';

/** The Settings panel's draft: edited as typed, applied by Save. */
export interface SettingsEditorState {
  draft: SettingsDraft;
  /** The draft holds changes not saved yet (outside changes then leave it alone). */
  dirty: boolean;
  /** A message per bad field, from the last Save. */
  errors: DraftErrors;
  run: Running<SettingsBusy>;
}

export type SettingsEditorAction =
  /** The user changed the draft (`change` is pure: a reducer may run it twice). */
  | { type: 'edited'; change: (d: SettingsDraft) => SettingsDraft }
  /** The settings in force changed elsewhere: shown, unless the draft has unsaved changes. */
  | { type: 'settingsChanged'; draft: SettingsDraft }
  /** Back to the settings in force, messages gone. */
  | { type: 'discarded'; draft: SettingsDraft }
  /** A settings file replaced the draft, to be applied by Save. */
  | { type: 'imported'; draft: SettingsDraft }
  | { type: 'checked'; errors: DraftErrors }
  | { type: 'saved' }
  | { type: 'run'; event: RunEvent<SettingsBusy> };

export const initialSettingsEditorState = (draft: SettingsDraft): SettingsEditorState => ({
  draft,
  dirty: false,
  errors: {},
  run: idle(),
});

export function settingsEditorReducer(
  state: SettingsEditorState,
  action: SettingsEditorAction,
): SettingsEditorState {
  switch (action.type) {
    case 'edited':
      return { ...state, draft: action.change(state.draft), dirty: true };
    case 'settingsChanged':
      return state.dirty ? state : { ...state, draft: action.draft };
    case 'discarded':
      return {
        ...state,
        draft: action.draft,
        dirty: false,
        errors: {},
        run: { ...state.run, outcome: undefined },
      };
    case 'imported':
      return { ...state, draft: action.draft, dirty: true, errors: {} };
    case 'checked':
      return { ...state, errors: action.errors };
    case 'saved':
      return { ...state, dirty: false };
    case 'run':
      return { ...state, run: running(state.run, action.event) };
  }
}
