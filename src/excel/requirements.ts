import type { Text } from '../core/types';

/**
 * What the running Excel can do, checked once at start-up from its ExcelApi requirement sets.
 * Versions per set are Microsoft's table "Excel JavaScript API requirement sets": volume-licensed
 * Office 2019 stops at ExcelApi 1.7; 1.8 and 1.9 need Office 2021 (or Microsoft 365 / retail from
 * version 1808 / 1903); 1.13 needs version 2102 (Office 2021 has it). Excel on the web has all.
 */
export type ExcelFeature =
  | 'basic' // used ranges, worksheet-scoped names (ExcelApi 1.4)
  | 'conditionalFormats' // 1.6
  | 'freezePanes' // 1.7
  | 'tabColor' // 1.7
  | 'charts' // 1.7: chart series set from ranges
  | 'protectionPassword' // 1.7
  | 'dataValidation' // 1.8
  | 'pageLayout' // 1.9
  | 'autoFilter' // 1.9
  | 'mergedAreas'; // 1.13: reading merged cells back

export const FEATURE_VERSIONS: Record<ExcelFeature, string> = {
  basic: '1.4',
  conditionalFormats: '1.6',
  freezePanes: '1.7',
  tabColor: '1.7',
  charts: '1.7',
  protectionPassword: '1.7',
  dataValidation: '1.8',
  pageLayout: '1.9',
  autoFilter: '1.9',
  mergedAreas: '1.13',
};

const FEATURE_NAMES: Record<ExcelFeature, Text> = {
  basic: { vi: 'đọc và ghi trang tính', en: 'reading and writing sheets' },
  conditionalFormats: { vi: 'định dạng có điều kiện (tô màu ô chưa đạt)', en: 'conditional formatting' },
  freezePanes: { vi: 'cố định dòng và cột tiêu đề', en: 'freezing header rows and columns' },
  tabColor: { vi: 'màu thẻ trang tính', en: 'sheet tab colours' },
  charts: { vi: 'biểu đồ', en: 'charts' },
  protectionPassword: { vi: 'mật khẩu bảo vệ trang tính', en: 'sheet protection passwords' },
  dataValidation: {
    vi: 'kiểm tra dữ liệu khi nhập (danh sách chọn, giới hạn giá trị)',
    en: 'data validation (drop-down lists, value limits)',
  },
  pageLayout: {
    vi: 'thiết lập trang in (khổ A4, lặp dòng tiêu đề)',
    en: 'page setup (A4, repeated title rows)',
  },
  autoFilter: { vi: 'lọc tự động', en: 'AutoFilter' },
  mergedAreas: { vi: 'đọc ô gộp', en: 'reading merged cells' },
};

export interface MissingFeature {
  feature: ExcelFeature;
  /** ExcelApi version it needs, e.g. '1.9'. */
  version: string;
  message: Text;
}

export interface FeatureSupport {
  has: Record<ExcelFeature, boolean>;
  /** The unit report template is usable only with its drop-down lists and limits (ExcelApi 1.8). */
  template: boolean;
  /** Office.context.document.settings, where the workbook keeps its settings. */
  settings: boolean;
  missing: MissingFeature[];
}

/** Microsoft 365 / retail version on Windows that first has ExcelApi 1.8 .. 1.14 (Office 2021 has all). */
const WINDOWS_BUILDS: Record<number, string> = {
  108: '1808',
  109: '1903',
  110: '1907',
  111: '2002',
  112: '2008',
  113: '2102',
  114: '2108',
};

/** The Excel versions that have an ExcelApi version, in words. */
export function excelVersionNeeded(version: string): Text {
  const [major, minor] = version.split('.').map(Number);
  const m = (major ?? 1) * 100 + (minor ?? 0);
  if (m <= 101) return { vi: 'Excel 2016 trở lên', en: 'Excel 2016 or later' };
  if (m <= 107) {
    return {
      vi: 'Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web',
      en: 'Excel 2019 or later, Microsoft 365 or Excel on the web',
    };
  }
  const build = WINDOWS_BUILDS[m];
  if (build) {
    return {
      vi: `Excel 2021 trở lên, Microsoft 365 (phiên bản ${build} trở lên) hoặc Excel trên web`,
      en: `Excel 2021 or later, Microsoft 365 (version ${build} or later) or Excel on the web`,
    };
  }
  return {
    vi: 'Microsoft 365 bản mới hoặc Excel trên web',
    en: 'a recent Microsoft 365 or Excel on the web',
  };
}

export function featureName(f: ExcelFeature): Text {
  return FEATURE_NAMES[f];
}

/** The sentence for a feature this Excel lacks; `after` says what happens instead. */
export function missingFeatureMessage(f: ExcelFeature, after?: Text): Text {
  const v = FEATURE_VERSIONS[f];
  const needed = excelVersionNeeded(v);
  const name = FEATURE_NAMES[f];
  return {
    vi: `Phiên bản Excel này chưa hỗ trợ ${name.vi}: cần ${needed.vi} (ExcelApi ${v}).${after ? ' ' + after.vi : ''}`,
    en: `This version of Excel does not support ${name.en}: it needs ${needed.en} (ExcelApi ${v}).${after ? ' ' + after.en : ''}`,
  };
}

/**
 * Which features are available. `isSetSupported` is Office.context.requirements.isSetSupported
 * (injected so tests and file mode can say what they like); a throwing check counts as "no".
 */
export function checkRequirements(
  isSetSupported: (name: string, version: string) => boolean,
  hasSettings = true,
): FeatureSupport {
  const supported = (v: string): boolean => {
    try {
      return isSetSupported('ExcelApi', v) === true;
    } catch {
      return false;
    }
  };
  const has = {} as Record<ExcelFeature, boolean>;
  const missing: MissingFeature[] = [];
  for (const f of Object.keys(FEATURE_VERSIONS) as ExcelFeature[]) {
    const v = FEATURE_VERSIONS[f];
    has[f] = supported(v);
    if (!has[f]) missing.push({ feature: f, version: v, message: missingFeatureMessage(f) });
  }
  return { has, template: has.basic && has.dataValidation, settings: hasSettings, missing };
}

/** Everything available (Excel on the web, current Microsoft 365). */
export const ALL_FEATURES: FeatureSupport = checkRequirements(() => true);

/** The running Excel's features; none when office.js is absent (file mode). */
export function detectFeatures(): FeatureSupport {
  if (typeof Office === 'undefined' || !Office.context?.requirements) {
    return checkRequirements(() => false, false);
  }
  const hasSettings = (() => {
    try {
      return Boolean(Office.context.document?.settings);
    } catch {
      return false;
    }
  })();
  return checkRequirements((n, v) => Office.context.requirements.isSetSupported(n, v), hasSettings);
}
