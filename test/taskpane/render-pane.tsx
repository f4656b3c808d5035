/**
 * Renders the task pane in jsdom in Excel mode against the counting Excel fake (test/excel), with
 * Office's document settings faked by a map: components are driven as a user would, and the
 * workbook and settings are asserted afterwards.
 */
import { webcrypto } from 'node:crypto';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, type RenderResult } from '@testing-library/react';
import type { FeatureSupport, SettingsBag } from '../../src/excel';
import { ALL_FEATURES } from '../../src/excel/requirements';
import type { IsoDate } from '../../src/core/types';
import { App } from '../../src/taskpane/App';
import { I18nProvider } from '../../src/taskpane/i18n';
import { excelPort } from '../../src/taskpane/services/excel-port';
import { filePort } from '../../src/taskpane/services/file-port';
import type { WorkbookPort } from '../../src/taskpane/services/workbook-port';
import { ExcelDouble, type ExcelDoubleOptions } from '../excel/excel-double';

// The first use of a lazy chunk (a panel, the template builders) compiles it under ts-jest: slow, once.
configure({ asyncUtilTimeout: 15_000 });

/** Office's document settings as a map; saveAsync succeeds unless told to fail. */
export class FakeSettingsBag implements SettingsBag {
  readonly values = new Map<string, unknown>();
  saves = 0;
  constructor(private readonly failSave = false) {}
  get(name: string): unknown {
    return this.values.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  // Office types saveAsync with overloads; the adapter calls the callback form only.
  saveAsync = ((callback?: (result: Office.AsyncResult<void>) => void): void => {
    this.saves++;
    const status = this.failSave ? 'failed' : 'succeeded';
    callback?.({
      status,
      error: this.failSave ? { message: 'read-only', code: 1, name: 'Error' } : undefined,
    } as unknown as Office.AsyncResult<void>);
  }) as SettingsBag['saveAsync'];
}

/** What jsdom lacks and Fluent or the pane uses. */
function polyfill(): void {
  if (!window.matchMedia) {
    window.matchMedia = ((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    })) as typeof window.matchMedia;
  }
  if (!window.ResizeObserver) {
    // Fluent's MessageBar measures itself; jsdom lays nothing out, so there is nothing to observe.
    window.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    } as unknown as typeof ResizeObserver;
  }
  if (typeof globalThis.TextDecoder === 'undefined') {
    // jsdom lacks them; browsers have them (the .xlsx reader decodes its XML with them).
    Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
  }
  if (!globalThis.crypto.subtle) {
    // jsdom has no Web Crypto digest; browsers (and Node) do: the same SHA-256 from Node's, the
    // bytes copied out of jsdom's realm (Node refuses its ArrayBuffers).
    const digest = (algorithm: string, data: ArrayBuffer) =>
      webcrypto.subtle.digest(algorithm, Buffer.from(new Uint8Array(data)));
    Object.defineProperty(globalThis.crypto, 'subtle', { value: { digest }, configurable: true });
  }
  if (!Blob.prototype.arrayBuffer) {
    Blob.prototype.arrayBuffer = function (this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    };
  }
}

export interface PaneOptions {
  mock?: ExcelDouble;
  mockOptions?: ExcelDoubleOptions;
  features?: FeatureSupport;
  bag?: FakeSettingsBag;
  today?: IsoDate;
  downloads?: { data: Uint8Array | string; fileName: string; mime: string }[];
}

export interface RenderedPane extends RenderResult {
  mock: ExcelDouble;
  bag: FakeSettingsBag;
  port: WorkbookPort;
  downloads: { data: Uint8Array | string; fileName: string; mime: string }[];
}

export function renderPane(opts: PaneOptions = {}): RenderedPane {
  polyfill();
  const mock = opts.mock ?? new ExcelDouble(opts.mockOptions ?? { sheets: [{ name: 'Sheet1' }] });
  const bag = opts.bag ?? new FakeSettingsBag();
  const downloads = opts.downloads ?? [];
  const port = excelPort({
    excel: mock.run,
    features: opts.features ?? ALL_FEATURES,
    settingsBag: bag,
    download: (data, fileName, mime) => downloads.push({ data, fileName, mime }),
  });
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider>
        <App host="excel" port={port} today={opts.today ?? '2025-11-20'} />
      </I18nProvider>
    </FluentProvider>,
  );
  return { ...result, mock, bag, port, downloads };
}

/** Renders the task pane in file mode (a plain browser): no workbook, settings in a fresh store. */
export function renderFilePane(opts: { today?: IsoDate } = {}): RenderResult {
  polyfill();
  const store = new Map<string, string>();
  const storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
    clear: () => store.clear(),
    key: (i: number) => [...store.keys()][i] ?? null,
    get length() {
      return store.size;
    },
  } as Storage;
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider>
        <App host={null} port={filePort(storage, () => undefined)} today={opts.today ?? '2025-11-20'} />
      </I18nProvider>
    </FluentProvider>,
  );
}
