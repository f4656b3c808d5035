/**
 * Issue 16 §6: every setting has a range that makes sense, and a settings file that names
 * something the schema or the plan does not know is refused with the path, never half-read.
 * In-process through the one parse (parseSettings, used by the CLI's --config and the pane's
 * import), then once through the CLI as a child process.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSettings } from '../../src/core/settings/settings-schema';
import { defaultSettings } from '../../src/plans/de-an-04/default-settings';
import { deAn04 } from '../../src/plans/de-an-04/plan';
import { runCli, tempDir } from '../cli/run-cli';

const fallback = defaultSettings('2025-12-31');
const errorsOf = (data: unknown): string[] => {
  const r = parseSettings(data, fallback, deAn04);
  return r.ok ? [] : r.error.map((f) => f.message.vi);
};

describe('§6 settings: out-of-range values and unknown names are errors with their path', () => {
  it.each([
    // The timer: setTimeout overflows past 2^31 - 1 ms, and every file would then "time out".
    [{ limits: { maxMillisPerFile: 2147483648 } }, 'limits.maxMillisPerFile: không được lớn hơn 600000'],
    [{ limits: { maxMillisPerFile: 10 } }, 'limits.maxMillisPerFile: phải từ 1000 trở lên'],
    [{ limits: { maxFileBytes: 10 * 1024 ** 3 } }, 'limits.maxFileBytes: không được lớn hơn 209715200'],
    [{ limits: { maxFileBytes: 100 } }, 'limits.maxFileBytes: phải từ 65536 trở lên'],
    [
      { limits: { maxUncompressedBytes: 8 * 1024 ** 3 } },
      'limits.maxUncompressedBytes: không được lớn hơn 1073741824',
    ],
    [{ limits: { maxZipEntries: 1e6 } }, 'limits.maxZipEntries: không được lớn hơn 65535'],
    [{ limits: { maxSheets: 0 } }, 'limits.maxSheets: phải từ 1 trở lên'],
    [{ limits: { maxCells: 1e9 } }, 'limits.maxCells: không được lớn hơn 2000000'],
    [{ limits: { maxCell: 5 } }, 'limits.maxCell: không phải là tên cài đặt nào'],
    [{ dueSoonDays: 400 }, 'dueSoonDays: không được lớn hơn 366'],
    [{ dueSoonDay: 10 }, 'dueSoonDay: không phải là tên cài đặt nào'],
    // A percent threshold: 0-100 (II.3: on-time rate, satisfaction).
    [
      { thresholdOverrides: { ii3_satisfaction: 1000 } },
      'thresholdOverrides.ii3_satisfaction: không được lớn hơn 100',
    ],
    [{ thresholdOverrides: { ii3_ontime: -1 } }, 'thresholdOverrides.ii3_ontime: phải từ 0 trở lên'],
    [
      { thresholdOverrides: { ii3_satisfactoin: 95 } },
      'thresholdOverrides.ii3_satisfactoin: không có trong plan.items',
    ],
    [{ blocTargetOverrides: { ii3_ontime: 101 } }, 'blocTargetOverrides.ii3_ontime: không được lớn hơn 100'],
    [
      { blocTargetOverrides: { nothing: 50 } },
      'blocTargetOverrides.nothing: không có trong plan.blocTargets',
    ],
    [
      { deadlineOverrides: { no_such_milestone: '12-01' } },
      'deadlineOverrides.no_such_milestone: không có trong plan.milestones',
    ],
    [{ units: [{ ...fallback.units[0], colour: 'red' }] }, 'units[0].colour: không phải là tên cài đặt nào'],
    [{ org: [{ ...fallback.org[0], extra: 1 }] }, 'org[0].extra: không phải là tên cài đặt nào'],
  ])('%j', (data, said) => {
    expect(errorsOf(data).join('\n')).toContain(said);
  });

  const yearly = deAn04.milestones.find((m) => m.schedule.kind === 'yearly');
  const once = deAn04.milestones.find((m) => m.schedule.kind === 'once');
  it.each([
    [once?.id, '12-01', 'phải là ngày dạng YYYY-MM-DD'],
    [yearly?.id, '2025-12-01', 'phải là ngày tháng dạng MM-DD'],
  ])('a date override of milestone %s in the wrong form (%s) is an error', (id, date, said) => {
    expect(errorsOf({ deadlineOverrides: { [id as string]: date } }).join('\n')).toContain(
      `deadlineOverrides.${id}: ${said}`,
    );
  });

  it.each([
    ['the defaults', {}],
    [
      'limits at their bounds',
      { limits: { maxMillisPerFile: 600000, maxFileBytes: 65536, maxSheets: 1000 } },
    ],
    ['a count threshold of 2', { thresholdOverrides: { ii4_model_dvk: 2 } }],
    // Older files: one `org` object, units with `handlesTthc`; migrated by the same parser.
    [
      'an older file (one org object, handlesTthc)',
      {
        org: { superior: 'ĐẢNG BỘ KHỐI X', issuer: 'ĐẢNG ỦY KHỐI X', place: 'Nghệ An' },
        units: [{ code: 'DV001', name: 'Đảng bộ A', kind: 'dang-bo-co-so', handlesTthc: true }],
      },
    ],
  ])('%s are accepted', (_name, data) => {
    expect(errorsOf(data)).toEqual([]);
  });
});

describe('§6 settings through the CLI (--config)', () => {
  const tmp = tempDir('settings-bounds');
  afterAll(() => tmp.remove());

  it('a settings file with a 1000% threshold and an unknown item is refused, with the paths, before any file is read', async () => {
    writeFileSync(
      join(tmp.path, 'cfg.json'),
      JSON.stringify({ thresholdOverrides: { ii3_satisfaction: 1000, ii3_satisfactoin: 95 } }),
    );
    const run = await runCli(['validate', 'nothing.xlsx', '--config', 'cfg.json'], tmp.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('có 2 chỗ không hợp lệ');
    expect(run.stderr).toContain('thresholdOverrides.ii3_satisfaction: không được lớn hơn 100');
    expect(run.stderr).toContain('thresholdOverrides.ii3_satisfactoin: không có trong plan.items');
  });
});
