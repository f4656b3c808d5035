import type { Settings } from '../../core/settings/settings-types';
import type { IsoDate } from '../../core/types';
import { sampleUnits } from './sample-units';

const MB = 1024 * 1024;

/**
 * Settings a new workbook starts with for Đề án 04. Every value the plan does not state is here,
 * so the user can change it: the units' report deadline (the plan names no date: 15/12 is
 * assumed), how early "due soon" starts, and the limits for reading untrusted files.
 */
export function defaultSettings(asOf: IsoDate): Settings {
  return {
    asOf,
    dueSoonDays: 30,
    lang: 'vi',
    thresholdOverrides: {},
    deadlineOverrides: {},
    blocTargetOverrides: {},
    reportDeadline: '12-15',
    org: {
      superior: 'ĐẢNG BỘ TỈNH NGHỆ AN',
      issuer: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
      place: 'Nghệ An',
      consolidatingOffice: 'Ban Tuyên giáo Đảng ủy Khối',
    },
    units: sampleUnits.map((u) => ({ ...u, aliases: [...u.aliases] })),
    limits: {
      maxFileBytes: 20 * MB,
      maxUncompressedBytes: 100 * MB,
      maxZipEntries: 2000,
      maxSheets: 50,
      maxCells: 200_000,
      maxMillisPerFile: 10_000,
    },
  };
}
