import { strFromU8, strToU8 } from 'fflate';
import type { Settings } from '../../src/core/settings/settings-types';
import { createRandom, type Random } from '../../src/core/sample/seeded-random';
import { validateReport } from '../../src/core/validate/validate-report';
import { INTERNAL_ERROR } from '../../src/xlsx/inspect-file';
import { readFileIntake } from '../read-file-intake';
import { reportSources, type WorkbookIntake } from '../../src/core/intake/intake';
import {
  concat,
  rawEntries,
  readZip,
  replaceCell,
  writeRawZip,
  writeZip,
  xmlText,
} from '../bad-input/file-tools';
import { fixtureContext, validReportBytes } from '../bad-input/valid-report';

/**
 * Deterministic fuzzing of the file reader: a valid filled report mutated at three levels, each
 * case read through readWorkbookFile and the intake (and every report read checked by validateReport), as a front
 * door would. A crash is a rejection, an exception or a malformed result; a hang is a case over
 * the time budget (the reader's own limit is set to the same budget, so a slow read also shows as
 * FILE.TIMEOUT). The same seed gives the same cases on every machine (mulberry32).
 *
 * - zip: bits flipped, truncated, slices duplicated or zeroed, entries dropped or swapped, the
 *   central directory corrupted, sizes, methods and flags lied about;
 * - xml: elements deleted or duplicated, cell types and values of the wrong kind, huge numbers,
 *   odd characters and entities, tags broken, parts cut, sheet names and number formats garbled;
 * - value: the report's input cells given random values: strings, Unicode, huge, negative and
 *   NaN-like numbers, dates, booleans, error values and formulas.
 */

export type FuzzLevel = 'zip' | 'xml' | 'value';

export interface FuzzFailure {
  index: number;
  level: FuzzLevel;
  mutation: string;
  error: string;
  ms: number;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  /** readWorkbookFile and the intake rejected, threw, or returned something malformed; validateReport threw. */
  crashes: FuzzFailure[];
  hangs: FuzzFailure[];
  /**
   * Exceptions the pipeline caught and turned into a FILE.UNREADABLE 'internal error' finding
   * (inside inspectFile, parseReport or readWorkbookFile and the intake). They cost a report, so they are bugs
   * even though the caller never sees an exception.
   */
  bugs: FuzzFailure[];
  /** Cases per level, and how they ended: the first finding code, or 'read' when a report was read. */
  byLevel: Record<FuzzLevel, number>;
  outcomes: Record<string, number>;
  totalMs: number;
  slowest: { index: number; mutation: string; ms: number };
  /** Resident memory: at the start and the highest seen after any case. */
  rssStartMb: number;
  rssPeakMb: number;
  /** Warnings exceljs printed (silenced during the run). */
  libraryWarnings: number;
}

export interface FuzzOptions {
  cases: number;
  seed: number;
  /** A case over this is a hang; also the reader's own time limit. Default 5000 ms. */
  budgetMs?: number;
  /** Run only this case (to replay a failure). */
  only?: number;
  onCase?: (index: number, level: FuzzLevel, mutation: string, bytes: Uint8Array, ms: number) => void;
}

interface Mutant {
  mutation: string;
  bytes: Uint8Array;
}

const SHEET = 'xl/worksheets/sheet1.xml';
const XML_PARTS = [
  SHEET,
  SHEET,
  SHEET,
  'xl/sharedStrings.xml',
  'xl/workbook.xml',
  'xl/styles.xml',
  '[Content_Types].xml',
  'xl/_rels/workbook.xml.rels',
  '_rels/.rels',
];

// --- Random values ------------------------------------------------------------------------------

const ODD_TEXT = [
  '',
  ' ',
  '\u0000',
  '\u0007bell',
  '\uFEFF',
  '\u200B\u200C\u200D',
  '\uD800',
  '\uDFFF\uD800',
  '😀👍🏽',
  'Đảng bộ',
  'Đảng bộ'.normalize('NFD'),
  '§¶•ªº',
  'Ñoño',
  '中文',
  'العربية',
  '\u202Eevil',
  'a\r\nb\nc\rd',
  '=1+1',
  '@SUM(A1)',
  '-',
  'Không áp dụng',
  'KAD',
  'N/A',
  'Có',
  'Không',
  'có',
  '95,5%',
  '1.234,5',
  '1,5',
  '02 mô hình',
  'hạng 15',
  '15/63',
  '31/02/2022',
  'ngày 15 tháng 01 năm 2022',
  '2022-13-45',
  '01/2022',
  '1e400',
  'NaN',
  'Infinity',
  '-0',
  '0x1F',
  '#N/A',
  '<script>',
  '&amp;&lt;',
  ']]>',
  '%s%n%x',
  '${x}',
  '\\u0000',
  'Ñ'.repeat(40000),
];

const ODD_NUMBERS = [
  '0',
  '-0',
  '-1',
  '1e308',
  '1.7976931348623157e308',
  '-1e309',
  '5e-324',
  '9'.repeat(400),
  'NaN',
  'Infinity',
  '-Infinity',
  '1,5',
  '1.2.3',
  '',
  ' 42 ',
  '0x10',
  '2958466',
  '60',
  '-693594',
  '45292.999999',
  '12345678901234567890',
  '.5',
  '5.',
  '+7',
];

const ERRORS = [
  '#N/A',
  '#REF!',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#GETTING_DATA',
  '#BOGUS',
];

const escapeXml = xmlText;

function randomText(r: Random): string {
  if (r.chance(0.6)) return r.pick(ODD_TEXT);
  const length = r.int(0, r.chance(0.1) ? 5000 : 40);
  let s = '';
  for (let i = 0; i < length; i++) {
    const range = r.pick([
      [0x20, 0x7e],
      [0xc0, 0x1ff],
      [0x1ea0, 0x1ef9],
      [0x300, 0x36f],
      [0x0, 0x1f],
      [0x4e00, 0x4e80],
      [0x1f600, 0x1f64f],
    ] as const);
    s += String.fromCodePoint(r.int(range[0], range[1]));
  }
  return s;
}

/** A random cell element at `address`, of any type, with a value that may not fit the type. */
function randomCell(r: Random, address: string): string {
  const style = r.chance(0.3) ? ` s="${r.int(0, 40)}"` : '';
  switch (r.int(0, 8)) {
    case 0:
      return `<c r="${address}"${style}><v>${escapeXml(r.pick(ODD_NUMBERS))}</v></c>`;
    case 1:
      return `<c r="${address}"${style} t="inlineStr"><is><t>${escapeXml(randomText(r))}</t></is></c>`;
    case 2:
      return `<c r="${address}"${style} t="b"><v>${r.pick(['0', '1', '2', 'true', ''])}</v></c>`;
    case 3:
      return `<c r="${address}"${style} t="e"><v>${r.pick(ERRORS)}</v></c>`;
    case 4:
      // Mostly valid shared-text indices: an invalid one is damage (inspectFile refuses the file),
      // and the value level is about values.
      return `<c r="${address}"${style} t="s"><v>${r.chance(0.9) ? r.int(0, 30) : r.pick(['-1', '99999', 'x', ''])}</v></c>`;
    case 5:
      return `<c r="${address}"${style} t="str"><f>${escapeXml(r.pick(['1+1', 'A1', 'NOW()', '[1]Sheet1!A1', '']))}</f>${r.chance(0.5) ? `<v>${escapeXml(randomText(r))}</v>` : ''}</c>`;
    case 6:
      return `<c r="${address}"${style} t="d"><v>${r.pick(['2022-01-10', '2022-01-10T00:00:00Z', 'not a date', '9999-12-31', ''])}</v></c>`;
    case 7:
      return `<c r="${address}"${style}><f>${escapeXml(r.pick(['SUM(A1:A3)', '1/0', 'TODAY()']))}</f></c>`;
    default:
      return `<c r="${address}"${style} t="${r.pick(['n', 's', 'b', 'e', 'str', 'inlineStr', 'd', 'zz'])}"/>`;
  }
}

// --- Mutators -----------------------------------------------------------------------------------

function splice(
  bytes: Uint8Array,
  at: number,
  remove: number,
  insert: Uint8Array = new Uint8Array(),
): Uint8Array {
  return concat([bytes.subarray(0, at), insert, bytes.subarray(at + remove)]);
}

function zipMutant(r: Random, base: Uint8Array): Mutant {
  const n = base.length;
  switch (r.int(0, 9)) {
    case 0: {
      const b = base.slice();
      const flips = r.int(1, 20);
      for (let i = 0; i < flips; i++) {
        const at = r.int(0, n - 1);
        b[at] = (b[at] ?? 0) ^ (1 << r.int(0, 7));
      }
      return { mutation: `zip: ${flips} bits flipped`, bytes: b };
    }
    case 1: {
      const at = r.int(0, n - 1);
      return { mutation: `zip: truncated at ${at}`, bytes: base.slice(0, at) };
    }
    case 2: {
      const from = r.int(0, n - 1);
      const length = r.int(1, 4096);
      const at = r.int(0, n);
      return {
        mutation: `zip: ${length} bytes from ${from} duplicated at ${at}`,
        bytes: splice(base, at, 0, base.slice(from, from + length)),
      };
    }
    case 3: {
      const from = r.int(0, n - 1);
      const b = base.slice();
      b.fill(r.pick([0, 0xff, 0x50]), from, from + r.int(1, 512));
      return { mutation: `zip: bytes filled from ${from}`, bytes: b };
    }
    case 4: {
      const entries = rawEntries(base);
      const drop = r.int(0, entries.length - 1);
      const name = entries[drop]?.name;
      entries.splice(drop, 1);
      return { mutation: `zip: entry ${name} dropped`, bytes: writeRawZip(entries) };
    }
    case 5: {
      // The central directory sits between the last local data and the 22-byte end record.
      const b = base.slice();
      const view = new DataView(b.buffer);
      const cdStart = view.getUint32(n - 22 + 16, true);
      const count = r.int(1, 16);
      for (let i = 0; i < count; i++) b[r.int(cdStart, n - 1)] = r.int(0, 255);
      return { mutation: `zip: central directory corrupted (${count} bytes)`, bytes: b };
    }
    case 6: {
      const entries = rawEntries(base);
      const e = r.pick(entries);
      const what = r.int(0, 3);
      if (what === 0) e.size = r.pick([0, 1, e.size - 1, e.size + 1, 0xffffffff, r.int(0, 1e9)]);
      else if (what === 1) e.method = r.pick([1, 6, 9, 12, 14, 99]);
      else if (what === 2) e.flags = r.pick([1, 8, 0x40, 0xffff]);
      else e.crc = r.int(0, 0xffffffff);
      return {
        mutation: `zip: ${['size', 'method', 'flags', 'crc'][what]} of ${e.name} changed`,
        bytes: writeRawZip(entries),
      };
    }
    case 7: {
      const entries = rawEntries(base);
      const a = r.int(0, entries.length - 1);
      const b = r.int(0, entries.length - 1);
      const ea = entries[a];
      const eb = entries[b];
      if (ea && eb) [ea.name, eb.name] = [eb.name, ea.name];
      return { mutation: `zip: entries ${a} and ${b} swapped names`, bytes: writeRawZip(entries) };
    }
    case 8: {
      const entries = rawEntries(base);
      const e = r.pick(entries);
      entries.push({ ...e });
      return { mutation: `zip: ${e.name} duplicated`, bytes: writeRawZip(entries) };
    }
    default: {
      const at = r.int(0, n - 1);
      return {
        mutation: `zip: ${r.int(1, 64)} bytes removed at ${at}`,
        bytes: splice(base, at, r.int(1, 64)),
      };
    }
  }
}

/** A random element span [start, end) of the XML: an open tag to its close, or a self-closing tag. */
function randomElement(r: Random, xml: string): [number, number] | null {
  const starts: number[] = [];
  for (let i = xml.indexOf('<'); i >= 0 && starts.length < 5000; i = xml.indexOf('<', i + 1)) {
    if (xml[i + 1] !== '/' && xml[i + 1] !== '?' && xml[i + 1] !== '!') starts.push(i);
  }
  if (!starts.length) return null;
  const start = r.pick(starts);
  const name = /^<([\w:]+)/.exec(xml.slice(start, start + 100))?.[1];
  const tagEnd = xml.indexOf('>', start);
  if (!name || tagEnd < 0) return null;
  if (xml[tagEnd - 1] === '/') return [start, tagEnd + 1];
  const close = xml.indexOf(`</${name}>`, tagEnd);
  return close < 0 ? [start, tagEnd + 1] : [start, close + name.length + 3];
}

function xmlEdit(r: Random, xml: string, part: string): { mutation: string; xml: string } {
  const at = r.int(0, Math.max(0, xml.length - 1));
  switch (r.int(0, 11)) {
    case 0: {
      const el = randomElement(r, xml);
      return el
        ? { mutation: `xml: ${part} element deleted`, xml: xml.slice(0, el[0]) + xml.slice(el[1]) }
        : { mutation: 'xml: none', xml };
    }
    case 1: {
      const el = randomElement(r, xml);
      if (!el) return { mutation: 'xml: none', xml };
      const copy = xml.slice(el[0], el[1]);
      return {
        mutation: `xml: ${part} element duplicated ${r.int(1, 3)}x`,
        xml: xml.slice(0, el[1]) + copy.repeat(r.int(1, 3)) + xml.slice(el[1]),
      };
    }
    case 2:
      return {
        mutation: `xml: ${part} cell types changed`,
        xml: xml.replace(/ t="\w+"/g, (m) =>
          r.chance(0.2) ? ` t="${r.pick(['n', 's', 'b', 'e', 'str', 'inlineStr', 'd', 'x'])}"` : m,
        ),
      };
    case 3:
      return {
        mutation: `xml: ${part} values replaced by odd numbers`,
        xml: xml.replace(/<v>[^<]*<\/v>/g, (m) =>
          r.chance(0.2) ? `<v>${escapeXml(r.pick(ODD_NUMBERS))}</v>` : m,
        ),
      };
    case 4:
      return {
        mutation: `xml: ${part} odd text inserted`,
        xml:
          xml.slice(0, at) +
          r.pick([
            '&#0;',
            '&#xD800;',
            '&bogus;',
            '&',
            '<',
            ']]>',
            '<!-- x',
            '<![CDATA[x]]>',
            '\u0000',
            '\uFFFE',
            '<?pi x?>',
            escapeXml(randomText(r)),
          ]) +
          xml.slice(at),
      };
    case 5:
      return { mutation: `xml: ${part} cut at ${at}`, xml: xml.slice(0, at) };
    case 6: {
      const i = xml.indexOf(r.pick(['<', '>', '"', '/']), at);
      return i < 0
        ? { mutation: 'xml: none', xml }
        : { mutation: `xml: ${part} tag broken at ${i}`, xml: xml.slice(0, i) + xml.slice(i + 1) };
    }
    case 7:
      return {
        mutation: `xml: ${part} references moved`,
        xml: xml.replace(/ r="([A-Z]+)(\d+)"/g, (m, c: string, row: string) =>
          r.chance(0.1)
            ? ` r="${r.pick([c + String(Number(row) + r.int(-5, 5)), 'A0', 'XFD1048576', 'ZZZ1', '', 'B', c.toLowerCase() + row])}"`
            : m,
        ),
      };
    case 8:
      return {
        mutation: `xml: ${part} names garbled`,
        xml: xml.replace(
          / name="[^"]*"/g,
          () =>
            ` name="${escapeXml(r.pick(['', 'Báo cáo 2025', 'x'.repeat(300), 'a/b:c?*[]', randomText(r)]))}"`,
        ),
      };
    case 9:
      return {
        mutation: `xml: ${part} number formats garbled`,
        xml: xml.replace(
          / formatCode="[^"]*"/g,
          () =>
            ` formatCode="${escapeXml(r.pick(['0%', 'dd/mm/yyyy', '[$-42A]d mmmm yyyy', '"%"0', '@', '0.0%;[Red]-0.0%', '\\%', 'yyyy', 'General', '', randomText(r)]))}"`,
        ),
      };
    case 10:
      return {
        mutation: `xml: ${part} shared string index out of range`,
        xml: xml.replace(/(t="s"[^>]*>)<v>\d+<\/v>/, `$1<v>${r.pick(['999999', '-1', '1.5', 'x'])}</v>`),
      };
    default:
      return {
        mutation: `xml: ${part} namespace changed`,
        xml: xml.replace(
          /xmlns="[^"]*"/,
          `xmlns="${r.pick(['', 'urn:x', 'http://purl.oclc.org/ooxml/spreadsheetml/main'])}"`,
        ),
      };
  }
}

function xmlMutant(r: Random, base: Uint8Array): Mutant {
  const files = readZip(base);
  const part = r.pick(XML_PARTS);
  let xml = strFromU8(files.get(part) ?? new Uint8Array());
  const mutations: string[] = [];
  for (let i = r.int(1, 3); i > 0; i--) {
    const edit = xmlEdit(r, xml, part);
    xml = edit.xml;
    mutations.push(edit.mutation);
  }
  files.set(part, strToU8(xml));
  return { mutation: mutations.join('; '), bytes: writeZip(files, 0) };
}

/** The report's input cells: results, dates, notes (E-G of the item rows) and the header fields (C9-C12). */
function inputCells(): string[] {
  const cells = ['C9', 'C10', 'C11', 'C12'];
  for (let row = 17; row <= 52; row++) cells.push(`E${row}`, `F${row}`, `G${row}`);
  return cells;
}
const INPUTS = inputCells();

function valueMutant(r: Random, base: Uint8Array): Mutant {
  const files = readZip(base);
  let xml = strFromU8(files.get(SHEET) ?? new Uint8Array());
  const changed: string[] = [];
  for (let i = r.int(1, 12); i > 0; i--) {
    const address = r.pick(INPUTS);
    xml = replaceCell(xml, address, randomCell(r, address)) ?? xml;
    changed.push(address);
  }
  files.set(SHEET, strToU8(xml));
  return { mutation: `value: ${changed.join(',')}`, bytes: writeZip(files, 0) };
}

const LEVELS: FuzzLevel[] = ['zip', 'xml', 'value'];

/** The mutant of case `index`: a generator of its own, so any case can be replayed alone. */
export function fuzzCase(
  seed: number,
  index: number,
  base: Uint8Array,
): { level: FuzzLevel; mutant: Mutant } {
  const r = createRandom(seed).fork(`case ${index}`);
  const level = LEVELS[index % LEVELS.length] as FuzzLevel;
  const make = level === 'zip' ? zipMutant : level === 'xml' ? xmlMutant : valueMutant;
  return { level, mutant: make(r, base) };
}

// --- Running ------------------------------------------------------------------------------------

/** A result that is not what the contract promises is a crash too. */
function malformed(result: WorkbookIntake, file: string): string | null {
  if (
    !result ||
    result.file !== file ||
    !Array.isArray(reportSources(result)) ||
    !Array.isArray(result.findings)
  )
    return 'malformed result';
  for (const f of result.findings) {
    if (typeof f.code !== 'string' || !f.message?.vi || !f.message?.en)
      return `malformed finding ${JSON.stringify(f)}`;
  }
  for (const s of reportSources(result)) {
    if (!s.read.ok && s.read.error.length === 0) return 'failed source without findings';
  }
  return null;
}

/** Findings made from an exception the pipeline caught: bugs, marked 'internal error' for the admin. */
function internalErrors(result: WorkbookIntake): string[] {
  return [...result.findings, ...reportSources(result).flatMap((s) => (s.read.ok ? [] : s.read.error))]
    .filter((f) => f.message.en.includes(INTERNAL_ERROR))
    .map((f) => f.message.en);
}

function outcome(result: WorkbookIntake): string {
  const first =
    result.findings.find((f) => f.severity === 'error') ??
    reportSources(result).flatMap((s) => (s.read.ok ? [] : s.read.error))[0];
  if (first) return first.code;
  return reportSources(result).some((s) => s.read.ok) ? 'read' : 'nothing';
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const budgetMs = options.budgetMs ?? 5000;
  const ctx = fixtureContext();
  const settings: Settings = {
    ...ctx.settings,
    limits: { ...ctx.settings.limits, maxMillisPerFile: budgetMs },
  };
  const base = await validReportBytes();
  const report: FuzzReport = {
    seed: options.seed,
    cases: 0,
    crashes: [],
    hangs: [],
    bugs: [],
    byLevel: { zip: 0, xml: 0, value: 0 },
    outcomes: {},
    totalMs: 0,
    slowest: { index: -1, mutation: '', ms: 0 },
    rssStartMb: Math.round(process.memoryUsage.rss() / 2 ** 20),
    rssPeakMb: 0,
    libraryWarnings: 0,
  };
  // exceljs warns on the console about odd sheet names; thousands of cases would drown the output.
  const warn = console.warn;
  let warnings = 0;
  console.warn = () => void warnings++;
  const started = performance.now();
  const indices =
    options.only !== undefined ? [options.only] : Array.from({ length: options.cases }, (_, i) => i);
  try {
    for (const index of indices) {
      const { level, mutant } = fuzzCase(options.seed, index, base);
      const file = `fuzz-${index}.xlsx`;
      const t0 = performance.now();
      let failure: string | null = null;
      let result: WorkbookIntake | undefined;
      let bug: string | null = null;
      try {
        result = await readFileIntake(mutant.bytes, file, { plan: ctx.plan, settings });
        bug = internalErrors(result)[0] ?? null;
        failure = malformed(result, file);
        for (const s of reportSources(result)) {
          if (s.read.ok) validateReport(s.read.value, ctx.plan, settings, ctx.unit);
        }
      } catch (e) {
        failure = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
      }
      const ms = performance.now() - t0;
      const entry: FuzzFailure = { index, level, mutation: mutant.mutation, error: failure ?? '', ms };
      if (failure) report.crashes.push(entry);
      if (bug) report.bugs.push({ ...entry, error: bug });
      const timedOut = result?.findings.some((f) => f.code === 'FILE.TIMEOUT') ?? false;
      if (ms > budgetMs || timedOut)
        report.hangs.push({ ...entry, error: entry.error || `took ${Math.round(ms)} ms` });
      if (result && !failure) {
        const key = `${level}:${outcome(result)}`;
        report.outcomes[key] = (report.outcomes[key] ?? 0) + 1;
      }
      if (ms > report.slowest.ms) report.slowest = { index, mutation: mutant.mutation, ms: Math.round(ms) };
      report.byLevel[level]++;
      report.cases++;
      report.rssPeakMb = Math.max(report.rssPeakMb, Math.round(process.memoryUsage.rss() / 2 ** 20));
      options.onCase?.(index, level, mutant.mutation, mutant.bytes, ms);
    }
  } finally {
    console.warn = warn;
  }
  report.totalMs = Math.round(performance.now() - started);
  report.libraryWarnings = warnings;
  return report;
}

/** Caught exceptions by their reason (the text after 'internal error: '), with counts. */
export function caughtReasons(r: FuzzReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const b of r.bugs) {
    const reason = new RegExp(`${INTERNAL_ERROR}: (.*?)\\)\\.`).exec(b.error)?.[1] ?? b.error;
    out[reason] = (out[reason] ?? 0) + 1;
  }
  return out;
}

export function summary(r: FuzzReport): string {
  const top = Object.entries(r.outcomes)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `fuzz: ${r.cases} cases, ${r.crashes.length} crashes, ${r.hangs.length} hangs, ${r.bugs.length} caught exceptions (seed ${r.seed}; zip ${r.byLevel.zip}, xml ${r.byLevel.xml}, value ${r.byLevel.value})`,
    `fuzz: ${(r.totalMs / 1000).toFixed(1)} s in all, slowest case #${r.slowest.index} ${r.slowest.ms} ms (${r.slowest.mutation}); rss ${r.rssStartMb} -> peak ${r.rssPeakMb} MB`,
    `fuzz: outcomes: ${top}`,
    ...r.crashes.slice(0, 5).map((c) => `fuzz: CRASH #${c.index} [${c.mutation}]: ${c.error.split('\n')[0]}`),
    ...r.hangs.slice(0, 5).map((c) => `fuzz: HANG #${c.index} [${c.mutation}]: ${c.error.split('\n')[0]}`),
    ...Object.entries(caughtReasons(r)).map(([reason, n]) => `fuzz: caught ${n}x: ${reason}`),
    ...r.bugs.slice(0, 3).map((c) => `fuzz: CAUGHT #${c.index} [${c.mutation}]: ${c.error}`),
  ].join('\n');
}
