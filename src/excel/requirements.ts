import type { Text } from '../core/types';

/**
 * What the running Excel can do beyond the manifest's minimum, checked once at start-up from its
 * ExcelApi requirement sets. The manifest requires ExcelApi 1.8 (`<Set Name="ExcelApi"
 * MinVersion="1.8"/>`), so Office never starts the add-in in an Excel below it: everything up to
 * 1.8 (used ranges, names, conditional formats, freeze panes, tab colours, charts, protection
 * passwords, data validation) is always there and is not checked. Versions per set are Microsoft's
 * table "Excel JavaScript API requirement sets": 1.9 needs Office 2021 (or Microsoft 365 / retail
 * from version 1903); 1.13 needs version 2102 (Office 2021 has it). Excel on the web has all.
 */
export type ExcelFeature =
  | 'pageLayout' // 1.9
  | 'autoFilter' // 1.9
  | 'mergedAreas'; // 1.13: reading merged cells back

/** The manifest's minimum: below it Office does not start the add-in. */
export const MANIFEST_EXCEL_API = '1.8';

export const FEATURE_VERSIONS: Record<ExcelFeature, string> = {
  pageLayout: '1.9',
  autoFilter: '1.9',
  mergedAreas: '1.13',
};

const FEATURE_NAMES: Record<ExcelFeature, Text> = {
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

/** The Excel versions that have an ExcelApi version (1.8 or later), in words. */
export function excelVersionNeeded(version: string): Text {
  const minor = Number(version.split('.')[1] ?? 0);
  const build = WINDOWS_BUILDS[100 + minor];
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
  return { has, missing };
}

/** Everything available (Excel on the web, current Microsoft 365). */
export const ALL_FEATURES: FeatureSupport = checkRequirements(() => true);

/** The running Excel's features; none when office.js is absent (file mode). */
export function detectFeatures(): FeatureSupport {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return checkRequirements(() => false);
  return checkRequirements((n, v) => Office.context.requirements.isSetSupported(n, v));
}
