import { idle, running, type RunEvent, type Running } from './run-action';

/** The unit's report sheet, or the consolidating office's own input sheet. */
export type TemplateKind = 'report' | 'bloc';
export type TemplateAction = `${'apply' | 'download'}-${TemplateKind}`;

export interface SheetConflict {
  kind: TemplateKind;
  /** The existing sheet's name. */
  sheet: string;
}

/** The Template panel's choices; the unit itself is looked up in the settings, not stored. */
export interface TemplateState {
  year: number;
  unitCode: string | undefined;
  /** A sheet of the template's name exists: the user chooses a new name or replacing it. */
  conflict: SheetConflict | undefined;
  run: Running<TemplateAction>;
}

export type TemplateStateAction =
  | { type: 'yearChosen'; year: number }
  | { type: 'unitChosen'; code: string | undefined }
  | { type: 'conflict'; conflict: SheetConflict | undefined }
  | { type: 'run'; event: RunEvent<TemplateAction> };

export const initialTemplateState = (year: number): TemplateState => ({
  year,
  unitCode: undefined,
  conflict: undefined,
  run: idle(),
});

export function templateReducer(state: TemplateState, action: TemplateStateAction): TemplateState {
  switch (action.type) {
    case 'yearChosen':
      return { ...state, year: action.year };
    case 'unitChosen':
      return { ...state, unitCode: action.code };
    case 'conflict':
      return { ...state, conflict: action.conflict };
    case 'run':
      return { ...state, run: running(state.run, action.event) };
  }
}
