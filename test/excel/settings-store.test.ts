import type { Settings } from '../../src/core/settings/settings-types';
import {
  loadWorkbookSettings,
  saveWorkbookSettings,
  WORKBOOK_SETTINGS_KEY,
  type SettingsBag,
} from '../../src/excel/settings-store';

/** `Office.context.document.settings`: a key-value bag saved with the document. */
function aBag(initial: Record<string, unknown> = {}, saveStatus: 'succeeded' | 'failed' = 'succeeded') {
  const values = new Map(Object.entries(initial));
  let saved = 0;
  const bag: SettingsBag = {
    get: (name: string) => values.get(name) ?? null,
    set: (name: string, value: unknown) => void values.set(name, value),
    saveAsync: ((callback?: (r: Office.AsyncResult<void>) => void) => {
      if (saveStatus === 'succeeded') saved++;
      callback?.({
        status: saveStatus,
        error: saveStatus === 'failed' ? { message: 'read-only', code: 5002, name: 'x' } : undefined,
      } as unknown as Office.AsyncResult<void>);
    }) as SettingsBag['saveAsync'],
  };
  return { bag, values, saves: () => saved };
}

const SETTINGS = { asOf: '2025-12-01', dueSoonDays: 30, lang: 'vi' } as unknown as Settings;

describe('workbook settings', () => {
  it('saves under a versioned key and loads the same settings back', async () => {
    const { bag, values, saves } = aBag();
    expect(await saveWorkbookSettings(SETTINGS, bag)).toEqual({ ok: true, value: undefined });
    expect(saves()).toBe(1);
    expect(typeof values.get(WORKBOOK_SETTINGS_KEY)).toBe('string');
    expect(loadWorkbookSettings(bag)).toEqual({ ok: true, value: SETTINGS });
  });

  it('loads nothing from a workbook without settings', () => {
    expect(loadWorkbookSettings(aBag().bag)).toEqual({ ok: true, value: undefined });
  });

  it('reports damaged settings instead of throwing', () => {
    const result = loadWorkbookSettings(aBag({ [WORKBOOK_SETTINGS_KEY]: '{"asOf":' }).bag);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.code).toBe('EXCEL.SETTINGS_UNREADABLE');
  });

  it('reports a failed save with what Office said', async () => {
    const result = await saveWorkbookSettings(SETTINGS, aBag({}, 'failed').bag);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error[0]?.code).toBe('EXCEL.SETTINGS_SAVE_FAILED');
      expect(result.error[0]?.message.vi).toContain('read-only');
    }
  });

  it('says the store is unavailable outside Excel', async () => {
    expect(loadWorkbookSettings(undefined).ok).toBe(false);
    expect((await saveWorkbookSettings(SETTINGS, undefined)).ok).toBe(false);
  });
});
