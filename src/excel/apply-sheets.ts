import type {
  ConditionalFormatSpec,
  DataValidationSpec,
  PrintSpec,
  SheetSpec,
} from '../core/sheet/sheet-spec';
import { fail, ok, type Finding, type Result, type Text } from '../core/types';
import { columnLetters, rectAddress, rectCols, rectRows, type Rect } from './a1-address';
import { addChart } from './add-charts';
import {
  cellBlocks,
  DEFAULT_REQUEST_BUDGET_BYTES,
  OP_OVERHEAD_BYTES,
  opBytes,
  runsOf,
  splitBlock,
  styleGroups,
  borderGroups,
  SyncBudget,
  type RangeStyle,
} from './chunk-writes';
import { errorText, officeExcelRun, type ExcelRun } from './excel-run';
import {
  detectFeatures,
  missingFeatureMessage,
  type ExcelFeature,
  type FeatureSupport,
} from './requirements';

/**
 * Writes sheet specs into the open workbook in ONE `Excel.run` and, for anything the size of a
 * report, exactly two `context.sync()` calls:
 *   sync 1 loads the sheet names (to choose names and find the sheets a 'replace' removes);
 *   sync 2 sends everything else.
 * Each spec is written into a fresh sheet under a temporary name, and only at the end of the same
 * request renamed (and the sheet it replaces deleted), so a failure half-way never leaves a
 * half-written sheet under a real name nor loses the old one: the catch path (the only place with
 * extra syncs) deletes what was created and puts the old sheet back. When the queued operations
 * exceed the request budget (Excel on the web rejects requests over 5 MB), the writes are sent in
 * several requests: syncs = 2 + ceil(payload / budget) - 1. readThenApply (read-then-apply.ts) sends
 * sync 1's loads with its read's first sync, leaving the write one sync when it fits the budget.
 * The write's steps are in writeSheetsIn, in order: sheets and their bodies (writeBody: formats,
 * values, styles, borders, validations, merges, names, page layout, charts), renames, formulas,
 * removal of replaced sheets, protection, activation.
 */

export type OnExisting = 'new-name' | 'fail' | 'replace';

export interface ApplyOptions {
  /** What to do when a sheet with the spec's name exists: pick "Name (2)", stop, or replace it. */
  onExisting: OnExisting;
  excel?: ExcelRun;
  /** Defaults to the running Excel's requirement sets. */
  features?: FeatureSupport;
  /** Largest request sent in one sync, in estimated bytes (default 4 MB). */
  requestBudgetBytes?: number;
  /** Activate the first written sheet (default true). */
  activate?: boolean;
}

export interface ApplyStats {
  syncs: number;
  largestRequestBytes: number;
  payloadBytes: number;
}

export interface ApplyResult {
  /** Final sheet names, in spec order. */
  written: string[];
  /** Renamed sheets and features this Excel lacks (info and warnings; nothing failed). */
  notes: Finding[];
  stats: ApplyStats;
}

export const SHEET_NAME_MAX = 31;
/** The sheet list as both the write and the read load it (one load, whichever runs first). */
export const SHEET_LIST_PROPS = 'items/name,items/position';
const TEMP_PREFIX = '~baocao-tmp-';
const TRASH_PREFIX = '~baocao-old-';

/** Column width: Excel measures it in characters of the Normal font (Calibri 11: 7 px a digit plus
 *  5 px padding); Office.js takes points (0.75 pt a pixel). 8.43 characters -> 64 px -> 48 pt, the
 *  same width the file writer (src/xlsx) gives the same spec. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A name Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending with '. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '-')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, SHEET_NAME_MAX)
    .trim();
  return cleaned || 'Trang tính';
}

/** 'Tổng hợp 2025' -> 'Tổng hợp 2025 (2)', '(3)'..., cutting the base to stay within 31 characters. */
export function uniqueSheetName(base: string, isTaken: (name: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!isTaken(name)) return name;
  }
}

export interface SheetPlan {
  requested: string;
  final: string;
  temp: string;
  /** The existing sheet this one replaces ('replace'), its position, and its name while set aside. */
  replaces?: { name: string; position: number; trash: string };
}

const lower = (s: string): string => s.toLowerCase();

/**
 * Final, temporary and set-aside names for each spec, given the workbook's sheets. Excel compares
 * sheet names without case. Two specs with one name never replace each other: the second gets
 * "(2)". 'History' is reserved by Excel.
 */
export function planSheetNames(
  names: readonly string[],
  existing: readonly { name: string; position: number }[],
  onExisting: OnExisting,
): Result<SheetPlan[]> {
  const existingByName = new Map(existing.map((e) => [lower(e.name), e]));
  const used = new Set<string>(['history']);
  const taken = (n: string): boolean => existingByName.has(lower(n)) || used.has(lower(n));
  const plans: SheetPlan[] = [];
  const clashes: Finding[] = [];
  for (const requested of names) {
    const base = safeSheetName(requested);
    const old = existingByName.get(lower(base));
    let final: string;
    let replaces: SheetPlan['replaces'];
    if (used.has(lower(base)) || !old) final = uniqueSheetName(base, taken);
    else if (onExisting === 'replace') {
      final = base;
      replaces = { name: old.name, position: old.position, trash: '' };
    } else if (onExisting === 'fail') {
      clashes.push(sheetExists(old.name));
      final = base;
    } else final = uniqueSheetName(base, taken);
    used.add(lower(final));
    plans.push({ requested, final, temp: '', ...(replaces ? { replaces } : {}) });
  }
  if (clashes.length) return fail(clashes);
  plans.forEach((p, i) => {
    p.temp = uniqueSheetName(`${TEMP_PREFIX}${i + 1}`, taken);
    used.add(lower(p.temp));
    if (p.replaces) {
      p.replaces.trash = uniqueSheetName(`${TRASH_PREFIX}${i + 1}`, taken);
      used.add(lower(p.replaces.trash));
    }
  });
  return ok(plans);
}

function sheetExists(name: string): Finding {
  return {
    code: 'EXCEL.SHEET_EXISTS',
    severity: 'error',
    sheet: name,
    message: {
      vi: `Sổ đã có trang tính "${name}", nên không ghi đè lên trang đó. Hãy đổi tên hoặc xóa trang "${name}", hoặc chọn "Thay thế trang cũ".`,
      en: `The workbook already has a sheet named "${name}", so it was not overwritten. Rename or delete "${name}", or choose "Replace the old sheet".`,
    },
  };
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/**
 * The edges that draw a line on every cell of a rectangle: all four sides of each cell (`boxed`), or
 * the line under each of its rows (`underlined`: the rule under a document header). The inside edges
 * exist only when the rectangle has more than one row or column.
 */
export function borderEdges(r: Rect, kind: 'boxed' | 'underlined'): Excel.BorderIndex[] {
  const edges: string[] =
    kind === 'boxed' ? ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] : ['EdgeBottom'];
  if (rectRows(r) > 1) edges.push('InsideHorizontal');
  if (kind === 'boxed' && rectCols(r) > 1) edges.push('InsideVertical');
  return edges as Excel.BorderIndex[];
}

/** Queues a thin black line on each edge (four operations an edge: getItem, style, weight, color). */
function applyBorders(range: Excel.Range, edges: readonly Excel.BorderIndex[]): void {
  for (const edge of edges) {
    const b = range.format.borders.getItem(edge);
    b.style = 'Continuous';
    b.weight = 'Thin';
    b.color = '#000000';
  }
}

function applyStyle(range: Excel.Range, s: RangeStyle): void {
  const f = range.format;
  if (s.bold) f.font.bold = true;
  if (s.italic) f.font.italic = true;
  if (s.underline) f.font.underline = 'Single';
  if (s.size !== undefined) f.font.size = s.size;
  if (s.color) f.font.color = `#${s.color}`;
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) f.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.wrap) f.wrapText = true;
  // Cells are locked by default; only input cells are unlocked (they stay editable when protected).
  if (s.unlocked) f.protection.locked = false;
}

/** Excel's limits on validation texts; longer ones make the whole request fail. */
const clip = (s: string, max: number): string => (s.length > max ? s.slice(0, max - 1) + '…' : s);

/**
 * A spec rule as Office.js wants it. List sources are comma-separated, so list values must not
 * contain commas (Excel has no escape for them in a literal list).
 */
export function validationRule(rule: DataValidationSpec['rule']): Excel.DataValidationRule {
  switch (rule.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: rule.values.join(',') } };
    case 'whole':
      return {
        wholeNumber:
          rule.max === undefined
            ? { formula1: rule.min, operator: 'GreaterThanOrEqualTo' }
            : { formula1: rule.min, formula2: rule.max, operator: 'Between' },
      };
    case 'decimal':
      return { decimal: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
    case 'date':
      // Office.js takes ISO 8601 date strings for date rules.
      return { date: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
    case 'textLength':
      return { textLength: { formula1: rule.max, operator: 'LessThanOrEqualTo' } };
  }
}

/** Excel defined names: letter, '_' or '\' first; no spaces; not a cell reference such as 'AB12'. */
export function isValidDefinedName(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  return !/^(r|c|r\d+c\d*|r\d*c\d+|r\d+|c\d+)$/i.test(name);
}

interface SheetWork {
  plan: SheetPlan;
  spec: SheetSpec;
  sheet: Excel.Worksheet;
  /** Formula blocks, written after the rename so references to other new sheets resolve. */
  formulas: { address: string; formulas: (string | null)[][] }[];
}

class Notes {
  private readonly skipped = new Map<ExcelFeature, { sheets: string[]; after?: Text }>();
  readonly list: Finding[] = [];

  skip(feature: ExcelFeature, sheet: string, after?: Text): void {
    const entry = this.skipped.get(feature) ?? { sheets: [], ...(after ? { after } : {}) };
    if (!entry.sheets.includes(sheet)) entry.sheets.push(sheet);
    this.skipped.set(feature, entry);
  }

  findings(): Finding[] {
    const out = [...this.list];
    for (const [feature, { sheets, after }] of this.skipped) {
      const names = sheets.map((s) => `"${s}"`).join(', ');
      out.push({
        code: 'EXCEL.FEATURE_MISSING',
        severity: 'warning',
        ...(sheets[0] ? { sheet: sheets[0] } : {}),
        message: missingFeatureMessage(
          feature,
          after ?? {
            vi: `Trang ${names} được ghi thiếu phần này.`,
            en: `Sheet ${names} was written without it.`,
          },
        ),
      });
    }
    return out;
  }
}

/** Queues one write (its address and value sized against the request budget); add-charts.ts uses it. */
export type Queue = (address: string, value: unknown, op: () => void, actions?: number) => Promise<void>;

export async function applySheets(
  specs: readonly SheetSpec[],
  opts: ApplyOptions,
): Promise<Result<ApplyResult>> {
  const run = opts.excel ?? officeExcelRun;
  try {
    return await run(async (context) => {
      const look = lookAtWorkbook(context);
      await context.sync();
      return await writeSheetsIn(context, look, specs, opts, 1);
    });
  } catch (e) {
    // Nothing was created: the first sync (names) failed, or Excel.run itself.
    return fail([writeFailed([], e, { cleaned: true, kept: [] })]);
  }
}

/** What the write must know of the workbook before it writes, queued to go with the next sync. */
export interface WorkbookLook {
  sheets: Excel.WorksheetCollection;
  protection: Excel.WorkbookProtection;
}

/**
 * Queues the loads of the sheet names and places and of the structure protection. applySheets
 * sends them in a sync of their own; readThenApply lets them go with the read's first sync.
 */
export function lookAtWorkbook(context: Excel.RequestContext): WorkbookLook {
  const sheets = context.workbook.worksheets;
  sheets.load(SHEET_LIST_PROPS);
  // Review > Protect Workbook (structure) makes every sheets.add fail with a bare AccessDenied:
  // find it first and say so (WorkbookProtection, ExcelApi 1.7, below the manifest's 1.8).
  const protection = context.workbook.protection;
  protection.load('protected');
  return { sheets, protection };
}

/**
 * The write inside the caller's `Excel.run`, once a sync has loaded `look`. `syncsBefore` is what
 * the stats count before it (applySheets' look). Excel's errors become EXCEL.WRITE_FAILED, after
 * the roll-back.
 */
export async function writeSheetsIn(
  context: Excel.RequestContext,
  look: WorkbookLook,
  specs: readonly SheetSpec[],
  opts: Omit<ApplyOptions, 'excel'>,
  syncsBefore = 0,
): Promise<Result<ApplyResult>> {
  const features = opts.features ?? detectFeatures();
  const { sheets, protection } = look;
  let syncs = syncsBefore;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  if (protection.protected) return fail([structureProtected(specs.map((s) => s.name))]);
  const planned = planSheetNames(
    specs.map((s) => s.name),
    sheets.items.map((s) => ({ name: s.name, position: s.position })),
    opts.onExisting,
  );
  if (!planned.ok) return planned;
  const plans = planned.value;
  const notes = new Notes();
  for (const p of plans) {
    if (p.final !== p.requested) notes.list.push(renamed(p));
  }

  const budget = new SyncBudget(sync, opts.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES);
  const q: Queue = (address, value, op, actions = 1) =>
    budget.queue(opBytes(address, value) + (actions - 1) * OP_OVERHEAD_BYTES, op);
  try {
    // 1-2. Fresh sheets under temporary names, with everything but formulas.
    const work: SheetWork[] = [];
    for (const [i, plan] of plans.entries()) {
      const spec = specs[i] as SheetSpec;
      let sheet: Excel.Worksheet | undefined;
      await q(plan.temp, null, () => {
        sheet = sheets.add(plan.temp);
      });
      const w: SheetWork = { plan, spec, sheet: sheet as Excel.Worksheet, formulas: [] };
      await writeBody(w, q, budget.limitBytes, features, notes);
      work.push(w);
    }
    // 3. Set the replaced sheets aside, give ours their names (and the old sheets' places).
    for (const { plan } of work) {
      const r = plan.replaces;
      if (r) await q(r.name, r.trash, () => (sheets.getItem(r.name).name = r.trash));
    }
    for (const { plan, sheet } of work) {
      const place = plan.replaces?.position;
      await q(
        plan.final,
        plan.final,
        () => {
          sheet.name = plan.final;
          if (place !== undefined) sheet.position = place;
        },
        place !== undefined ? 2 : 1,
      );
    }
    // 4. Formulas, now that every sheet has its final name.
    for (const w of work) {
      for (const f of w.formulas) {
        await q(f.address, f.formulas, () => (w.sheet.getRange(f.address).formulas = f.formulas));
      }
    }
    // 5. Only now remove what was replaced.
    for (const { plan } of work) {
      const r = plan.replaces;
      if (r) await q(r.trash, null, () => sheets.getItem(r.trash).delete());
    }
    // 6. Protection last: nothing can be written into a protected sheet.
    for (const w of work) await protect(w, q);
    const first = work[0];
    if (first && opts.activate !== false) await q(first.plan.final, null, () => first.sheet.activate());
    await budget.flush();
  } catch (e) {
    return fail([writeFailed(plans, e, await rollBack(context, plans, sync))]);
  }
  return ok({
    written: plans.map((p) => p.final),
    notes: notes.findings(),
    stats: { syncs, largestRequestBytes: budget.largestRequestBytes, payloadBytes: budget.totalBytes },
  });
}

function structureProtected(names: readonly string[]): Finding {
  const list = names.map((n) => `"${n}"`).join(', ');
  return {
    code: 'EXCEL.WORKBOOK_PROTECTED',
    severity: 'error',
    ...(names[0] ? { sheet: names[0] } : {}),
    message: {
      vi: `Không thêm được trang ${list} vì sổ đang được khóa cấu trúc (Xem lại > Bảo vệ Sổ làm việc), nên Excel không cho thêm, xóa hay đổi tên trang tính. Hãy bỏ khóa (Xem lại > Bảo vệ Sổ làm việc, nhập mật khẩu nếu có) rồi thử lại; có thể khóa lại sau.`,
      en: `Could not add sheet ${list}: the workbook's structure is protected (Review > Protect Workbook), so Excel allows no sheet to be added, deleted or renamed. Unprotect it (Review > Protect Workbook, with its password if any) and try again; you can protect it again afterwards.`,
    },
  };
}

function renamed(p: SheetPlan): Finding {
  return {
    code: 'EXCEL.SHEET_RENAMED',
    severity: 'info',
    sheet: p.final,
    message: {
      vi: `Sổ đã có trang "${p.requested}" (hoặc tên đó không hợp lệ trong Excel), nên trang mới được đặt tên "${p.final}".`,
      en: `The workbook already has a sheet "${p.requested}" (or Excel does not accept that name), so the new sheet is named "${p.final}".`,
    },
  };
}

interface RollBackOutcome {
  /** False when the clean-up itself failed (sheets may be left behind). */
  cleaned: boolean;
  /** Replacements that were complete when the failure came (the old sheet already deleted). */
  kept: string[];
}

function writeFailed(plans: readonly SheetPlan[], e: unknown, outcome: RollBackOutcome): Finding {
  const list = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
  const names = list(plans.map((p) => p.final));
  const kept = list(outcome.kept);
  const vi = !outcome.cleaned
    ? `Không dọn được các trang ghi dở: hãy xóa bằng tay các trang có tên bắt đầu bằng "${TEMP_PREFIX}" (và trang mới nếu có) rồi thử lại.`
    : kept
      ? `Trang ${kept} đã được thay bằng trang mới nhưng có thể chưa được khóa; các trang khác được giữ nguyên như trước.`
      : 'Sổ được giữ nguyên như trước; hãy thử lại.';
  const en = !outcome.cleaned
    ? `The partly written sheets could not be removed: delete the sheets whose names start with "${TEMP_PREFIX}" (and any new sheet) by hand and try again.`
    : kept
      ? `Sheet ${kept} was replaced by the new one but may not be protected; the other sheets are as they were.`
      : 'The workbook is as it was; please try again.';
  return {
    code: 'EXCEL.WRITE_FAILED',
    severity: 'error',
    ...(plans[0] ? { sheet: plans[0].final } : {}),
    message: {
      vi: `Không ghi được ${names ? `trang ${names}` : 'các trang'} vào sổ (Excel báo: ${errorText(e)}). ${vi}`,
      en: `Could not write ${names ? `sheet ${names}` : 'the sheets'} into the workbook (Excel said: ${errorText(e)}). ${en}`,
    },
  };
}

/**
 * Undoes a failed write (extra syncs, on this path only): deletes our sheets, whether still under
 * their temporary names or already renamed, and puts a set-aside old sheet back under its name and
 * at its place. An old sheet already deleted means ours was complete (only protection or activation
 * failed after it); that one is kept.
 */
async function rollBack(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  sync: () => Promise<void>,
): Promise<RollBackOutcome> {
  const kept: string[] = [];
  try {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await sync();
    const present = new Set(sheets.items.map((s) => lower(s.name)));
    const has = (n: string): boolean => present.has(lower(n));
    for (const p of plans) {
      if (has(p.temp)) sheets.getItem(p.temp).delete();
      const r = p.replaces;
      if (!r) {
        if (has(p.final)) sheets.getItem(p.final).delete(); // the name was free before: it is ours
      } else if (has(r.trash)) {
        if (has(p.final)) sheets.getItem(p.final).delete();
        const old = sheets.getItem(r.trash);
        old.name = r.name;
        old.position = r.position;
      } else if (!has(p.temp)) kept.push(p.final);
    }
    await sync();
    return { cleaned: true, kept };
  } catch {
    return { cleaned: false, kept };
  }
}

async function writeBody(
  w: SheetWork,
  q: Queue,
  maxOpBytes: number,
  features: FeatureSupport,
  notes: Notes,
): Promise<void> {
  const { spec, sheet, plan } = w;
  const label = plan.final;
  const has = features.has;

  // The sheet's default font first: later cell styles refine it.
  const all = sheet.getRange();
  await q(
    '',
    spec.font,
    () => {
      all.format.font.name = spec.font.name;
      all.format.font.size = spec.font.size;
    },
    2,
  );

  const columns = spec.columns.map((c, i) => ({
    index: i + 1,
    key: `${c.width}|${c.hidden === true}`,
    item: c,
  }));
  for (const run of runsOf(columns)) {
    const address = `${columnLetters(run.from)}:${columnLetters(run.to)}`;
    const range = sheet.getRange(address);
    await q(
      address,
      run.item.width,
      () => {
        range.format.columnWidth = charsToPoints(run.item.width);
        if (run.item.hidden) range.columnHidden = true;
      },
      run.item.hidden ? 2 : 1,
    );
  }
  const rows = (spec.rows ?? [])
    .filter((r) => r.height !== undefined || r.hidden)
    .map((r) => ({ index: r.row, key: `${r.height}|${r.hidden === true}`, item: r }));
  for (const run of runsOf(rows)) {
    const address = `${run.from}:${run.to}`;
    const range = sheet.getRange(address);
    const { height, hidden } = run.item;
    await q(
      address,
      height,
      () => {
        if (height !== undefined) range.format.rowHeight = height;
        if (hidden) range.rowHidden = true;
      },
      (height !== undefined ? 1 : 0) + (hidden ? 1 : 0),
    );
  }

  // Number formats before values, so a value lands in a cell that already has its format.
  for (const block of cellBlocks(spec.cells).flatMap((b) => splitBlock(b, maxOpBytes))) {
    const address = rectAddress(block.rect);
    const range = sheet.getRange(address);
    const { numberFormats, values, formulas } = block;
    if (numberFormats) await q(address, numberFormats, () => (range.numberFormat = numberFormats));
    if (values) await q(address, values, () => (range.values = values));
    if (formulas) w.formulas.push({ address, formulas });
  }

  for (const group of styleGroups(spec.cells)) {
    for (const rect of group.rects) {
      const address = rectAddress(rect);
      await q(
        address,
        group.style,
        () => applyStyle(sheet.getRange(address), group.style),
        Object.keys(group.style).length,
      );
    }
  }
  const borders = borderGroups(spec.cells);
  for (const kind of ['boxed', 'underlined'] as const) {
    for (const rect of borders[kind]) {
      const address = rectAddress(rect);
      const edges = borderEdges(rect, kind);
      await q(address, edges, () => applyBorders(sheet.getRange(address), edges), edges.length * 4);
    }
  }

  // Validations and conditional formats before merges: a range that cuts a merged area (a rule on
  // the first cell of a merged input field) is refused by Excel; merging afterwards keeps the
  // first cell's rule for the whole area.
  for (const v of spec.validations) await addValidation(sheet, v, q);
  // Excel puts each new rule on top, so the least important goes in first.
  const byPriority = [...spec.conditionalFormats].sort((a, b) => b.priority - a.priority);
  for (const cf of byPriority) await addConditionalFormat(sheet, cf, q);

  for (const m of spec.merges) await q(m, null, () => sheet.getRange(m).merge(false));

  // Worksheet-scoped names: a workbook may hold several report sheets that use the same keys.
  for (const [name, address] of Object.entries(spec.names)) {
    if (!isValidDefinedName(name)) {
      notes.list.push(invalidName(name, label));
      continue;
    }
    await q(address, name, () => sheet.names.add(name, sheet.getRange(address)));
  }

  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    await q('', freeze, () => {
      if (freeze.rows > 0 && freeze.columns > 0) {
        sheet.freezePanes.freezeAt(
          rectAddress({ top: 1, left: 1, bottom: freeze.rows, right: freeze.columns }),
        );
      } else if (freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
      else sheet.freezePanes.freezeColumns(freeze.columns);
    });
  }

  const filter = spec.autoFilter;
  if (filter) {
    if (!has.autoFilter) notes.skip('autoFilter', label);
    else await q(filter, null, () => sheet.autoFilter.apply(sheet.getRange(filter)));
  }

  if (!has.pageLayout) notes.skip('pageLayout', label);
  else await setPageLayout(sheet, spec.print, q);

  for (const c of spec.charts ?? []) await addChart(sheet, c, q);

  const tab = spec.tabColor;
  if (tab) await q('', tab, () => (sheet.tabColor = `#${tab}`));
}

async function addValidation(sheet: Excel.Worksheet, v: DataValidationSpec, q: Queue): Promise<void> {
  const rule = validationRule(v.rule);
  const prompt = v.prompt;
  await q(
    v.range,
    { rule, prompt, error: v.error },
    () => {
      const dv = sheet.getRange(v.range).dataValidation;
      dv.rule = rule;
      if (prompt)
        dv.prompt = { showPrompt: true, title: clip(prompt.title, 32), message: clip(prompt.message, 255) };
      dv.errorAlert = {
        showAlert: true,
        style: 'Stop',
        title: clip(v.error.title, 32),
        message: clip(v.error.message, 225),
      };
    },
    prompt ? 3 : 2,
  );
}

async function addConditionalFormat(
  sheet: Excel.Worksheet,
  cf: ConditionalFormatSpec,
  q: Queue,
): Promise<void> {
  await q(
    cf.range,
    cf,
    () => {
      const added = sheet.getRange(cf.range).conditionalFormats.add('Custom');
      added.custom.rule.formula = `=${cf.formula}`;
      added.custom.format.fill.color = `#${cf.fill}`;
      if (cf.fontColor) added.custom.format.font.color = `#${cf.fontColor}`;
    },
    cf.fontColor ? 4 : 3,
  );
}

/** '9:10' -> '$9:$10', the form setPrintTitleRows documents. */
function absoluteRows(rows: string): string {
  return rows
    .split(':')
    .map((r) => `$${r.replace(/\$/g, '')}`)
    .join(':');
}

async function setPageLayout(sheet: Excel.Worksheet, p: PrintSpec, q: Queue): Promise<void> {
  await q(
    '',
    p,
    () => {
      const pl = sheet.pageLayout;
      pl.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      pl.paperSize = 'A4';
      // One page wide, as many pages tall as needed (0 = automatic).
      pl.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: 0 };
      if (p.repeatRows) pl.setPrintTitleRows(absoluteRows(p.repeatRows));
      if (p.area) pl.setPrintArea(p.area);
      if (p.margins) pl.setPrintMargins('Inches', { ...p.margins });
      if (p.centerHorizontally !== undefined) pl.centerHorizontally = p.centerHorizontally;
    },
    7,
  );
  const breaks = p.rowBreaks ?? [];
  if (breaks.length > 0)
    // A page break is added above the top-left cell of the range given (ExcelApi 1.9, as
    // pageLayout); every sheet is written as a new one, so there are no old breaks to clear.
    await q(
      '',
      breaks,
      () => {
        for (const r of breaks) sheet.horizontalPageBreaks.add(`A${r}`);
      },
      breaks.length,
    );
}

async function protect(w: SheetWork, q: Queue): Promise<void> {
  if (!w.spec.protection) return;
  const options: Excel.WorksheetProtectionOptions = {
    allowFormatCells: false,
    // Users may widen columns and rows to read long notes; the structure stays fixed.
    allowFormatColumns: true,
    allowFormatRows: true,
    allowInsertRows: false,
    allowInsertColumns: false,
    allowDeleteRows: false,
    allowDeleteColumns: false,
    allowSort: false,
    allowAutoFilter: Boolean(w.spec.autoFilter),
    allowEditObjects: false,
  };
  await q(w.plan.final, options, () => w.sheet.protection.protect(options));
}

function invalidName(name: string, sheet: string): Finding {
  return {
    code: 'EXCEL.NAME_INVALID',
    severity: 'warning',
    sheet,
    message: {
      vi: `Tên "${name}" không phải tên hợp lệ trong Excel nên không được đặt trên trang "${sheet}"; phần mềm có thể không tìm thấy ô này khi đọc lại.`,
      en: `"${name}" is not a valid Excel name, so it was not defined on sheet "${sheet}"; the add-in may not find that cell when reading the sheet back.`,
    },
  };
}
