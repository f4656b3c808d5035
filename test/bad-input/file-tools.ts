import { deflateRawSync, constants } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { SheetSpec } from '../../src/core/sheet/sheet-spec';
import { crc32 } from '../../src/xlsx/inspect-file';

/**
 * Zip tools for making bad files on purpose: honest re-zipping of edited parts, and a raw writer
 * whose headers say whatever the test wants (lying sizes, duplicate names, odd methods).
 */

/** Zip timestamps are fixed so generated fixtures are the same bytes on every run. */
const MTIME = Date.UTC(1980, 0, 2);

/** The entries of a zip we made ourselves (trusted input: fflate's reader is fine here). */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

/** A deterministic zip of the given parts, in the given order. */
export function writeZip(files: Map<string, Uint8Array>, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  const zippable: Zippable = Object.create(null) as Zippable;
  for (const [name, data] of files) zippable[name] = data;
  return zipSync(zippable, { level, mtime: MTIME });
}

/** Re-zips a workbook after `edit` changed its parts. */
export function editZip(bytes: Uint8Array, edit: (files: Map<string, Uint8Array>) => void): Uint8Array {
  const files = readZip(bytes);
  edit(files);
  return writeZip(files);
}

/** Replaces the text of one part (XML) through `fn`; throws if the part is missing. */
export function editPart(files: Map<string, Uint8Array>, name: string, fn: (xml: string) => string): void {
  const data = files.get(name);
  if (!data) throw new Error(`no part ${name}; parts: ${[...files.keys()].join(', ')}`);
  files.set(name, strToU8(fn(strFromU8(data))));
}

export const text = (s: string): Uint8Array => strToU8(s);

export interface RawZipEntry {
  name: string;
  /** The bytes as stored (already deflated when method is 8). */
  data: Uint8Array;
  method: number;
  /** Declared uncompressed size and CRC: whatever the test wants them to claim. */
  size: number;
  crc: number;
  flags?: number;
}

/** An entry stored honestly (method 8 at level 6), to mix with lying ones. */
export function honestEntry(name: string, content: Uint8Array): RawZipEntry {
  return { name, data: deflateRawSync(content), method: 8, size: content.length, crc: crc32(content) };
}

/** Writes local headers, data, central directory and end record exactly as the entries say. */
export function writeRawZip(entries: RawZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, (e.flags ?? 0) | 0x800, true);
    local.setUint16(8, e.method, true);
    local.setUint32(14, e.crc >>> 0, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.size >>> 0, true);
    local.setUint16(26, name.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(8, (e.flags ?? 0) | 0x800, true);
    cd.setUint16(10, e.method, true);
    cd.setUint32(16, e.crc >>> 0, true);
    cd.setUint32(20, e.data.length, true);
    cd.setUint32(24, e.size >>> 0, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, e.data);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

/** Every entry of a zip we made, with its stored bytes, ready to be lied about. */
export function rawEntries(bytes: Uint8Array): RawZipEntry[] {
  return [...readZip(bytes)].map(([name, content]) => honestEntry(name, content));
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A raw deflate stream of `megabytes` MB of zeros, built in milliseconds without ever holding the
 * zeros: one MB deflated with a sync flush (byte-aligned, self-contained), repeated, then an empty
 * final block. About 1 KB per MB, the ratio of a real zip bomb.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1024 * 1024), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const parts: Uint8Array[] = Array.from({ length: megabytes }, () => block);
  parts.push(new Uint8Array([0x03, 0x00]));
  return concat(parts);
}

/**
 * A minimal OLE2 Compound File (what .xls, .doc and password-protected .xlsx files are): 512-byte
 * sectors, one FAT sector, one directory sector (root + up to 3 streams), each stream padded to
 * 4096 bytes so no mini stream is needed. Enough for anything that walks the directory.
 */
export function writeCfb(streams: { name: string; data: Uint8Array }[]): Uint8Array {
  if (streams.length > 3) throw new Error('writeCfb: at most 3 streams');
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = new Uint8Array(size);
    data.set(s.data);
    return { name: s.name, data, size: s.data.length < 4096 ? 4096 : s.data.length };
  });
  const header = new DataView(new ArrayBuffer(SECTOR));
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => header.setUint8(i, b));
  header.setUint16(0x18, 0x3e, true);
  header.setUint16(0x1a, 3, true);
  header.setUint16(0x1c, 0xfffe, true);
  header.setUint16(0x1e, 9, true);
  header.setUint16(0x20, 6, true);
  header.setUint32(0x2c, 1, true); // FAT sectors
  header.setUint32(0x30, 1, true); // first directory sector
  header.setUint32(0x38, 4096, true);
  header.setUint32(0x3c, END, true);
  header.setUint32(0x44, END, true);
  header.setUint32(0x4c, 0, true); // the FAT is sector 0
  for (let i = 1; i < 109; i++) header.setUint32(0x4c + i * 4, FREE, true);

  const fat = new DataView(new ArrayBuffer(SECTOR));
  for (let i = 0; i < SECTOR / 4; i++) fat.setUint32(i * 4, FREE, true);
  fat.setUint32(0, 0xfffffffd, true); // FATSECT
  fat.setUint32(4, END, true); // the directory: one sector
  let next = 2;
  const starts: number[] = [];
  for (const s of padded) {
    const sectors = s.data.length / SECTOR;
    starts.push(next);
    for (let i = 0; i < sectors; i++)
      fat.setUint32((next + i) * 4, i === sectors - 1 ? END : next + i + 1, true);
    next += sectors;
  }
  if (next > SECTOR / 4) throw new Error('writeCfb: streams too big for one FAT sector');

  const dir = new DataView(new ArrayBuffer(SECTOR));
  const entry = (
    index: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ) => {
    const at = index * 128;
    for (let i = 0; i < name.length; i++) dir.setUint16(at + i * 2, name.charCodeAt(i), true);
    dir.setUint16(at + 0x40, (name.length + 1) * 2, true);
    dir.setUint8(at + 0x42, type);
    dir.setUint8(at + 0x43, 1);
    dir.setUint32(at + 0x44, FREE, true);
    dir.setUint32(at + 0x48, right, true);
    dir.setUint32(at + 0x4c, child, true);
    dir.setUint32(at + 0x74, start, true);
    dir.setUint32(at + 0x78, size, true);
  };
  entry(0, 'Root Entry', 5, padded.length ? 1 : FREE, FREE, END, 0);
  padded.forEach((s, i) =>
    entry(i + 1, s.name, 2, FREE, i + 2 <= padded.length ? i + 2 : FREE, starts[i] ?? END, s.size),
  );
  return concat([
    new Uint8Array(header.buffer),
    new Uint8Array(fat.buffer),
    new Uint8Array(dir.buffer),
    ...padded.map((s) => s.data),
  ]);
}

/** A plain sheet spec with a few cells, for tests that need "some workbook". */
export function aSheetSpec(name = 'Trang 1', cells: SheetSpec['cells'] = []): SheetSpec {
  return {
    name,
    font: { name: 'Times New Roman', size: 12 },
    columns: [{ width: 10 }, { width: 20 }],
    cells: cells.length
      ? cells
      : [
          { address: 'A1', value: { text: 'Xin chào' } },
          { address: 'B2', value: { number: 42 } },
        ],
    merges: [],
    validations: [],
    conditionalFormats: [],
    names: {},
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: 1 },
  };
}

/**
 * Replaces the <c> element of `address` in a worksheet's XML (self-closing or not); when the
 * sheet has no such cell, adds it at the start of its row. Returns null when neither is possible.
 */
export function replaceCell(xml: string, address: string, cell: string): string | null {
  const open = xml.indexOf(`<c r="${address}"`);
  if (open >= 0) {
    const tagEnd = xml.indexOf('>', open);
    if (tagEnd < 0) return null;
    const end = xml[tagEnd - 1] === '/' ? tagEnd + 1 : xml.indexOf('</c>', tagEnd) + 4;
    if (end < tagEnd) return null;
    return xml.slice(0, open) + cell + xml.slice(end);
  }
  const row = /\d+/.exec(address)?.[0];
  const rowTag = new RegExp(`<row r="${row}"[^>]*?(/?)>`).exec(xml);
  if (!rowTag) return null;
  const at = rowTag.index + rowTag[0].length;
  return rowTag[1] === '/'
    ? `${xml.slice(0, rowTag.index)}<row r="${row}">${cell}</row>${xml.slice(at)}`
    : xml.slice(0, at) + cell + xml.slice(at);
}

/** Text as Excel stores it in XML: markup escaped, control characters as _xHHHH_. */
export function xmlText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are what this escapes
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    )
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
