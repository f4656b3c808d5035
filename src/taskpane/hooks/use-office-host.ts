import { useEffect, useState } from 'react';

/**
 * Where the task pane runs: inside Excel (the workbook adapter applies), or null in a plain browser
 * ("file mode": workbooks are read and written as files).
 */
export type OfficeHost = 'excel' | null;

export type ThemeKind = 'light' | 'dark';

export interface OfficeHostInfo {
  host: OfficeHost;
  /** Follows Office's theme inside Excel; light outside it. */
  theme: ThemeKind;
}

const FILE_MODE: OfficeHostInfo = { host: null, theme: 'light' };

/**
 * Light or dark from a CSS hex colour (#rgb or #rrggbb) by its perceived brightness; light when the
 * colour is missing or unreadable, since that is Fluent's and Office's default.
 */
export function themeFromBackground(color: string | undefined): ThemeKind {
  const hex = color?.trim().replace(/^#/, '') ?? '';
  const full = /^[0-9a-f]{3}$/i.test(hex) ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  const brightness = (0.299 * (r ?? 255) + 0.587 * (g ?? 255) + 0.114 * (b ?? 255)) / 255;
  return brightness < 0.5 ? 'dark' : 'light';
}

function officeBodyBackground(): string | undefined {
  try {
    // officeTheme is absent on some platforms (and in older requirement sets); reading it may throw.
    return Office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}

/**
 * Waits for office.js and reports the host. Outside Office, `Office.onReady` resolves with host null;
 * when office.js did not load at all (the page opened from a file server, a blocked script) there is
 * no `Office` global, and that is file mode too.
 */
export async function detectOfficeHost(): Promise<OfficeHostInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return FILE_MODE;
  try {
    const { host } = await Office.onReady();
    if (host !== Office.HostType.Excel) return FILE_MODE;
    return { host: 'excel', theme: themeFromBackground(officeBodyBackground()) };
  } catch {
    return FILE_MODE;
  }
}

/** The host, once office.js is ready; undefined while waiting. The only place the shell asks Office. */
export function useOfficeHost(): OfficeHostInfo | undefined {
  const [info, setInfo] = useState<OfficeHostInfo>();
  useEffect(() => {
    let live = true;
    void detectOfficeHost().then((detected) => {
      if (live) setInfo(detected);
    });
    return () => {
      live = false;
    };
  }, []);
  return info;
}
