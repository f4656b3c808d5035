import { Inflate, zipSync, type Zippable } from 'fflate';
import type { ReadLimits } from '../core/settings/settings-types';
import type { Finding } from '../core/types';
import { fileFinding, type FileCode, type FileDetail } from './file-messages';

/**
 * File-level checks on untrusted bytes, BEFORE any spreadsheet library parses them. A file that
 * passes is handed on as `workbook`: a zip rebuilt from entries that were really inflated within
 * the limits and checked (CRC, sizes), so the parser never meets lying sizes, duplicate names or a
 * bomb. Order of checks: size -> kind of file (OLE2, zip, text) -> zip directory (entries,
 * declared sizes) -> real inflation -> workbook contents (sheets, cells, macros, links).
 *
 * Why our own zip directory reader: fflate's unzipSync trusts the directory (it checks neither
 * signatures nor bounds), so a corrupt directory gives garbage instead of an error. fflate's
 * streaming Inflate does the decompression, so output is counted as it is produced.
 */

export interface InspectResult {
  /** FILE.* findings; one with severity 'error' means the file must not be read further. */
  findings: Finding[];
  /** The checked workbook, re-zipped (stored) for the parser; absent when a finding is an error. */
  workbook?: Uint8Array;
  /** Sheet names as xl/workbook.xml declares them, in order (empty when not a workbook). */
  sheetNames: string[];
  /** Cells in all worksheets, merged areas counted in full (what a parser would materialize). */
  cells: number;
}

/** An entry this big (declared or real) must not be compressed more than MAX_RATIO:1. */
export const BIG_ENTRY_BYTES = 5 * 1024 * 1024;
export const MAX_RATIO = 200;
/** Excel's grid: a reference past it is damage (and would make a parser loop). */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// 4 KB of input per push: small enough that a bomb yields at most ~4 MB per step, and measured
// fastest (fflate copies its 32 KB window after every push, and big outputs cost allocation).
const INFLATE_CHUNK = 4 * 1024;

/** A verdict that stops the inspection. */
class Stop {
  constructor(
    readonly code: FileCode,
    readonly detail: FileDetail = {},
  ) {}
}

export function inspectFile(bytes: Uint8Array, fileName: string, limits: ReadLimits): InspectResult {
  const notes: Finding[] = [];
  const stopped = (s: Stop): InspectResult => ({
    findings: [...notes, fileFinding(s.code, fileName, s.detail)],
    sheetNames: [],
    cells: 0,
  });
  try {
    if (bytes.length === 0) throw new Stop('FILE.EMPTY');
    if (bytes.length > limits.maxFileBytes) {
      throw new Stop('FILE.TOO_LARGE', { bytes: bytes.length, limit: limits.maxFileBytes });
    }
    if (startsWith(bytes, OLE2_SIGNATURE)) throw oleVerdict(bytes);
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw textVerdict(bytes);

    const entries = readZipDirectory(bytes, limits);
    checkDeclaredSizes(entries, limits);
    // exceljs drops a leading '/' from part names; so do we when telling what the zip holds.
    const names = new Set(entries.map((e) => e.name.replace(/^\//, '')));
    checkKind(bytes, entries, names);
    const parts = inflateAll(bytes, entries, limits);

    const contentTypes = decodeText(parts.get('[Content_Types].xml') ?? new Uint8Array());
    if (/macroEnabled/i.test(contentTypes) || entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name))) {
      notes.push(fileFinding('FILE.MACROS', fileName));
    }
    if (entries.some((e) => e.name.startsWith('xl/externalLinks/'))) {
      notes.push(fileFinding('FILE.EXTERNAL_LINKS', fileName));
    }

    const sheets = workbookSheets(parts);
    if (sheets.length > limits.maxSheets) {
      throw new Stop('FILE.TOO_MANY_SHEETS', { count: sheets.length, limit: limits.maxSheets });
    }
    const cells = guardWorksheets(parts, sheets, limits);
    const zippable: Zippable = Object.create(null) as Zippable;
    for (const [name, data] of parts) zippable[name] = data;
    const workbook = zipSync(zippable, { level: 0, mtime: FIXED_MTIME });
    return { findings: notes, workbook, sheetNames: sheets.map((s) => s.name), cells };
  } catch (e) {
    if (e instanceof Stop) return stopped(e);
    // A bug here must still not take the caller down: report it as unreadable, with the reason.
    return stopped(new Stop('FILE.UNREADABLE', { reason: internalError(e) }));
  }
}

/** Zip timestamps must be >= 1980; a fixed one keeps the rebuilt bytes reproducible. */
const FIXED_MTIME = Date.UTC(1980, 0, 2);

/** Marks the reason of a finding made from an exception we did not expect: a bug to report. */
export const INTERNAL_ERROR = 'internal error';

/** The reason of a finding made from an unexpected exception, kept short. */
export function internalError(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return `${INTERNAL_ERROR}: ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`;
}

// ---------------------------------------------------------------------------------------------
// Bytes

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;
/** A 64-bit size; beyond 2^53 it is nonsense for us anyway, so it becomes Infinity. */
const u64 = (b: Uint8Array, i: number): number => {
  const n = u32(b, i) + u32(b, i + 4) * 2 ** 32;
  return Number.isSafeInteger(n) ? n : Infinity;
};

function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++)
    c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Not a zip: OLE2 containers and text

/** Names in an OLE2 (Compound File) directory, or null when the structure cannot be walked. */
export function oleDirectoryNames(bytes: Uint8Array): string[] | null {
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor(bytes.length / sectorSize) - 1;
  const sectorAt = (n: number): number => (n + 1) * sectorSize;
  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(u32(bytes, 0x4c + i * 4));
  let difat = u32(bytes, 0x44);
  for (let guard = 0; difat < sectorCount && guard < sectorCount; guard++) {
    const at = sectorAt(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(u32(bytes, at + i * 4));
    difat = u32(bytes, at + sectorSize - 4);
  }
  const perFatSector = sectorSize / 4;
  const next = (n: number): number | null => {
    const fatSector = fatSectors[Math.floor(n / perFatSector)];
    if (fatSector === undefined || fatSector >= sectorCount) return null;
    return u32(bytes, sectorAt(fatSector) + (n % perFatSector) * 4);
  };
  const names: string[] = [];
  let sector: number | null = u32(bytes, 0x30);
  // Every sector at most once: a FAT that loops must not hang us.
  for (let guard = 0; sector !== null && sector < sectorCount && guard <= sectorCount; guard++) {
    const at = sectorAt(sector);
    for (let e = 0; e < sectorSize / 128; e++) {
      const entry = at + e * 128;
      const length = Math.min(64, u16(bytes, entry + 0x40));
      if (length < 2 || bytes[entry + 0x42] === 0) continue;
      let name = '';
      // `length` counts bytes of UTF-16 including the terminating NUL.
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(u16(bytes, entry + i));
      names.push(name);
    }
    sector = next(sector);
  }
  return names.length ? names : null;
}

function oleVerdict(bytes: Uint8Array): Stop {
  const names = oleDirectoryNames(bytes);
  const has = (name: string): boolean => (names ? names.includes(name) : containsUtf16(bytes, name)); // a broken directory: look for the name
  if (has('EncryptedPackage') || has('EncryptionInfo')) return new Stop('FILE.ENCRYPTED');
  if (names && !names.some((n) => n === 'Workbook' || n === 'Book')) {
    const format = names.includes('WordDocument') ? 'Word 97-2003 (.doc)' : undefined;
    return new Stop('FILE.NOT_XLSX', format ? { format } : {});
  }
  return new Stop('FILE.LEGACY_XLS');
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle: number[] = [];
  for (const ch of text) needle.push(ch.charCodeAt(0), 0);
  const first = needle[0] as number;
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, needle, i)) return true;
  }
  return false;
}

const MAGIC: { bytes: number[]; format: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], format: 'PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], format: 'PNG' },
  { bytes: [0xff, 0xd8, 0xff], format: 'JPEG' },
  { bytes: [0x47, 0x49, 0x46, 0x38], format: 'GIF' },
  { bytes: [0x52, 0x61, 0x72, 0x21], format: 'RAR' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], format: '7-Zip' },
  { bytes: [0x1f, 0x8b], format: 'gzip' },
];

/** Text that is not a workbook: HTML or SpreadsheetML 2003 saved as .xls, CSV, or anything else. */
function textVerdict(bytes: Uint8Array): Stop {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return new Stop('FILE.NOT_XLSX', { format: magic.format });
  const head = bytes.subarray(0, 64 * 1024);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const text = utf16
    ? new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head)
    : decodeText(head);
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096)
    .toLowerCase();
  if (start.startsWith('<')) {
    if (start.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
      return new Stop('FILE.LEGACY_XLS', { format: 'XML Spreadsheet 2003' });
    }
    if (/<(!doctype html|html|table|head|body|meta)\b/.test(start)) return new Stop('FILE.HTML');
  }
  // CSV: text (few control characters, no U+FFFD from invalid UTF-8) whose first line has a separator.
  let odd = 0;
  for (const ch of text.slice(0, 8192)) {
    const c = ch.charCodeAt(0);
    if (ch === '\uFFFD' || (c < 0x20 && ch !== '\t' && ch !== '\r' && ch !== '\n') || c === 0x7f) odd++;
  }
  const sample = Math.min(text.length, 8192);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (sample > 0 && odd / sample < 0.02 && /[,;\t]/.test(firstLine)) return new Stop('FILE.CSV');
  return new Stop('FILE.NOT_XLSX');
}

// ---------------------------------------------------------------------------------------------
// Zip directory

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

function findEndOfDirectory(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  for (let p = last; p >= 0 && p >= last - 0xffff; p--) {
    if (bytes[p] === 0x50 && u32(bytes, p) === SIG_EOCD) return p;
  }
  return -1;
}

function readZipDirectory(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) throw new Stop('FILE.TRUNCATED_ZIP', { reason: 'end of central directory not found' });
  let count = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  let zip64 = false;
  if (u32(bytes, eocd - 20) === SIG_LOCATOR64) {
    const at = u64(bytes, eocd - 12);
    if (at + 56 <= eocd && u32(bytes, at) === SIG_EOCD64) {
      zip64 = true;
      count = u64(bytes, at + 32);
      size = u64(bytes, at + 40);
      offset = u64(bytes, at + 48);
    }
  }
  if (count > limits.maxZipEntries) {
    throw new Stop('FILE.TOO_MANY_ENTRIES', { count, limit: limits.maxZipEntries });
  }
  if (offset + size > eocd || count * 46 > size) {
    throw new Stop('FILE.TRUNCATED_ZIP', { reason: 'central directory out of bounds' });
  }
  const entries: ZipEntry[] = [];
  const end = offset + size;
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || u32(bytes, p) !== SIG_CENTRAL) {
      throw new Stop('FILE.TRUNCATED_ZIP', { reason: `central directory entry ${i + 1} is damaged` });
    }
    const flags = u16(bytes, p + 8);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const next = p + 46 + nameLength + extraLength + u16(bytes, p + 32);
    if (next > end)
      throw new Stop('FILE.TRUNCATED_ZIP', { reason: `central directory entry ${i + 1} is cut` });
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      name: flags & 0x800 ? decodeText(rawName) : latin1(rawName),
      flags,
      method: u16(bytes, p + 10),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    };
    readZip64Extra(bytes, p + 46 + nameLength, extraLength, entry, zip64);
    entries.push(entry);
    p = next;
  }
  const seen = new Set<string>();
  for (const e of entries) {
    // Two entries with one name: each parser may pick a different one. Excel never writes that.
    const key = e.name.replace(/^\//, '').toLowerCase();
    if (seen.has(key)) throw new Stop('FILE.DAMAGED', { part: e.name, reason: 'duplicate zip entry' });
    seen.add(key);
  }
  return entries;
}

/** Sizes and offset that do not fit 32 bits are in the zip64 extra field (id 1), in this order. */
function readZip64Extra(bytes: Uint8Array, at: number, length: number, e: ZipEntry, zip64: boolean): void {
  const needs = [e.size === 0xffffffff, e.compressedSize === 0xffffffff, e.localOffset === 0xffffffff];
  if (!needs.some(Boolean)) return;
  for (let p = at; p + 4 <= at + length; p += 4 + u16(bytes, p + 2)) {
    if (u16(bytes, p) !== 1) continue;
    let q = p + 4;
    if (needs[0]) {
      e.size = u64(bytes, q);
      q += 8;
    }
    if (needs[1]) {
      e.compressedSize = u64(bytes, q);
      q += 8;
    }
    if (needs[2]) e.localOffset = u64(bytes, q);
    return;
  }
  if (zip64) throw new Stop('FILE.DAMAGED', { part: e.name, reason: 'zip64 sizes missing' });
}

function checkDeclaredSizes(entries: ZipEntry[], limits: ReadLimits): void {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    const ratio = e.size / Math.max(1, e.compressedSize);
    if (e.size >= BIG_ENTRY_BYTES && ratio > MAX_RATIO) {
      throw new Stop('FILE.ZIP_BOMB', {
        part: e.name,
        bytes: e.size,
        limit: limits.maxUncompressedBytes,
        reason: `compression ratio ${Math.round(ratio)}:1`,
      });
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw new Stop('FILE.ZIP_BOMB', { bytes: total, limit: limits.maxUncompressedBytes });
  }
}

/** Which zips are not Excel workbooks, told by their entry names (and the ODF mimetype). */
function checkKind(bytes: Uint8Array, entries: ZipEntry[], names: Set<string>): void {
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype && mimetype.size < 200) {
    const type = decodeText(inflateEntry(bytes, mimetype, 200)).trim();
    if (type === 'application/vnd.oasis.opendocument.spreadsheet') throw new Stop('FILE.ODS');
    if (type.startsWith('application/vnd.oasis.opendocument')) {
      throw new Stop('FILE.NOT_WORKBOOK', { format: `OpenDocument (${type.split('.').pop()})` });
    }
  }
  if (names.has('[Content_Types].xml') && names.has('xl/workbook.xml')) return;
  const format = names.has('word/document.xml')
    ? 'Word (.docx)'
    : names.has('ppt/presentation.xml')
      ? 'PowerPoint (.pptx)'
      : names.has('xl/workbook.bin')
        ? 'Excel Binary (.xlsb)'
        : undefined;
  throw new Stop('FILE.NOT_WORKBOOK', format ? { format } : {});
}

// ---------------------------------------------------------------------------------------------
// Inflation, bounded by real output

/** Where an entry's data starts, from its local header (whose sizes may be zero: data descriptor). */
function dataRange(bytes: Uint8Array, e: ZipEntry): [number, number] {
  const at = e.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== SIG_LOCAL) {
    throw new Stop('FILE.DAMAGED', { part: e.name, reason: 'local header not found' });
  }
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw new Stop('FILE.TRUNCATED_ZIP', { reason: `data of ${e.name} is cut` });
  return [start, end];
}

/**
 * Inflates one entry, counting output as fflate produces it (4 KB of input at a time), and stops
 * the moment it passes the declared size or the budget left: declared sizes were checked against
 * the limit, so an entry that inflates past its own is a crafted bomb (random damage breaks the
 * deflate data or the CRC instead). Memory stays within the declared sizes plus one step.
 */
function inflateEntry(bytes: Uint8Array, e: ZipEntry, budget: number): Uint8Array {
  if (e.flags & 1) throw new Stop('FILE.DAMAGED', { part: e.name, reason: 'zip entry is encrypted' });
  const [start, end] = dataRange(bytes, e);
  const data = bytes.subarray(start, end);
  if (e.method === 0) {
    if (data.length > budget)
      throw new Stop('FILE.ZIP_BOMB', { part: e.name, bytes: data.length, limit: budget });
    return data;
  }
  if (e.method !== 8) {
    throw new Stop('FILE.DAMAGED', { part: e.name, reason: `unsupported compression method ${e.method}` });
  }
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const keep = Math.min(e.size, budget);
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced <= keep) chunks.push(chunk);
  });
  try {
    for (let p = 0; p < data.length || p === 0; p += INFLATE_CHUNK) {
      const last = p + INFLATE_CHUNK >= data.length;
      inflater.push(data.subarray(p, p + INFLATE_CHUNK), last);
      if (produced > keep) {
        const lying = produced > e.size ? { declared: e.size } : {};
        throw new Stop('FILE.ZIP_BOMB', { part: e.name, bytes: produced, limit: budget, ...lying });
      }
      if (last) break;
    }
  } catch (err) {
    if (err instanceof Stop) throw err;
    throw new Stop('FILE.DAMAGED', {
      part: e.name,
      reason: `deflate data: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
  const out = new Uint8Array(produced);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Every entry inflated under one budget for the whole file (a second fence: the declared sizes
 * already fit), each checked against its declared size and CRC.
 */
function inflateAll(bytes: Uint8Array, entries: ZipEntry[], limits: ReadLimits): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  let used = 0;
  for (const e of entries) {
    if (e.name.endsWith('/') && e.size === 0) continue; // a folder
    const budget = limits.maxUncompressedBytes - used;
    let data: Uint8Array;
    try {
      data = inflateEntry(bytes, e, budget);
    } catch (err) {
      if (err instanceof Stop && err.code === 'FILE.ZIP_BOMB') {
        throw new Stop('FILE.ZIP_BOMB', { ...err.detail, limit: limits.maxUncompressedBytes });
      }
      throw err;
    }
    used += data.length;
    if (data.length !== e.size) {
      throw new Stop('FILE.DAMAGED', { part: e.name, reason: `size ${data.length}, declared ${e.size}` });
    }
    if (crc32(data) !== e.crc) throw new Stop('FILE.DAMAGED', { part: e.name, reason: 'CRC mismatch' });
    if (/\.(xml|rels|vml)$/i.test(e.name) && hasDoctype(data)) {
      // Excel never writes a DTD; refusing one rules out entity-expansion tricks in any parser.
      throw new Stop('FILE.DAMAGED', { part: e.name, reason: 'XML part declares a DTD' });
    }
    parts.set(e.name.replace(/^\//, ''), data);
  }
  return parts;
}

const DOCTYPE = [...'<!DOCTYPE'].map((c) => c.charCodeAt(0));

function hasDoctype(data: Uint8Array): boolean {
  const head = data.subarray(0, 4096);
  for (let i = head.indexOf(0x3c); i >= 0; i = head.indexOf(0x3c, i + 1)) {
    if (startsWith(head, DOCTYPE, i)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Workbook contents

interface SheetRef {
  name: string;
  /** The zip part of the worksheet, when the relationships say ('xl/worksheets/sheet1.xml'). */
  part?: string;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== '#') return XML_ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? '') : undefined;
}

/** The sheets xl/workbook.xml lists, with their parts resolved through xl/_rels/workbook.xml.rels. */
function workbookSheets(parts: Map<string, Uint8Array>): SheetRef[] {
  const workbook = decodeText(parts.get('xl/workbook.xml') ?? new Uint8Array());
  const rels = decodeText(parts.get('xl/_rels/workbook.xml.rels') ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: SheetRef[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const id = attribute(m[0], 'r:id') ?? attribute(m[0], '[\\w]+:id');
    const part = id ? targets.get(id) : undefined;
    sheets.push({ name: attribute(m[0], 'name') ?? '', ...(part ? { part } : {}) });
  }
  return sheets;
}

/**
 * Every worksheet part (a superset of exceljs's unanchored /xl\/worksheets\/sheet(\d+)[.]xml/) is
 * scanned before parsing: cells and merged areas are counted against limits.maxCells (exceljs makes
 * one object per merged cell), references past Excel's grid and shared-text references past the
 * shared strings are refused (exceljs would loop or crash on them, losing the whole file without
 * saying where), and data validations and column definitions are cut out: nothing downstream reads
 * them, and exceljs expands a validation range and a <col min max> span cell by cell, so
 * "A1:XFD1048576" would hang it.
 */
function guardWorksheets(parts: Map<string, Uint8Array>, sheets: SheetRef[], limits: ReadLimits): number {
  const sharedStrings = countTags(parts.get('xl/sharedStrings.xml'), 'si');
  let total = 0;
  for (const [name, data] of parts) {
    if (!/xl\/worksheets\/[^/]*\.xml/.test(name)) continue;
    const sheet = sheets.find((s) => s.part === name)?.name;
    const scan = scanWorksheet(data, { part: name, ...(sheet ? { sheet } : {}) }, sharedStrings);
    total += scan.cells;
    if (total > limits.maxCells) {
      throw new Stop('FILE.TOO_MANY_CELLS', {
        count: total,
        limit: limits.maxCells,
        ...(sheet ? { sheet } : {}),
      });
    }
    if (scan.cut.length) parts.set(name, cutRanges(data, scan.cut));
  }
  return total;
}

function cutRanges(data: Uint8Array, cut: [number, number][]): Uint8Array {
  const kept = data.length - cut.reduce((n, [a, b]) => n + (b - a), 0);
  const out = new Uint8Array(kept);
  let from = 0;
  let at = 0;
  for (const [a, b] of cut) {
    out.set(data.subarray(from, a), at);
    at += a - from;
    from = b;
  }
  out.set(data.subarray(from), at);
  return out;
}

const isNameEnd = (b: number): boolean =>
  b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x3e || b === 0x2f;

/** The local name (prefix dropped) of the tag whose name is bytes[start, end). */
function localName(x: Uint8Array, start: number, end: number): string {
  let from = start;
  for (let i = start; i < end; i++) if (x[i] === 0x3a) from = i + 1;
  return end - from > 20 ? '' : latin1(x.subarray(from, end));
}

function indexOfSequence(x: Uint8Array, seq: number[], from: number): number {
  const first = seq[0] as number;
  for (let i = x.indexOf(first, from); i >= 0; i = x.indexOf(first, i + 1)) {
    if (startsWith(x, seq, i)) return i;
  }
  return -1;
}

const COMMENT_END = [0x2d, 0x2d, 0x3e]; // -->
const CDATA_END = [0x5d, 0x5d, 0x3e]; // ]]>
const PI_END = [0x3f, 0x3e]; // ?>
const STRIPPED = new Set(['dataValidations', 'cols']);

interface Tag {
  /** Where '<' is, where the name ends, where '>' is. */
  start: number;
  nameEnd: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

/**
 * A byte-level pass over XML, tag by tag (comments, CDATA and processing instructions skipped),
 * with no string of the whole part ever built. Stops at the first unterminated construct: the
 * parser after us reports malformed XML itself.
 */
function forEachTag(x: Uint8Array, visit: (tag: Tag) => void): void {
  for (let i = x.indexOf(0x3c); i >= 0 && i < x.length; i = x.indexOf(0x3c, i)) {
    const c1 = x[i + 1];
    if (c1 === 0x21 || c1 === 0x3f) {
      const end =
        c1 === 0x3f
          ? indexOfSequence(x, PI_END, i + 2) + 2
          : startsWith(x, [0x3c, 0x21, 0x2d, 0x2d], i)
            ? indexOfSequence(x, COMMENT_END, i + 4) + 3
            : indexOfSequence(x, CDATA_END, i + 2) + 3;
      if (end < i) return;
      i = end;
      continue;
    }
    const closing = c1 === 0x2f;
    const nameStart = closing ? i + 2 : i + 1;
    let nameEnd = nameStart;
    while (nameEnd < x.length && !isNameEnd(x[nameEnd] as number)) nameEnd++;
    let end = nameEnd;
    for (let quote = 0; end < x.length; end++) {
      const b = x[end] as number;
      if (quote) {
        if (b === quote) quote = 0;
      } else if (b === 0x22 || b === 0x27) quote = b;
      else if (b === 0x3e) break;
    }
    if (end >= x.length) return;
    const name = localName(x, nameStart, nameEnd);
    visit({ start: i, nameEnd, end, name, closing, selfClosing: x[end - 1] === 0x2f });
    i = end + 1;
  }
}

function countTags(x: Uint8Array | undefined, name: string): number {
  let n = 0;
  if (x) forEachTag(x, (t) => void (!t.closing && t.name === name && n++));
  return n;
}

interface WorksheetScan {
  cells: number;
  cut: [number, number][];
}

function scanWorksheet(
  x: Uint8Array,
  where: { part: string; sheet?: string },
  sharedStrings: number,
): WorksheetScan {
  let cells = 0;
  const cut: [number, number][] = [];
  let stripping: { name: string; start: number; depth: number } | null = null;
  /** The address of a shared-text cell whose <v> comes next. */
  let sharedCell: string | null = null;
  const damaged = (reason: string, cell?: string): Stop =>
    new Stop('FILE.DAMAGED', { ...where, ...(cell ? { cell } : {}), reason: printable(reason) });
  forEachTag(x, (tag) => {
    const { name, closing, selfClosing } = tag;
    const next = tag.end + 1;
    if (stripping) {
      if (name === stripping.name && !selfClosing) stripping.depth += closing ? -1 : 1;
      if (stripping.depth === 0) {
        cut.push([stripping.start, next]);
        stripping = null;
      }
      return;
    }
    if (closing) {
      if (name === 'c') sharedCell = null;
      return;
    }
    if (STRIPPED.has(name)) {
      if (selfClosing) cut.push([tag.start, next]);
      else stripping = { name, start: tag.start, depth: 1 };
    } else if (name === 'c') {
      cells++;
      const r = tagAttribute(x, tag.nameEnd, tag.end, 'r');
      if (r !== undefined && !parseCellRef(r))
        throw damaged(`cell reference "${r.slice(0, 20)}" is outside the grid`);
      sharedCell = !selfClosing && tagAttribute(x, tag.nameEnd, tag.end, 't') === 's' ? (r ?? '?') : null;
    } else if (name === 'v' && sharedCell !== null) {
      const endOfText = x.indexOf(0x3c, next);
      const index = latin1(x.subarray(next, endOfText < 0 ? next : Math.min(endOfText, next + 20))).trim();
      if (!/^\d+$/.test(index) || Number(index) >= sharedStrings) {
        throw damaged(
          `cell ${sharedCell} refers to shared text "${index}", the file has ${sharedStrings}`,
          sharedCell,
        );
      }
      sharedCell = null;
    } else if (name === 'row') {
      const r = tagAttribute(x, tag.nameEnd, tag.end, 'r');
      if (r !== undefined && !(/^\d{1,7}$/.test(r) && Number(r) >= 1 && Number(r) <= MAX_ROW)) {
        throw damaged(`row number "${r.slice(0, 20)}" is outside the grid`);
      }
    } else if (name === 'mergeCell') {
      const ref = tagAttribute(x, tag.nameEnd, tag.end, 'ref') ?? '';
      const area = rangeArea(ref);
      if (area === null) throw damaged(`merged range "${ref.slice(0, 30)}" is not valid`);
      cells += area - 1; // the top-left cell is usually a <c> of its own
    }
  });
  return { cells, cut };
}

/** Bytes decoded one by one may be anything: keep messages to printable ASCII. */
const printable = (s: string): string => s.replace(/[^\x20-\x7e]/g, '?');

const ATTRIBUTE_RE: Record<'r' | 'ref' | 't', RegExp> = {
  r: /(?:^|\s)r\s*=\s*("([^"]*)"|'([^']*)')/,
  ref: /(?:^|\s)ref\s*=\s*("([^"]*)"|'([^']*)')/,
  t: /(?:^|\s)t\s*=\s*("([^"]*)"|'([^']*)')/,
};

/** The value of attribute `name` inside the tag bytes [from, to), or undefined. */

function tagAttribute(x: Uint8Array, from: number, to: number, name: 'r' | 'ref' | 't'): string | undefined {
  const tag = latin1(x.subarray(from, Math.min(to, from + 2048)));
  const m = ATTRIBUTE_RE[name].exec(tag);
  return m ? (m[2] ?? m[3] ?? '') : undefined;
}

/** 'B7' -> {row 7, col 2}; null past Excel's grid or malformed. '$' anchors are accepted. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return row >= 1 && row <= MAX_ROW && col >= 1 && col <= MAX_COLUMN ? { row, col } : null;
}

/** Cells in 'A1:C3' (9) or 'A1' (1); null when malformed or past the grid. */
export function rangeArea(ref: string): number | null {
  const [a, b = a] = ref.split(':');
  const from = parseCellRef(a ?? '');
  const to = parseCellRef(b ?? '');
  if (!from || !to) return null;
  return (Math.abs(to.row - from.row) + 1) * (Math.abs(to.col - from.col) + 1);
}
