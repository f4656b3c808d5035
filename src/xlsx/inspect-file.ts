import { Inflate, inflateSync } from 'fflate';
import type { ReadLimits } from '../core/settings/settings-types';
import type { Finding } from '../core/types';
import { fileFinding, type FileCode, type FileDetail } from './file-messages';
import { hasDoctype } from './xml-scan';

/**
 * File-level checks on untrusted bytes, BEFORE anything reads what the workbook holds. A file
 * that passes is handed on as `parts`: its XML parts, each inflated once within the limits and
 * checked (CRC, sizes, no DTD), for the reader (scan-workbook.ts), which applies the bounds of
 * what the parts hold in the same pass. Order of checks: size -> kind of file (OLE2, zip, text)
 * -> zip directory (entries, declared sizes) -> real inflation -> contents (macros, links).
 *
 * Why our own zip directory reader: fflate's unzipSync trusts the directory (it checks neither
 * signatures nor bounds), so a corrupt directory gives garbage instead of an error. fflate's
 * streaming Inflate does the decompression, so output is counted as it is produced.
 */

export interface InspectResult {
  /** FILE.* findings; one with severity 'error' means the file must not be read further. */
  findings: Finding[];
  /**
   * The checked XML parts (.xml, .rels) by name without a leading '/', inflated; absent when a
   * finding is an error. Other parts (pictures, macros) are inflated and checked, then dropped.
   */
  parts?: Map<string, Uint8Array>;
  /** What all the parts inflate to, in bytes (the reader's budgets are multiples of it). */
  inflatedBytes: number;
}

/** An entry this big (declared or real) must not be compressed more than MAX_RATIO:1. */
export const BIG_ENTRY_BYTES = 5 * 1024 * 1024;
export const MAX_RATIO = 200;
/** Excel's grid: a reference past it is damage (and would make a parser loop). */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

const DOLLAR = 0x24;
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// 4 KB of input per push: small enough that a bomb yields at most ~4 MB per step, and measured
// fastest (fflate copies its 32 KB window after every push, and big outputs cost allocation).
const INFLATE_CHUNK = 4 * 1024;

/** A verdict that stops the read (inspection or scan). */
export class Stop {
  constructor(
    readonly code: FileCode,
    readonly detail: FileDetail = {},
  ) {}
}

export function inspectFile(bytes: Uint8Array, fileName: string, limits: ReadLimits): InspectResult {
  const notes: Finding[] = [];
  const stopped = (s: Stop): InspectResult => ({
    findings: [...notes, fileFinding(s.code, fileName, s.detail)],
    inflatedBytes: 0,
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
    const { parts, inflatedBytes } = inflateAll(bytes, entries, limits);

    const contentTypes = decodeText(parts.get('[Content_Types].xml') ?? new Uint8Array());
    if (/macroEnabled/i.test(contentTypes) || entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name))) {
      notes.push(fileFinding('FILE.MACROS', fileName));
    }
    if (entries.some((e) => e.name.startsWith('xl/externalLinks/'))) {
      notes.push(fileFinding('FILE.EXTERNAL_LINKS', fileName));
    }
    return { findings: notes, parts, inflatedBytes };
  } catch (e) {
    if (e instanceof Stop) return stopped(e);
    // A bug here must still not take the caller down: report it as unreadable, with the reason.
    return stopped(new Stop('FILE.UNREADABLE', { reason: internalError(e) }));
  }
}

/** Marks the reason of a finding made from an exception we did not expect: a bug to report. */
export const INTERNAL_ERROR = 'internal error';

/**
 * The reason of a finding made from an exception nobody expected (a bug): marked, with the kind
 * of error only. Never the raw text ("Cannot read properties of undefined"), which means nothing
 * to the person reading the message; the message itself says the file could not be read.
 */
export function internalError(e: unknown): string {
  const kind = e instanceof Error ? e.name : typeof e;
  return `${INTERNAL_ERROR}: ${/^\w{1,40}$/.test(kind) ? kind : 'Error'}`;
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

/**
 * CRC-32 tables for slicing by 8: table k gives the CRC of a byte followed by k zero bytes, so
 * eight bytes are folded per step (about 4x faster than a byte at a time; every part of every
 * file is checked, and this was a tenth of the read).
 */
const CRC_TABLES = (() => {
  const t = new Uint32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++) {
      const prev = t[(k - 1) * 256 + n] as number;
      t[k * 256 + n] = ((t[prev & 0xff] as number) ^ (prev >>> 8)) >>> 0;
    }
  return t;
})();

export function crc32(data: Uint8Array): number {
  const t = CRC_TABLES;
  let c = 0xffffffff;
  let i = 0;
  for (const end8 = data.length - 7; i < end8; i += 8) {
    const lo =
      (c ^
        (data[i] as number) ^
        ((data[i + 1] as number) << 8) ^
        ((data[i + 2] as number) << 16) ^
        ((data[i + 3] as number) << 24)) >>>
      0;
    c =
      (t[1792 + (lo & 0xff)] as number) ^
      (t[1536 + ((lo >>> 8) & 0xff)] as number) ^
      (t[1280 + ((lo >>> 16) & 0xff)] as number) ^
      (t[1024 + (lo >>> 24)] as number) ^
      (t[768 + (data[i + 4] as number)] as number) ^
      (t[512 + (data[i + 5] as number)] as number) ^
      (t[256 + (data[i + 6] as number)] as number) ^
      (t[data[i + 7] as number] as number);
  }
  for (; i < data.length; i++) c = (t[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
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

/** Inflates an entry the careful way and checks it is exactly what the directory declares. */
function carefulInflate(bytes: Uint8Array, e: ZipEntry, budget: number, limits: ReadLimits): Uint8Array {
  let data: Uint8Array;
  try {
    data = inflateEntry(bytes, e, budget);
  } catch (err) {
    if (err instanceof Stop && err.code === 'FILE.ZIP_BOMB') {
      throw new Stop('FILE.ZIP_BOMB', { ...err.detail, limit: limits.maxUncompressedBytes });
    }
    throw err;
  }
  if (data.length !== e.size) {
    throw new Stop('FILE.DAMAGED', { part: e.name, reason: `size ${data.length}, declared ${e.size}` });
  }
  if (crc32(data) !== e.crc) throw new Stop('FILE.DAMAGED', { part: e.name, reason: 'CRC mismatch' });
  return data;
}

/**
 * Deflate's worst case: a 258-byte match coded in 2 bits, so compressed data can never inflate
 * to more than this many times its size.
 */
const DEFLATE_MAX_RATIO = 1032;
/**
 * How much inflation work (in worst-case output bytes) one file may risk on the quick path:
 * about a tenth of a second of fflate at worst; a report's parts need about 15 MB of it.
 */
const QUICK_INFLATE_WORK = 64 * 1024 * 1024;

/**
 * The quick way, for the common case: inflate an entry in one call straight into a buffer of its
 * declared size (the streaming path costs four times as much: fflate grows and copies its
 * window at every step). fflate does not stop when that buffer is full, it decodes on and drops
 * the excess, so the quick way is taken only while the work it can cost is bounded: an entry's
 * worst case is DEFLATE_MAX_RATIO times its compressed size, and a file may spend at most
 * QUICK_INFLATE_WORK of worst cases. Anything not exactly as declared (size, CRC, deflate error)
 * gives undefined, and the careful way inflates the entry again and gives the verdict.
 */
function quickInflate(
  bytes: Uint8Array,
  e: ZipEntry,
  budget: number,
  work: { left: number },
): Uint8Array | undefined {
  if (e.method !== 8 || e.flags & 1 || e.size > budget) return undefined;
  const [start, end] = dataRange(bytes, e);
  const worst = (end - start) * DEFLATE_MAX_RATIO;
  if (worst > work.left) return undefined;
  work.left -= worst;
  try {
    const out = inflateSync(bytes.subarray(start, end), { out: new Uint8Array(e.size) });
    return out.length === e.size && crc32(out) === e.crc ? out : undefined;
  } catch {
    return undefined;
  }
}

/** The parts a reader reads (XML); the others are inflated only to be checked. */
const isXmlPart = (name: string): boolean => /\.(xml|rels|vml)$/i.test(name);

/**
 * Every entry inflated once under one budget for the whole file (a second fence: the declared
 * sizes already fit), each checked against its declared size and CRC, every XML part for a DTD
 * anywhere in it. XML parts are kept for the reader; the others are dropped once checked.
 */
function inflateAll(
  bytes: Uint8Array,
  entries: ZipEntry[],
  limits: ReadLimits,
): { parts: Map<string, Uint8Array>; inflatedBytes: number } {
  const parts = new Map<string, Uint8Array>();
  let used = 0;
  const quickWork = { left: QUICK_INFLATE_WORK };
  for (const e of entries) {
    if (e.name.endsWith('/') && e.size === 0) continue; // a folder
    const budget = limits.maxUncompressedBytes - used;
    const data = quickInflate(bytes, e, budget, quickWork) ?? carefulInflate(bytes, e, budget, limits);
    used += data.length;
    if (!isXmlPart(e.name)) continue;
    if (hasDoctype(data)) {
      // Excel never writes a DTD; refusing one rules out entity-expansion tricks in any parser.
      throw new Stop('FILE.DAMAGED', { part: e.name, reason: 'XML part declares a DTD' });
    }
    parts.set(e.name.replace(/^\//, ''), data);
  }
  return { parts, inflatedBytes: used };
}

// ---------------------------------------------------------------------------------------------
// Cell references

/** 'B7' -> {row 7, col 2}; null past Excel's grid or malformed. '$' anchors are accepted. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  // A loop over the characters, not a regular expression: it runs for every cell of every file.
  let i = ref.charCodeAt(0) === DOLLAR ? 1 : 0;
  let col = 0;
  const lettersFrom = i;
  for (; i < ref.length && i - lettersFrom < 4; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return null;
  if (ref.charCodeAt(i) === DOLLAR) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9 || i - digitsFrom >= 7) return null;
    row = row * 10 + d;
  }
  if (i === digitsFrom) return null;
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
