/**
 * A counting, recording fake of the Excel object model for `src/excel`, built on office-addin-mock.
 *
 * What office-addin-mock does here: every client object (workbook, worksheet, range and their
 * nested format / dataValidation / pageLayout... objects, named items, charts) is an
 * `OfficeMockObject`, so a property the adapter reads without `load` + `sync` is the string
 * "Error, property was not loaded" (office-addin-mock returns that instead of throwing, which is
 * why tests assert values), and `load` of a property the model lacks throws.
 *
 * What it cannot do, and this layer adds (hand-written):
 * - collections: `load('items/name')` needs an `items` array of objects, which office-addin-mock
 *   cannot navigate; collections here have their own `load` that fills `items` at the next sync;
 * - methods that create objects from arguments (`worksheets.add(name)`, `getRange(address)`,
 *   `names.add`, `conditionalFormats.add`, `charts.add`) and a workbook state behind them
 *   (sheets, cells, names, merges) that they change, with Excel's rules for typed input (a value
 *   starting with '=' becomes a formula, '0075' a number, a leading apostrophe keeps text);
 * - counting `context.sync()` calls, recording every operation with the request (batch) it went
 *   in and its size, and failing a request at a chosen operation: the operations before it take
 *   effect and the ones after it do not, as in Excel, which runs a request in order and stops at
 *   the first error.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { ExcelRun } from '../../src/excel/excel-run';
import { parseCell, parseRect, quoteSheetName, rectAddress, type Rect } from '../../src/excel/a1-address';
import { utf8Length } from '../../src/excel/chunk-writes';

export interface FakeCell {
  v: string | number | boolean | null;
  f?: string;
  fmt?: string;
  error?: string;
  quotePrefix?: boolean;
}

export interface FakeSheet {
  id: number;
  name: string;
  cells: Map<string, FakeCell>;
  /** Worksheet-scoped names: name -> A1 address. */
  names: Map<string, string>;
  merges: string[];
  deleted: boolean;
}

export interface FakeSheetInit {
  name: string;
  cells?: Record<string, Partial<FakeCell>>;
  names?: Record<string, string>;
  merges?: string[];
}

export interface RecordedOp {
  /** 0 for operations sent with the first sync, 1 for the second... */
  batch: number;
  sheetId?: number;
  target: string;
  kind: 'set' | 'call' | 'load';
  name: string;
  value?: unknown;
  args?: unknown[];
  applied: boolean;
  bytes: number;
}

export interface ExcelMockOptions {
  sheets?: FakeSheetInit[];
  /** Workbook-scoped names: name -> reference as Excel gives it, e.g. "'Tổng hợp'!$E$12". */
  workbookNames?: Record<string, string>;
  /** The first operation matching this fails its request. */
  failWhen?: (op: RecordedOp) => boolean;
  /** Error code of the failing request (default 'InvalidArgument'). */
  failCode?: string;
  /** Fail this sync (1-based) with failCode, before anything in it runs. */
  failSync?: number;
}

/** Bytes the harness counts per operation besides target and data (Excel's own is about 100-200). */
const HARNESS_OP_BYTES = 60;

type Mock = OfficeMockObject & Record<string, unknown>;

const cellKey = (row: number, col: number): string =>
  rectAddress({ top: row, left: col, bottom: row, right: col });

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

export class ExcelMock {
  syncCount = 0;
  runCount = 0;
  readonly ops: RecordedOp[] = [];
  readonly sheets: FakeSheet[] = [];
  readonly workbookNames = new Map<string, string>();
  activeSheetId: number | undefined;
  selection: string | undefined;

  private nextId = 1;
  private batch = 0;
  private failing: Error | undefined;
  private readonly registry: Mock[] = [];
  private readonly onSync: (() => void)[] = [];
  private readonly wrapped = new WeakMap<object, object>();
  private readonly labels = new WeakMap<object, string>();
  private readonly rangeOf = new WeakMap<object, { sheetId: number; address: string }>();
  private readonly context: { workbook: unknown; sync: () => Promise<void> };

  constructor(private readonly opts: ExcelMockOptions = {}) {
    for (const s of opts.sheets ?? []) {
      const sheet = this.addSheet(s.name);
      for (const [a1, c] of Object.entries(s.cells ?? {})) sheet.cells.set(a1, { v: null, ...c });
      for (const [n, a] of Object.entries(s.names ?? {})) sheet.names.set(n, a);
      sheet.merges.push(...(s.merges ?? []));
    }
    for (const [n, ref] of Object.entries(opts.workbookNames ?? {})) this.workbookNames.set(n, ref);
    const workbook = this.wrap(
      this.mock({
        worksheets: this.worksheetsData(),
        names: this.namesData(
          () => this.workbookNamedItems(),
          (n, ref) => this.workbookNames.set(n, ref),
        ),
      }),
      'workbook',
    );
    this.context = { workbook, sync: () => this.sync() };
  }

  /** Excel.run: one batch function, one context. */
  readonly run: ExcelRun = async (batch) => {
    this.runCount++;
    return batch(this.context as unknown as Excel.RequestContext);
  };

  // ---- what tests look at --------------------------------------------------------------------

  sheetNames(): string[] {
    return this.sheets.filter((s) => !s.deleted).map((s) => s.name);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: string, a1: string): FakeCell | undefined {
    return this.sheet(sheet)?.cells.get(a1);
  }

  /** Operations on a sheet (by the sheet, whatever its name was then). */
  opsOn(sheetName: string): RecordedOp[] {
    const id = this.sheet(sheetName)?.id;
    return this.ops.filter((o) => o.sheetId === id);
  }

  /** Estimated bytes of each request (batch), in order. */
  requestBytes(): number[] {
    const out: number[] = [];
    for (const o of this.ops) out[o.batch] = (out[o.batch] ?? 0) + o.bytes;
    return Array.from(out, (b) => b ?? 0);
  }

  // ---- the request/sync machinery ------------------------------------------------------------

  private async sync(): Promise<void> {
    this.syncCount++;
    this.batch++;
    const failing = this.failing;
    this.failing = undefined;
    const pending = this.onSync.splice(0);
    if (this.opts.failSync === this.syncCount) {
      throw officeError(this.opts.failCode ?? 'InvalidArgument', `sync ${this.syncCount} failed`);
    }
    if (failing) throw failing;
    for (const m of this.registry) await m.sync();
    for (const f of pending) f();
    // office-addin-mock copies loaded values into nested objects in later microtasks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  private get applying(): boolean {
    return this.failing === undefined;
  }

  /** Marks the current request as failed at this point (later operations have no effect). */
  private failRequest(code: string, message: string): void {
    if (!this.failing) this.failing = officeError(code, message);
  }

  private describe(x: unknown): unknown {
    return JSON.parse(
      JSON.stringify(x, (_k, v: unknown) =>
        v && typeof v === 'object' && this.labels.has(v) ? this.labels.get(v) : v,
      ) ?? 'null',
    );
  }

  private record(op: Omit<RecordedOp, 'batch' | 'applied' | 'bytes'>): RecordedOp {
    const data = op.kind === 'set' ? op.value : op.args;
    const json = JSON.stringify(this.describe(data ?? null)) ?? '';
    const full: RecordedOp = {
      ...op,
      batch: this.batch,
      applied: this.applying,
      bytes: HARNESS_OP_BYTES + utf8Length(op.target) + utf8Length(json),
    };
    if (full.applied && this.opts.failWhen?.(full)) {
      full.applied = false;
      this.failRequest(
        this.opts.failCode ?? 'InvalidArgument',
        `failed at ${op.kind} ${op.target}.${op.name}`,
      );
    }
    this.ops.push(full);
    return full;
  }

  private mock(data: Record<string, unknown>): Mock {
    // Office.js sets `isNullObject` at the sync without a load; office-addin-mock would demand one.
    const { isNullObject, ...rest } = data;
    const m = new OfficeMockObject(rest) as Mock;
    if (isNullObject !== undefined) m.isNullObject = isNullObject;
    this.registry.push(m);
    return m;
  }

  /**
   * A recording proxy: sets and calls are recorded (and take effect only while the request has not
   * failed); nested office-addin-mock objects are wrapped in turn.
   */
  private wrap<T extends object>(
    raw: T,
    target: string,
    sheetId?: number,
    onSet?: (prop: string, value: unknown) => void,
  ): T {
    const cached = this.wrapped.get(raw);
    if (cached) return cached as T;
    const proxy = new Proxy(raw, {
      get: (t, p) => {
        const v: unknown = Reflect.get(t, p);
        if (typeof p !== 'string' || p.startsWith('_') || p === 'sync') return v;
        if (typeof v === 'function') {
          return (...args: unknown[]) => {
            const kind = p === 'load' ? 'load' : 'call';
            this.record({ kind, target, name: p, args, ...(sheetId ? { sheetId } : {}) });
            return (v as (...a: unknown[]) => unknown).apply(t, args);
          };
        }
        if (v instanceof OfficeMockObject) return this.wrap(v, `${target}.${p}`, sheetId);
        return v;
      },
      set: (t, p, value) => {
        if (typeof p !== 'string') return Reflect.set(t, p, value);
        const op = this.record({ kind: 'set', target, name: p, value, ...(sheetId ? { sheetId } : {}) });
        if (op.applied) {
          onSet?.(p, value);
          Reflect.set(t, p, value);
        }
        return true;
      },
    });
    this.wrapped.set(raw, proxy);
    this.labels.set(proxy, target);
    return proxy;
  }

  /** A collection: `load('items/a,items/b')` fills `items` at the next sync with fresh objects. */
  private collection(data: Record<string, unknown>, items: () => Mock[]): Record<string, unknown> {
    const onSync = this.onSync;
    return {
      ...data,
      // A function expression: office-addin-mock calls it with the collection object as `this`.
      load: function (this: Record<string, unknown>, props?: string) {
        const sub = (props ?? '')
          .split(',')
          .map((x) => x.trim())
          .filter((x) => x.startsWith('items/'))
          .map((x) => x.slice('items/'.length));
        const list = items();
        if (sub.length) for (const item of list) item.load(sub.join(','));
        onSync.push(() => (this.items = list));
        return this;
      },
    };
  }

  // ---- workbook state ------------------------------------------------------------------------

  private addSheet(name: string): FakeSheet {
    const s: FakeSheet = {
      id: this.nextId++,
      name,
      cells: new Map(),
      names: new Map(),
      merges: [],
      deleted: false,
    };
    this.sheets.push(s);
    return s;
  }

  private live(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  private byName(name: string): FakeSheet | undefined {
    return this.live().find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private worksheetsData(): Record<string, unknown> {
    return this.collection(
      {
        add: (name?: string) => {
          if (!this.applying) return this.sheetObject(undefined);
          const n = name ?? `Sheet${this.nextId}`;
          if (this.byName(n)) {
            this.failRequest('ItemAlreadyExists', `sheet ${n} exists`);
            return this.sheetObject(undefined);
          }
          return this.sheetObject(this.addSheet(n));
        },
        getItem: (name: string) => {
          const s = this.byName(name);
          if (!s && this.applying) this.failRequest('ItemNotFound', `no sheet ${name}`);
          return this.sheetObject(s);
        },
        getItemOrNullObject: (name: string) => this.sheetObject(this.byName(name), true),
      },
      () => this.live().map((s) => this.sheetObject(s)),
    );
  }

  private sheetObject(s: FakeSheet | undefined, orNull = false): Mock {
    return this.wrap(this.rawSheetObject(s, orNull), `sheet#${s?.id ?? 0}`, s?.id, (prop, value) => {
      if (!s) return;
      if (prop === 'name') {
        const other = this.byName(String(value));
        if ((other && other !== s) || /[[\]:*?/\\]/.test(String(value)) || String(value).length > 31) {
          this.failRequest('InvalidArgument', `cannot rename to ${String(value)}`);
        } else s.name = String(value);
      }
      if (prop === 'position') {
        const list = this.live();
        const others = list.filter((x) => x !== s);
        others.splice(Math.min(Number(value), others.length), 0, s);
        const dead = this.sheets.filter((x) => x.deleted);
        this.sheets.splice(0, this.sheets.length, ...others, ...dead);
      }
    });
  }

  private rawSheetObject(s: FakeSheet | undefined, orNull = false): Mock {
    const id = s?.id ?? 0;
    const target = `sheet#${id}`;
    const onSheet = (fn: (sheet: FakeSheet) => void) => () => {
      if (s && this.applying) fn(s);
    };
    return this.mock({
      name: s?.name,
      position: s ? this.live().indexOf(s) : undefined,
      isNullObject: orNull && !s,
      tabColor: '',
      delete: onSheet((sheet) => {
        if (this.live().length === 1) this.failRequest('InvalidOperation', 'cannot delete the last sheet');
        else sheet.deleted = true;
      }),
      activate: onSheet((sheet) => (this.activeSheetId = sheet.id)),
      getRange: (address?: string) => this.rangeObject(s, address),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => this.usedRange(s, valuesOnly === true),
      names: this.namesData(
        () =>
          s
            ? [...s.names].map(([n, a]) => this.namedItem(n, `${quoteSheetName(s.name)}!${absolute(a)}`))
            : [],
        (n, ref) => s?.names.set(n, ref),
      ),
      freezePanes: { freezeAt: noop, freezeRows: noop, freezeColumns: noop },
      autoFilter: { apply: noop },
      protection: { protected: false, protect: noop },
      pageLayout: {
        orientation: 'Portrait',
        paperSize: 'Letter',
        centerHorizontally: false,
        setPrintTitleRows: noop,
        setPrintArea: noop,
        setPrintMargins: noop,
      },
      charts: { add: (type: string) => this.chartObject(target, type, id) },
    });
  }

  private namedItem(name: string, ref: string): Mock {
    return this.mock({ name, type: ref.includes('#REF!') ? 'Error' : 'Range', value: ref });
  }

  private workbookNamedItems(): Mock[] {
    return [...this.workbookNames].map(([n, ref]) => this.namedItem(n, ref));
  }

  private namesData(items: () => Mock[], add: (name: string, ref: string) => void): Record<string, unknown> {
    return this.collection(
      {
        add: (name: string, reference: unknown) => {
          if (!this.applying) return;
          const r = reference && typeof reference === 'object' ? this.rangeOf.get(reference) : undefined;
          add(name, r ? r.address : String(reference));
        },
      },
      items,
    );
  }

  private chartObject(target: string, type: string, sheetId: number): Mock {
    const series = () =>
      this.wrap(
        this.mock({ name: '', setValues: noop, setXAxisValues: noop }),
        `${target}.chart.series`,
        sheetId,
      );
    return this.wrap(
      this.mock({
        type,
        title: { text: '' },
        setPosition: noop,
        series: { getItemAt: series, add: series },
      }),
      `${target}.chart`,
      sheetId,
    );
  }

  private usedRange(s: FakeSheet | undefined, valuesOnly: boolean): Mock {
    let rect: Rect | undefined;
    for (const [a1, c] of s?.cells ?? []) {
      if (valuesOnly && c.v === null && !c.f && !c.error) continue;
      const p = parseCell(a1);
      if (!p) continue;
      rect = rect
        ? {
            top: Math.min(rect.top, p.row),
            left: Math.min(rect.left, p.col),
            bottom: Math.max(rect.bottom, p.row),
            right: Math.max(rect.right, p.col),
          }
        : { top: p.row, left: p.col, bottom: p.row, right: p.col };
    }
    if (!s || !rect) {
      return this.wrap(
        this.mock({
          isNullObject: true,
          address: undefined,
          values: undefined,
          numberFormat: undefined,
          formulas: undefined,
          valueTypes: undefined,
        }),
        `sheet#${s?.id ?? 0}.usedRange`,
        s?.id,
      );
    }
    return this.rangeObject(s, rectAddress(rect));
  }

  private rangeObject(s: FakeSheet | undefined, address?: string): Mock {
    const id = s?.id ?? 0;
    const rect = address ? parseRect(address) : null;
    const target = `sheet#${id}!${address ?? '*'}`;
    // Reads see the cells as they are when the range is asked for (enough for these tests).
    const small = rect && (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) <= 100_000;
    const read = <T>(f: (c: FakeCell | undefined) => T): T[][] | undefined =>
      small && s && rect
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) =>
            Array.from({ length: rect.right - rect.left + 1 }, (_, c) =>
              f(s.cells.get(cellKey(rect.top + r, rect.left + c))),
            ),
          )
        : undefined;
    const raw = this.mock({
      address: `${quoteSheetName(s?.name ?? '')}!${address ?? 'A:XFD'}`,
      isNullObject: false,
      values: read((c) => (c?.error ? c.error : (c?.v ?? ''))),
      formulas: read((c) => (c?.f ? `=${c.f}` : c?.error ? c.error : (c?.v ?? ''))),
      numberFormat: read((c) => c?.fmt ?? 'General'),
      valueTypes: read((c) =>
        c?.error
          ? 'Error'
          : c === undefined || c.v === null || c.v === ''
            ? 'Empty'
            : typeof c.v === 'string'
              ? 'String'
              : typeof c.v === 'number'
                ? 'Double'
                : 'Boolean',
      ),
      columnHidden: false,
      rowHidden: false,
      format: {
        columnWidth: 0,
        rowHeight: 0,
        horizontalAlignment: 'General',
        verticalAlignment: 'Bottom',
        wrapText: false,
        font: { name: '', size: 0, bold: false, italic: false, underline: 'None', color: '' },
        fill: { color: '' },
        protection: { locked: true },
        borders: {
          getItem: (edge: string) =>
            this.wrap(
              this.mock({ style: 'None', weight: 'Thin', color: '' }),
              `${target}.borders[${edge}]`,
              id,
            ),
        },
      },
      dataValidation: { rule: {}, prompt: {}, errorAlert: {} },
      conditionalFormats: {
        add: (type: string) =>
          this.wrap(
            this.mock({
              type,
              priority: 0,
              custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } },
            }),
            `${target}.conditionalFormat`,
            id,
          ),
      },
      merge: () => {
        if (s && this.applying && address) s.merges.push(address);
      },
      select: () => {
        if (s && this.applying) this.selection = `${s.name}!${address ?? ''}`;
      },
      getMergedAreasOrNullObject: () => {
        const merges = s?.merges ?? [];
        const prefix = quoteSheetName(s?.name ?? '');
        return this.wrap(
          this.mock({
            isNullObject: merges.length === 0,
            address: merges.map((m) => `${prefix}!${m}`).join(', '),
          }),
          `${target}.mergedAreas`,
          id,
        );
      },
    });
    const proxy = this.wrap(raw, target, s ? id : undefined, (prop, value) => {
      if (!s || !rect) return;
      if (prop === 'values') this.enter(s, rect, value, 'values');
      if (prop === 'formulas') this.enter(s, rect, value, 'formulas');
      if (prop === 'numberFormat') {
        this.each(rect, value, (row, col, fmt) => {
          const key = cellKey(row, col);
          s.cells.set(key, { ...(s.cells.get(key) ?? { v: null }), fmt: String(fmt) });
        });
      }
    });
    if (s && address) this.rangeOf.set(proxy, { sheetId: id, address });
    return proxy;
  }

  private each(rect: Rect, grid: unknown, f: (row: number, col: number, v: unknown) => void): void {
    if (!Array.isArray(grid)) return;
    grid.forEach((row: unknown, r) => {
      if (!Array.isArray(row)) return;
      row.forEach((v: unknown, c) => {
        if (v !== null && v !== undefined) f(rect.top + r, rect.left + c, v);
      });
    });
  }

  /** What Excel makes of input, as when a user types it (Office.js `values`) or sets `formulas`. */
  private enter(s: FakeSheet, rect: Rect, grid: unknown, via: 'values' | 'formulas'): void {
    this.each(rect, grid, (row, col, input) => {
      const key = cellKey(row, col);
      const prev = s.cells.get(key);
      const fmt = prev?.fmt;
      const base: FakeCell = { v: null, ...(fmt ? { fmt } : {}) };
      if (input === '') {
        if (fmt) s.cells.set(key, base);
        else s.cells.delete(key);
        return;
      }
      if (typeof input !== 'string') {
        s.cells.set(key, { ...base, v: input as number | boolean });
        return;
      }
      if (input.startsWith("'")) {
        s.cells.set(key, { ...base, v: input.slice(1), quotePrefix: true });
        return;
      }
      const looksFormula = input.startsWith('=') || (/^[+-]/.test(input) && Number.isNaN(Number(input)));
      // A text-formatted cell keeps typed input as text (values); formulas are formulas.
      if (looksFormula && (via === 'formulas' || fmt !== '@')) {
        s.cells.set(key, { ...base, f: input.replace(/^[=+]/, '') });
        return;
      }
      if (fmt === '@') s.cells.set(key, { ...base, v: input });
      else if (input.trim() !== '' && !Number.isNaN(Number(input)))
        s.cells.set(key, { ...base, v: Number(input) });
      else if (/^(true|false)$/i.test(input))
        s.cells.set(key, { ...base, v: input.toLowerCase() === 'true' });
      else s.cells.set(key, { ...base, v: input });
    });
  }
}

function absolute(a1: string): string {
  return a1
    .split(':')
    .map((p) => p.replace(/^([A-Za-z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}

function noop(): void {}
