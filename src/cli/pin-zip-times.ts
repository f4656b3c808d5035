/**
 * Makes an .xlsx byte-for-byte reproducible: exceljs's zip writer (JSZip) stamps every entry
 * with the wall-clock time it was added, so two runs a second apart differ even with the same
 * content. This rewrites the DOS date and time of every entry, in the local headers and in the
 * central directory, to one fixed date. The content and the CRCs are untouched.
 */
import type { IsoDate } from '../core/types';
import { isoParts } from '../core/text';

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** Returns a patched copy; the bytes unchanged if they are not a zip this function understands. */
export function pinZipTimes(bytes: Uint8Array, date: IsoDate): Uint8Array {
  const parts = isoParts(date);
  if (!parts) throw new Error(`pinZipTimes: invalid date ${date}`);
  const dosDate = ((Math.max(parts.year, 1980) - 1980) << 9) | (parts.month << 5) | parts.day;
  const dosTime = 0; // midnight

  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let p = out.length - 22; p >= Math.max(0, out.length - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === EOCD_SIG) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return bytes;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (p + 46 > out.length || view.getUint32(p, true) !== CENTRAL_SIG) return bytes;
    view.setUint16(p + 12, dosTime, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (local + 30 > out.length || view.getUint32(local, true) !== LOCAL_SIG) return bytes;
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
