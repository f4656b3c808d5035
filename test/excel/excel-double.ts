/**
 * A test double of Excel's JavaScript API for `src/excel` and the task pane's Excel port: the part
 * of the object model the adapter calls, with Excel's documented behaviour where it matters to the
 * add-in. Hand-written (no office-addin-mock: it returned a string for an unloaded property and
 * accepted any array for any range). What it models, each with its source beside the code:
 * - the request model: calls and property sets are queued and run at `context.sync()`, in order,
 *   and a request stops at its first error (the operations before it took effect); loaded values
 *   arrive only with a successful sync, and reading a property that was not loaded throws
 *   PropertyNotLoaded ("Application-specific API model", section "load()",
 *   https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model, and
 *   OfficeExtension.ErrorCodes.propertyNotLoaded,
 *   https://learn.microsoft.com/javascript/api/office/officeextension.errorcodes);
 * - request and response payload limits per host (5 MB on the web) and requirement sets per host
 *   (excel-double-model.ts, PROFILES); an API member above the host's ExcelApi version fails its
 *   request with ApiNotFound (Excel.ErrorCodes, https://learn.microsoft.com/javascript/api/excel/excel.errorcodes);
 * - cell-edit mode: a run fails unless `Excel.run({ delayForCellEdit: true }, ...)`;
 * - grids that must match the range's shape, Text format keeping an apostrophe, protected sheets
 *   and a structure-protected workbook refusing writes, sheet name rules, merged areas.
 * It counts `context.sync()` calls and records every operation with its request and size.
 * No formula is calculated: a formula cell's value stays null.
 */
import { checkRequirements, type FeatureSupport } from '../../src/excel/requirements';
import { excelRunOf, type ExcelRun, type ExcelNamespace } from '../../src/excel/excel-run';
import { quoteSheetName, rectAddress, type Rect } from '../../src/excel/a1-address';
import { utf8Length } from '../../src/excel/chunk-writes';
import {
  anyRect,
  cellKey,
  cellViews,
  cutMerges,
  eachInput,
  enterInput,
  initSheet,
  newSheet,
  officeError,
  PROFILES,
  rectCells,
  sheetNameError,
  usedRect,
  type FakeCell,
  type FakeChart,
  type FakeSheet,
  type FakeSheetInit,
  type HostProfile,
} from './excel-double-model';

export type { FakeCell, FakeChart, FakeSheet, FakeSheetInit, HostProfile } from './excel-double-model';

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

export interface ExcelDoubleOptions {
  sheets?: FakeSheetInit[];
  /** Workbook-scoped names: name -> reference as Excel gives it, e.g. "'Tổng hợp'!$E$12". */
  workbookNames?: Record<string, string>;
  /** Workbook.name (default 'Book1.xlsx'). */
  workbookName?: string;
  /** Which Excel (default: Excel on the web). */
  profile?: HostProfile;
  /** An older build of that host: its highest ExcelApi version, e.g. '1.12'. */
  apiVersion?: string;
  /** Review > Protect Workbook (structure): sheets cannot be added, deleted, renamed or moved. */
  structureProtected?: boolean;
  /** The user is typing in a cell (cell-edit mode); the text is entered when they leave it. */
  cellEdit?: { sheet: string; cell: string; text: string };
  /** The first operation matching this fails its request. */
  failWhen?: (op: RecordedOp) => boolean;
  /** Error code of the failing request (default 'InvalidArgument'). */
  failCode?: string;
  /** Fail this sync (1-based) with failCode, before anything in it runs. */
  failSync?: number;
}

/** Bytes the double counts per operation besides target and data (Excel's own is about 100-200). */
const OP_BYTES = 60;

interface Prop {
  get?: () => unknown;
  set?: (v: unknown) => void;
  /** ExcelApi 1.x minor version the property needs. */
  api?: number;
}

interface MethodResult {
  run?: () => void;
  result?: Shape;
}

interface Shape {
  target: string;
  sheetId?: number;
  /** ExcelApi minor version the object needs. */
  api?: number;
  props?: Record<string, Prop>;
  nav?: Record<string, () => Shape>;
  methods?: Record<string, (...args: unknown[]) => MethodResult>;
  /** Collections: the items at the time of the sync. */
  items?: () => Shape[];
  /** *OrNullObject results: null when this returns true at the sync. */
  isNull?: () => boolean;
  /** Run before every operation on the object (resolves a sheet, checks it still exists). */
  check?: () => void;
  /** Range objects: the address they were made from, for `names.add(name, range)`. */
  address?: string;
}

interface Client {
  shape: Shape;
  loaded: Map<string, unknown>;
  nav: Map<string, object>;
  self?: object;
}

interface Queued {
  op: RecordedOp | undefined;
  exec: () => void;
}

type SheetRef = { sheet?: FakeSheet };

const noop = (): MethodResult => ({});
/** Properties that promise, JSON and test libraries look for on any object. */
const INTROSPECTION = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', 'constructor', 'tagName']);
const JSON_BYTES = (v: unknown): number => utf8Length(JSON.stringify(v) ?? '');

export class ExcelDouble {
  syncCount = 0;
  runCount = 0;
  /** Runs that waited for the user to leave cell-edit mode. */
  delayedRuns = 0;
  readonly ops: RecordedOp[] = [];
  readonly sheets: FakeSheet[] = [];
  readonly workbookNames = new Map<string, string>();
  /** Bytes of each request and of each response, per sync. */
  readonly requestSizes: number[] = [];
  readonly responseSizes: number[] = [];
  activeSheetId: number | undefined;
  selection: string | undefined;
  structureProtected: boolean;
  cellEdit: ExcelDoubleOptions['cellEdit'];
  readonly profile: HostProfile;

  private readonly apiMinor: number;
  private nextId = 1;
  private queue: Queued[] = [];
  private readonly clients = new WeakMap<object, Client>();
  private delayedRun = false;

  /** What the adapter gets for `Excel`: `run(batch)` and `run(options, batch)`. */
  readonly excel: ExcelNamespace = {
    run: ((a: unknown, b?: unknown) => {
      const options = typeof a === 'function' ? {} : (a as Excel.RunOptions);
      const batch = (typeof a === 'function' ? a : b) as (c: Excel.RequestContext) => Promise<unknown>;
      return this.runBatch(options, batch);
    }) as ExcelNamespace['run'],
  };

  /** Excel.run as the adapter calls it (src/excel/excel-run.ts, with its run options). */
  readonly run: ExcelRun;

  constructor(private readonly opts: ExcelDoubleOptions = {}) {
    this.profile = opts.profile ?? 'web';
    this.structureProtected = opts.structureProtected === true;
    this.apiMinor = opts.apiVersion ? Number(opts.apiVersion.split('.')[1]) : PROFILES[this.profile].apiMinor;
    this.cellEdit = opts.cellEdit;
    for (const s of opts.sheets ?? []) this.sheets.push(initSheet(this.nextId++, s));
    for (const [n, ref] of Object.entries(opts.workbookNames ?? {})) this.workbookNames.set(n, ref);
    this.run = excelRunOf(this.excel);
  }

  // ---- what tests look at --------------------------------------------------------------------

  /** Office.context.requirements.isSetSupported for this host. */
  isSetSupported = (name: string, version?: string): boolean => {
    if (name !== 'ExcelApi') return false;
    const minor = Number((version ?? '1.1').split('.')[1] ?? 0);
    return minor <= this.apiMinor;
  };

  get features(): FeatureSupport {
    return checkRequirements(this.isSetSupported);
  }

  sheetNames(): string[] {
    return this.live().map((s) => s.name);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.byName(name);
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
    return [...this.requestSizes];
  }

  // ---- runs and syncs ------------------------------------------------------------------------

  private async runBatch<T>(
    options: Excel.RunOptions,
    batch: (c: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    this.runCount++;
    this.delayedRun = options.delayForCellEdit === true;
    if (this.cellEdit && this.delayedRun) {
      // The batch waits until the user leaves the cell (Enter): what they typed is entered first.
      const { sheet, cell, text } = this.cellEdit;
      const s = this.byName(sheet);
      const at = anyRect(cell);
      if (s && at) enterInput(s, at.top, at.left, text, 'values');
      this.cellEdit = undefined;
      this.delayedRuns++;
    }
    this.queue = [];
    const context = {
      workbook: this.proxy(this.workbookShape()),
      sync: () => this.sync(),
    };
    return batch(context as unknown as Excel.RequestContext);
  }

  private async sync(): Promise<void> {
    this.syncCount++;
    const queued = this.queue.splice(0);
    const limit = PROFILES[this.profile].payloadLimitBytes;
    const requestBytes = queued.reduce((n, q) => n + (q.op?.bytes ?? 0), 0);
    this.requestSizes.push(requestBytes);
    this.committing = [];
    this.pendingResponseBytes = 0;
    const refuse = (e: Error): Error => {
      this.responseSizes.push(this.pendingResponseBytes);
      this.committing = [];
      return e;
    };
    if (this.opts.failSync === this.syncCount) {
      throw refuse(officeError(this.opts.failCode ?? 'InvalidArgument', `sync ${this.syncCount} failed`));
    }
    // Excel.RunOptions.delayForCellEdit: "When false, if the user is in cell edit when the batch
    // request is processed by the host, the batch automatically fails."
    // https://learn.microsoft.com/javascript/api/excel/excel.runoptions
    if (this.cellEdit && !this.delayedRun) {
      throw refuse(
        officeError(
          'InvalidOperationInCellEditMode',
          'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
        ),
      );
    }
    // 5 MB per request on the web (see PROFILES); OfficeExtension.ErrorCodes names the error.
    if (requestBytes > limit) {
      throw refuse(
        officeError(
          'RequestPayloadSizeLimitExceeded',
          `The request payload (${requestBytes} bytes) is too large.`,
        ),
      );
    }
    for (const q of queued) {
      if (q.op && this.opts.failWhen?.(q.op)) {
        throw refuse(
          officeError(
            this.opts.failCode ?? 'InvalidArgument',
            `failed at ${q.op.kind} ${q.op.target}.${q.op.name}`,
          ),
        );
      }
      try {
        q.exec();
      } catch (e) {
        throw refuse(e as Error);
      }
      if (q.op) q.op.applied = true;
    }
    // Excel.ErrorCodes.responsePayloadSizeLimitExceeded: the response is refused whole (the
    // operations ran; nothing loaded arrives).
    if (this.pendingResponseBytes > limit) {
      throw refuse(
        officeError(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload (${this.pendingResponseBytes} bytes) is too large.`,
        ),
      );
    }
    this.responseSizes.push(this.pendingResponseBytes);
    for (const commit of this.committing.splice(0)) commit();
    await Promise.resolve();
  }

  private pendingResponseBytes = 0;
  private committing: (() => void)[] = [];

  private enqueue(
    shape: Shape,
    kind: RecordedOp['kind'] | null,
    name: string,
    data: { value?: unknown; args?: unknown[] },
    exec: () => void,
  ): void {
    let op: RecordedOp | undefined;
    if (kind) {
      const payload = kind === 'set' ? data.value : data.args;
      op = {
        batch: this.syncCount,
        ...(shape.sheetId ? { sheetId: shape.sheetId } : {}),
        target: shape.target,
        kind,
        name,
        ...(kind === 'set' ? { value: data.value } : { args: data.args }),
        applied: false,
        bytes: OP_BYTES + utf8Length(shape.target) + JSON_BYTES(this.describe(payload ?? null)),
      };
      this.ops.push(op);
    }
    this.queue.push({
      op,
      exec: () => {
        this.need(shape.api, shape.target);
        shape.check?.();
        exec();
      },
    });
  }

  /** An API member above the host's requirement set fails its request (Excel.ErrorCodes.apiNotFound). */
  private need(api: number | undefined, what: string): void {
    if (api !== undefined && api > this.apiMinor) {
      throw officeError('ApiNotFound', `${what} needs ExcelApi 1.${api}, which this Excel does not have.`);
    }
  }

  /** Proxies in arguments are recorded by their target. */
  private describe(x: unknown): unknown {
    return JSON.parse(
      JSON.stringify(x, (_k, v: unknown) => {
        const c = v && typeof v === 'object' ? this.clients.get(v) : undefined;
        return c ? c.shape.target : v;
      }) ?? 'null',
    );
  }

  // ---- client objects ------------------------------------------------------------------------

  private proxy(shape: Shape): object {
    const client: Client = { shape, loaded: new Map(), nav: new Map() };
    const proxy: object = new Proxy(
      {},
      {
        get: (_t, p) => {
          if (typeof p !== 'string' || INTROSPECTION.has(p) || p.startsWith('$$') || p.startsWith('@@'))
            return undefined;
          if (p === 'load') return (props?: string | string[]) => this.load(client, props);
          if (client.loaded.has(p)) return client.loaded.get(p);
          if (p === 'isNullObject' || p === 'items' || shape.props?.[p]) {
            // OfficeExtension.ErrorCodes.propertyNotLoaded (see the header).
            throw officeError(
              'PropertyNotLoaded',
              `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
            );
          }
          const nav = shape.nav?.[p];
          if (nav) {
            const cached = client.nav.get(p);
            if (cached) return cached;
            const child = this.proxy(nav());
            client.nav.set(p, child);
            return child;
          }
          const method = shape.methods?.[p];
          if (method) {
            return (...args: unknown[]) => {
              const made = method(...args);
              const child = made.result ? this.proxy(made.result) : undefined;
              this.enqueue(shape, 'call', p, { args }, () => made.run?.());
              if (made.result?.isNull) this.trackNull(child as object);
              return child;
            };
          }
          throw new Error(`The Excel double does not model ${shape.target}.${p}`);
        },
        set: (_t, p, value) => {
          const prop = typeof p === 'string' ? shape.props?.[p] : undefined;
          if (typeof p !== 'string' || !prop?.set) {
            throw new Error(`The Excel double does not model setting ${shape.target}.${String(p)}`);
          }
          const set = prop.set;
          this.enqueue(shape, 'set', p, { value }, () => {
            this.need(prop.api, `${shape.target}.${p}`);
            set(value);
          });
          return true;
        },
      },
    );
    this.clients.set(proxy, client);
    client.self = proxy;
    return proxy;
  }

  /** Office.js fills `isNullObject` of an *OrNullObject result at the next sync, without a load. */
  private trackNull(proxy: object): void {
    const client = this.clients.get(proxy) as Client;
    this.queue.push({
      op: undefined,
      exec: () => {
        const isNull = client.shape.isNull?.() === true;
        this.committing.push(() => client.loaded.set('isNullObject', isNull));
      },
    });
  }

  /** `load('a,b')`, `load('items/name,items/position')`, `load('protection/protected')`. */
  private load(client: Client, props?: string | string[]): object {
    const list = (Array.isArray(props) ? props : (props ?? '').split(','))
      .map((p) => p.trim())
      .filter(Boolean);
    const shape = client.shape;
    this.enqueue(shape, 'load', 'load', { args: [props] }, () => {
      const isNull = shape.isNull?.() === true;
      const own = list.filter((p) => !p.includes('/'));
      const nested = list.filter((p) => p.includes('/'));
      const values = new Map<string, unknown>();
      for (const p of own) values.set(p, isNull ? null : this.read(shape, p));
      if (shape.items) {
        const sub = nested.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
        const items = shape.items().map((itemShape) => {
          const item = this.proxy(itemShape);
          const c = this.clients.get(item) as Client;
          for (const p of sub) {
            const v = this.read(itemShape, p);
            this.pendingResponseBytes += JSON_BYTES(v);
            this.committing.push(() => c.loaded.set(p, v));
          }
          return item;
        });
        this.committing.push(() => client.loaded.set('items', items));
      } else {
        for (const path of nested) {
          const [head, rest] = [path.slice(0, path.indexOf('/')), path.slice(path.indexOf('/') + 1)];
          const nav = shape.nav?.[head];
          if (!nav) throw new Error(`The Excel double does not model ${shape.target}.${head}`);
          const childShape = nav();
          const v = this.read(childShape, rest);
          const child = (proxyOf: object) => (this.clients.get(proxyOf) as Client).loaded.set(rest, v);
          this.pendingResponseBytes += JSON_BYTES(v);
          this.committing.push(() => {
            const existing = client.nav.get(head) ?? this.proxy(childShape);
            client.nav.set(head, existing);
            child(existing);
          });
        }
      }
      for (const [p, v] of values) {
        this.pendingResponseBytes += JSON_BYTES(v);
        this.committing.push(() => client.loaded.set(p, v));
      }
      if (shape.isNull) this.committing.push(() => client.loaded.set('isNullObject', isNull));
    });
    return client.self as object;
  }

  private read(shape: Shape, p: string): unknown {
    const prop = shape.props?.[p];
    if (!prop?.get) throw new Error(`The Excel double does not model loading ${shape.target}.${p}`);
    this.need(prop.api, `${shape.target}.${p}`);
    return prop.get();
  }

  // ---- the workbook's objects ----------------------------------------------------------------

  private live(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  private byName(name: string): FakeSheet | undefined {
    return this.live().find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private taken = (lower: string, except?: FakeSheet): boolean =>
    this.live().some((s) => s !== except && s.name.toLowerCase() === lower);

  /**
   * Review > Protect Workbook: "Protecting the workbook structure prevents users from adding,
   * deleting, renaming, moving, hiding or unhiding sheets" ("Protect a workbook",
   * https://support.microsoft.com/office/protect-a-workbook-7e365a4d-3e89-4616-84ca-1931257c1517);
   * Excel.WorkbookProtection.protected reports it (ExcelApi 1.7).
   */
  private structureChange(what: string): void {
    if (this.structureProtected) {
      throw officeError(
        'AccessDenied',
        `The workbook's structure is protected: cannot ${what}.`,
        'Workbook.protection',
      );
    }
  }

  private workbookShape(): Shape {
    return {
      target: 'workbook',
      props: { name: { get: () => this.opts.workbookName ?? 'Book1.xlsx', api: 7 } },
      nav: {
        worksheets: () => this.worksheetsShape(),
        names: () => this.namesShape('workbook.names', undefined),
        protection: () => ({
          target: 'workbook.protection',
          api: 7,
          props: { protected: { get: () => this.structureProtected } },
        }),
      },
    };
  }

  private worksheetsShape(): Shape {
    return {
      target: 'workbook.worksheets',
      items: () => this.live().map((s) => this.sheetShape({ sheet: s }, s.id)),
      methods: {
        add: (name?: unknown) => {
          const id = this.nextId++;
          const ref: SheetRef = {};
          return {
            run: () => {
              this.structureChange('add a sheet');
              const n = typeof name === 'string' ? name : `Sheet${id}`;
              const error = sheetNameError(n, (l) => this.taken(l));
              if (error) throw error;
              ref.sheet = newSheet(id, n);
              this.sheets.push(ref.sheet);
            },
            result: this.sheetShape(ref, id),
          };
        },
        getItem: (name: unknown) => {
          const ref: SheetRef = {};
          return {
            run: () => {
              ref.sheet = this.byName(String(name));
              if (!ref.sheet)
                throw officeError(
                  'ItemNotFound',
                  `No sheet named "${String(name)}".`,
                  'WorksheetCollection.getItem',
                );
            },
            result: this.sheetShape(ref, this.byName(String(name))?.id ?? 0),
          };
        },
        getItemOrNullObject: (name: unknown) => {
          const ref: SheetRef = {};
          return {
            run: () => (ref.sheet = this.byName(String(name))),
            result: {
              ...this.sheetShape(ref, this.byName(String(name))?.id ?? 0),
              isNull: () => !ref.sheet,
              api: 4,
            },
          };
        },
        getActiveWorksheet: () => {
          const ref: SheetRef = {};
          return {
            run: () => (ref.sheet = this.live().find((s) => s.id === this.activeSheetId) ?? this.live()[0]),
            result: this.sheetShape(ref, this.activeSheetId ?? this.live()[0]?.id ?? 0),
          };
        },
      },
    };
  }

  private sheetOf(ref: SheetRef): FakeSheet {
    if (!ref.sheet || ref.sheet.deleted) throw officeError('ItemNotFound', 'The sheet does not exist.');
    return ref.sheet;
  }

  /**
   * Writes into a protected sheet are refused: "Protect a worksheet" (locked cells cannot be
   * changed, nor formats, merges, validation), https://support.microsoft.com/office/protect-a-worksheet-bb975f63-7f69-4b28-9b7b-b71cdb5b19fe;
   * Excel answers AccessDenied (microsoft-graph-docs issue #4546, the same engine,
   * https://github.com/microsoftgraph/microsoft-graph-docs/issues/4546). Values may still go
   * into unlocked cells.
   */
  private writable(ref: SheetRef, rect?: Rect): FakeSheet {
    const sheet = this.sheetOf(ref);
    if (!sheet.protected) return sheet;
    if (rect && rectCells(rect) <= 100_000) {
      let locked = false;
      for (let r = rect.top; r <= rect.bottom && !locked; r++) {
        for (let c = rect.left; c <= rect.right && !locked; c++)
          locked = !sheet.cells.get(cellKey(r, c))?.unlocked;
      }
      if (!locked) return sheet;
    }
    throw officeError('AccessDenied', `Sheet "${sheet.name}" is protected.`, 'Range');
  }

  private sheetShape(ref: SheetRef, id: number): Shape {
    const target = `sheet#${id}`;
    const write = (f: (s: FakeSheet) => void): Prop => ({ set: () => f(this.writable(ref)) });
    return {
      target,
      sheetId: id,
      check: () => {
        if (!ref.sheet) return; // getItemOrNullObject: a null sheet reads as nulls
        this.sheetOf(ref);
      },
      props: {
        name: {
          get: () => ref.sheet?.name,
          set: (v) => {
            const sheet = this.sheetOf(ref);
            this.structureChange('rename a sheet');
            const error = sheetNameError(String(v), (l) => this.taken(l, sheet));
            if (error) throw error;
            sheet.name = String(v);
          },
        },
        position: {
          get: () => (ref.sheet ? this.live().indexOf(ref.sheet) : null),
          set: (v) => {
            const sheet = this.sheetOf(ref);
            this.structureChange('move a sheet');
            const others = this.live().filter((x) => x !== sheet);
            others.splice(Math.min(Number(v), others.length), 0, sheet);
            const dead = this.sheets.filter((x) => x.deleted);
            this.sheets.splice(0, this.sheets.length, ...others, ...dead);
          },
        },
        tabColor: { ...write(() => undefined), api: 7 },
        visibility: { get: () => ref.sheet?.visibility ?? null },
      },
      methods: {
        delete: () => ({
          run: () => {
            const sheet = this.sheetOf(ref);
            this.structureChange('delete a sheet');
            if (this.live().length === 1)
              throw officeError('InvalidOperation', 'A workbook must keep one visible sheet.');
            sheet.deleted = true;
          },
        }),
        activate: () => ({ run: () => (this.activeSheetId = this.sheetOf(ref).id) }),
        getRange: (address?: unknown) => ({
          result: this.rangeShape(ref, id, typeof address === 'string' ? address : undefined),
        }),
        getUsedRangeOrNullObject: (valuesOnly?: unknown) => {
          const used: { rect?: Rect } = {};
          return {
            run: () => {
              const sheet = this.sheetOf(ref);
              used.rect = usedRect(sheet, valuesOnly === true);
            },
            result: {
              ...this.rangeShape(ref, id, undefined, used),
              target: `${target}.usedRange`,
              isNull: () => !used.rect,
              api: 4,
            },
          };
        },
      },
      nav: {
        names: () => ({ ...this.namesShape(`${target}.names`, ref), sheetId: id }),
        freezePanes: () => ({
          target: `${target}.freezePanes`,
          sheetId: id,
          api: 7,
          methods: {
            freezeAt: () => ({ run: () => this.writable(ref) }),
            freezeRows: () => ({ run: () => this.writable(ref) }),
            freezeColumns: () => ({ run: () => this.writable(ref) }),
          },
        }),
        autoFilter: () => ({
          target: `${target}.autoFilter`,
          sheetId: id,
          api: 9,
          methods: { apply: () => ({ run: () => this.writable(ref) }) },
        }),
        protection: () => ({
          target: `${target}.protection`,
          sheetId: id,
          props: { protected: { get: () => ref.sheet?.protected ?? null } },
          methods: {
            protect: (_options?: unknown, password?: unknown) => ({
              run: () => {
                if (password !== undefined) this.need(7, 'WorksheetProtection.protect(password)');
                this.sheetOf(ref).protected = true;
              },
            }),
          },
        }),
        pageLayout: () => ({
          target: `${target}.pageLayout`,
          sheetId: id,
          api: 9,
          props: {
            orientation: write(noop),
            paperSize: write(noop),
            zoom: write(noop),
            centerHorizontally: write(noop),
          },
          methods: { setPrintTitleRows: noop, setPrintArea: noop, setPrintMargins: noop },
        }),
        horizontalPageBreaks: () => ({
          target: `${target}.horizontalPageBreaks`,
          sheetId: id,
          api: 9,
          methods: { add: noop },
        }),
        charts: () => ({
          target: `${target}.charts`,
          sheetId: id,
          methods: {
            // Worksheet.charts.add(type, sourceData, seriesBy): one series from the source range.
            add: (type: unknown, source: unknown, seriesBy: unknown) => {
              const made: { chart?: FakeChart } = {};
              return {
                run: () => {
                  const chart: FakeChart = {
                    type: String(type),
                    source: this.addressOf(source),
                    seriesBy: String(seriesBy ?? 'Auto'),
                    valueAxis: {},
                    series: [{ values: this.addressOf(source) }],
                  };
                  this.writable(ref).charts.push(chart);
                  made.chart = chart;
                },
                result: this.chartShape(`${target}.chart`, id, made),
              };
            },
          },
        }),
      },
    };
  }

  /** The A1 address of a range argument (a range made by getRange(address)). */
  private addressOf(range: unknown): string {
    const c = range && typeof range === 'object' ? this.clients.get(range) : undefined;
    if (!c?.shape.address) throw new Error('The Excel double expects a range made by getRange(address)');
    return c.shape.address;
  }

  private chartShape(target: string, id: number, made: { chart?: FakeChart }): Shape {
    const chart = (): FakeChart => {
      if (!made.chart) throw officeError('ItemNotFound', 'The chart does not exist.');
      return made.chart;
    };
    const seriesShape = (at: () => FakeChart['series'][number]): MethodResult['result'] => ({
      target: `${target}.series`,
      sheetId: id,
      props: { name: { set: (v) => (at().name = String(v)) } },
      nav: {
        format: () => ({
          target: `${target}.series.format`,
          sheetId: id,
          nav: {
            fill: () => ({
              target: `${target}.series.format.fill`,
              sheetId: id,
              methods: { setSolidColor: (c: unknown) => ({ run: () => (at().color = String(c)) }) },
            }),
            line: () => ({
              target: `${target}.series.format.line`,
              sheetId: id,
              props: { color: { set: (c) => (at().color = String(c)) } },
            }),
          },
        }),
      },
      methods: {
        setValues: (range: unknown) => ({
          run: () => {
            this.need(7, 'ChartSeries.setValues');
            at().values = this.addressOf(range);
          },
        }),
        setXAxisValues: (range: unknown) => ({
          run: () => {
            this.need(7, 'ChartSeries.setXAxisValues');
            at().categories = this.addressOf(range);
          },
        }),
      },
    });
    // A series added by ChartSeriesCollection.add exists once its request runs.
    const added = (name: unknown): MethodResult => {
      const slot: { series?: FakeChart['series'][number] } = {};
      return {
        run: () => {
          slot.series = { name: String(name) };
          chart().series.push(slot.series);
        },
        result: seriesShape(() => slot.series as FakeChart['series'][number]),
      };
    };
    const axisProp = (key: 'min' | 'max'): Prop => ({ set: (v) => (chart().valueAxis[key] = Number(v)) });
    return {
      target,
      sheetId: id,
      methods: {
        setPosition: (from: unknown, to: unknown) => ({
          run: () =>
            (chart().position = { from: String(from), ...(to !== undefined ? { to: String(to) } : {}) }),
        }),
      },
      nav: {
        title: () => ({
          target: `${target}.title`,
          sheetId: id,
          props: { text: { set: (v) => (chart().title = String(v)) } },
        }),
        axes: () => ({
          target: `${target}.axes`,
          sheetId: id,
          nav: {
            valueAxis: () => ({
              target: `${target}.axes.valueAxis`,
              sheetId: id,
              props: { minimum: axisProp('min'), maximum: axisProp('max') },
            }),
          },
        }),
        series: () => ({
          target: `${target}.series`,
          sheetId: id,
          methods: {
            getItemAt: (i: unknown) => ({
              result: seriesShape(() => {
                const s = chart().series[Number(i)];
                if (!s) throw officeError('ItemNotFound', `No series ${String(i)}.`);
                return s;
              }),
            }),
            add: added,
          },
        }),
      },
    };
  }

  private namesShape(target: string, ref: SheetRef | undefined): Shape {
    const entries = (): [string, string][] => {
      if (!ref) return [...this.workbookNames];
      const sheet = this.sheetOf(ref);
      return [...sheet.names].map(([n, a]) => [n, `${quoteSheetName(sheet.name)}!${absolute(a)}`]);
    };
    return {
      target,
      api: ref ? 4 : undefined,
      items: () =>
        entries().map(([name, value]) => ({
          target: `${target}[${name}]`,
          props: {
            name: { get: () => name },
            type: { get: () => (value.includes('#REF!') ? 'Error' : 'Range') },
            value: { get: () => value },
          },
        })),
      methods: {
        add: (name: unknown, reference: unknown) => ({
          run: () => {
            const c = reference && typeof reference === 'object' ? this.clients.get(reference) : undefined;
            const address = c?.shape.address ?? String(reference);
            if (ref) this.sheetOf(ref).names.set(String(name), address);
            else this.workbookNames.set(String(name), address);
          },
        }),
      },
    };
  }

  private rangeShape(ref: SheetRef, id: number, address: string | undefined, used?: { rect?: Rect }): Shape {
    const target = `sheet#${id}!${address ?? '*'}`;
    const fixed = address ? anyRect(address) : null;
    const rectOf = (): Rect => {
      const r = used ? used.rect : address ? fixed : { top: 1, left: 1, bottom: 1048576, right: 16384 };
      if (!r) throw officeError('InvalidArgument', `Bad address ${address ?? ''}`);
      return r;
    };
    const grid = (view: (c: FakeCell | undefined) => unknown) => (): unknown => {
      const sheet = this.sheetOf(ref);
      const r = rectOf();
      if (rectCells(r) > 5_000_000)
        throw new Error('The Excel double does not read ranges of over 5 million cells');
      return Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
        Array.from({ length: r.right - r.left + 1 }, (_, j) =>
          view(sheet.cells.get(cellKey(r.top + i, r.left + j))),
        ),
      );
    };
    const input = (what: 'values' | 'formulas'): Prop => ({
      get: grid(cellViews[what]),
      set: (v) => {
        const r = rectOf();
        const sheet = this.writable(ref, r);
        eachInput(r, v, what, (row, col, x) => enterInput(sheet, row, col, x, what));
      },
    });
    const format = (f?: (sheet: FakeSheet, r: Rect, v: unknown) => void): Prop => ({
      set: (v) => {
        const r = rectOf();
        f?.(this.writable(ref), r, v);
      },
    });
    const sub = (name: string, props: Record<string, Prop>, extra: Partial<Shape> = {}): Shape => ({
      target: `${target}.${name}`,
      sheetId: id,
      props,
      ...extra,
    });
    /**
     * A validation or conditional format must not cut a merged area. Not stated for Office.js;
     * modelled after Excel's own refusal to change part of a merged cell ("We can't do that to a
     * merged cell", https://support.microsoft.com/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf)
     * as issue 17 (item 6) reports it; TESTING.md has the check by hand.
     */
    const notAcrossMerges = (sheet: FakeSheet, r: Rect, what: string): void => {
      const cut = cutMerges(sheet, r);
      if (cut.length) {
        throw officeError(
          'InvalidOperation',
          `${what} ${rectAddress(r)} cuts merged area ${cut.join(', ')}.`,
          what,
        );
      }
    };
    return {
      target,
      sheetId: id,
      ...(address ? { address } : {}),
      props: {
        address: {
          get: () =>
            `${quoteSheetName(this.sheetOf(ref).name)}!${used ? rectAddress(rectOf()) : (address ?? 'A:XFD')}`,
        },
        values: input('values'),
        formulas: input('formulas'),
        numberFormat: {
          get: grid(cellViews.numberFormat),
          set: (v) => {
            const r = rectOf();
            const sheet = this.writable(ref);
            eachInput(r, v, 'numberFormat', (row, col, fmt) => {
              if (fmt === null || fmt === undefined) return;
              const key = cellKey(row, col);
              sheet.cells.set(key, { ...(sheet.cells.get(key) ?? { v: null }), fmt: String(fmt) });
            });
          },
        },
        valueTypes: { get: grid(cellViews.valueTypes) },
        columnHidden: format(),
        rowHidden: format(),
      },
      methods: {
        merge: () => ({
          run: () => {
            const sheet = this.writable(ref);
            sheet.merges.push(rectAddress(rectOf()));
          },
        }),
        select: () => ({ run: () => (this.selection = `${this.sheetOf(ref).name}!${address ?? ''}`) }),
        // Range.getUsedRangeOrNullObject (ExcelApi 1.4): the used cells' bounding box within the range.
        getUsedRangeOrNullObject: (valuesOnly?: unknown) => {
          const inside: { rect?: Rect } = {};
          return {
            run: () => (inside.rect = usedRect(this.sheetOf(ref), valuesOnly === true, rectOf())),
            result: {
              ...this.rangeShape(ref, id, undefined, inside),
              target: `${target}.usedRange`,
              isNull: () => !inside.rect,
              api: 4,
            },
          };
        },
        getMergedAreasOrNullObject: () => {
          const found: { list: string[] } = { list: [] };
          return {
            run: () => {
              const r = rectOf();
              found.list = this.sheetOf(ref).merges.filter((m) => {
                const mr = anyRect(m);
                return (
                  mr !== null &&
                  mr.left >= r.left &&
                  mr.right <= r.right &&
                  mr.top >= r.top &&
                  mr.bottom <= r.bottom
                );
              });
            },
            result: {
              target: `${target}.mergedAreas`,
              sheetId: id,
              api: 13,
              isNull: () => found.list.length === 0,
              props: {
                address: {
                  get: () =>
                    found.list.map((m) => `${quoteSheetName(this.sheetOf(ref).name)}!${m}`).join(', '),
                },
              },
            },
          };
        },
      },
      nav: {
        format: () =>
          sub(
            'format',
            {
              columnWidth: format(),
              rowHeight: format(),
              horizontalAlignment: format(),
              verticalAlignment: format(),
              wrapText: format(),
            },
            {
              nav: {
                font: () =>
                  sub('format.font', {
                    name: format(),
                    size: format(),
                    bold: format(),
                    italic: format(),
                    underline: format(),
                    color: format(),
                  }),
                fill: () => sub('format.fill', { color: format() }),
                protection: () =>
                  sub('format.protection', {
                    locked: format((sheet, r, v) => {
                      for (let row = r.top; row <= r.bottom; row++) {
                        for (let col = r.left; col <= r.right; col++) {
                          const key = cellKey(row, col);
                          const c = sheet.cells.get(key) ?? { v: null };
                          if (v === false) sheet.cells.set(key, { ...c, unlocked: true });
                          else if (c.unlocked) sheet.cells.set(key, { ...c, unlocked: false });
                        }
                      }
                    }),
                  }),
                borders: () =>
                  sub(
                    'format.borders',
                    {},
                    {
                      methods: {
                        getItem: (edge: unknown) => ({
                          result: sub(`borders[${String(edge)}]`, {
                            style: format(),
                            weight: format(),
                            color: format(),
                          }),
                        }),
                      },
                    },
                  ),
              },
            },
          ),
        dataValidation: () =>
          sub(
            'dataValidation',
            {
              rule: format((sheet, r) => {
                notAcrossMerges(sheet, r, 'DataValidation');
                sheet.validated.push(rectAddress(r));
              }),
              prompt: format(),
              errorAlert: format(),
            },
            { api: 8 },
          ),
        conditionalFormats: () =>
          sub(
            'conditionalFormats',
            {},
            {
              api: 6,
              methods: {
                add: () => ({
                  run: () => {
                    const r = rectOf();
                    const sheet = this.writable(ref);
                    notAcrossMerges(sheet, r, 'ConditionalFormat');
                    sheet.formatted.push(rectAddress(r));
                  },
                  result: sub(
                    'conditionalFormat',
                    {},
                    {
                      nav: {
                        custom: () =>
                          sub(
                            'conditionalFormat.custom',
                            {},
                            {
                              nav: {
                                rule: () => sub('conditionalFormat.custom.rule', { formula: format() }),
                                format: () =>
                                  sub(
                                    'conditionalFormat.custom.format',
                                    {},
                                    {
                                      nav: {
                                        fill: () =>
                                          sub('conditionalFormat.custom.format.fill', { color: format() }),
                                        font: () =>
                                          sub('conditionalFormat.custom.format.font', { color: format() }),
                                      },
                                    },
                                  ),
                              },
                            },
                          ),
                      },
                    },
                  ),
                }),
              },
            },
          ),
      },
    };
  }
}

function absolute(a1: string): string {
  return a1
    .split(':')
    .map((p) => p.replace(/^([A-Za-z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}
