import { outcomeOf } from '../services/outcome';
import {
  initialTemplateState,
  templateReducer,
  type TemplateState,
  type TemplateStateAction,
} from './template-state';

const start = initialTemplateState(2025);
const shown = outcomeOf('success', { vi: 'Xong', en: 'Done' });

describe('templateReducer', () => {
  it.each<[string, TemplateState, TemplateStateAction, Partial<TemplateState>]>([
    ['a year is chosen', start, { type: 'yearChosen', year: 2026 }, { year: 2026 }],
    ['a unit is chosen', start, { type: 'unitChosen', code: 'SNV' }, { unitCode: 'SNV' }],
    [
      'the choice of unit is cleared',
      { ...start, unitCode: 'SNV' },
      { type: 'unitChosen', code: undefined },
      { unitCode: undefined },
    ],
    [
      'an existing sheet asks the user',
      start,
      { type: 'conflict', conflict: { kind: 'report', sheet: 'BC-SNV-2025' } },
      { conflict: { kind: 'report', sheet: 'BC-SNV-2025' } },
    ],
    [
      'the question is dismissed',
      { ...start, conflict: { kind: 'bloc', sheet: 'Khối' } },
      { type: 'conflict', conflict: undefined },
      { conflict: undefined },
    ],
    [
      'an action names what is busy and clears the message, keeping the choices',
      { ...start, unitCode: 'SNV', run: { busy: null, outcome: shown } },
      { type: 'run', event: { type: 'begin', busy: 'download-report' } },
      { run: { busy: 'download-report', outcome: undefined } },
    ],
  ])('%s', (_, before, action, after) => {
    expect(templateReducer(before, action)).toEqual({ ...before, ...after });
  });

  it('starts idle', () => {
    expect(start).toEqual({
      year: 2025,
      unitCode: undefined,
      conflict: undefined,
      run: { busy: null, outcome: undefined },
    });
  });
});
