import type { OrgNames, Settings, Unit } from '../../core/settings/settings-types';
import type { IsoDate } from '../../core/types';
import { sampleUnits } from './sample-units';

const MB = 1024 * 1024;

/**
 * The bloc's names until the 2025 reorganisation (the plan's own: "Ban Thường vụ Đảng ủy Khối
 * (qua Ban Tuyên giáo)", V.3), then the names from 13/02/2025 (Quyết định 3254-QĐ/TU of
 * 12/02/2025, DOMAIN.md). Which body consolidates the scheme's reports after that date is not
 * public: those names are assumed, and editable in Settings.
 */
export function defaultOrgNames(): OrgNames[] {
  return [
    {
      to: '2025-02-12',
      superior: 'ĐẢNG BỘ TỈNH NGHỆ AN',
      issuer: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
      standingCommittee: 'Ban Thường vụ Đảng ủy Khối',
      consolidatingOffice: 'Ban Tuyên giáo Đảng ủy Khối',
      unitSuperior: 'ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH',
      place: 'Nghệ An',
      assumed: false,
    },
    {
      from: '2025-02-13',
      superior: 'ĐẢNG BỘ TỈNH NGHỆ AN',
      issuer: 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH',
      standingCommittee: 'Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh',
      consolidatingOffice: 'Ban Tuyên giáo và Dân vận Đảng ủy Ủy ban nhân dân tỉnh',
      unitSuperior: 'ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH',
      place: 'Nghệ An',
      assumed: true,
    },
  ];
}

/** A unit of its own, lists and spans included, so that editing one settings object leaves the others. */
const copyUnit = (u: Unit): Unit => ({
  ...u,
  aliases: [...u.aliases],
  ...(u.names ? { names: u.names.map((x) => ({ ...x })) } : {}),
  ...(u.superiors ? { superiors: u.superiors.map((x) => ({ ...x })) } : {}),
});

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
    org: defaultOrgNames(),
    units: sampleUnits.map(copyUnit),
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
