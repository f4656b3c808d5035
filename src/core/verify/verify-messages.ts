import type { Text } from '../types';
import type { BatchComparison } from './compare-batch';

/**
 * What a verification says, in both languages, for `baocao verify` and the Đối chiếu action alike:
 * a headline, then one line per file that is not as recorded.
 */

const q = (s: string): string => `“${s}”`;
const qe = (s: string): string => `"${s}"`;

export function comparisonText(c: BatchComparison): { headline: Text; lines: Text[] } {
  const lines: Text[] = [
    ...c.changed.map((n) => ({ vi: `Đã sửa: ${q(n)}`, en: `Changed: ${qe(n)}` })),
    ...c.missing.map((n) => ({ vi: `Thiếu: ${q(n)}`, en: `Missing: ${qe(n)}` })),
    ...c.added.map((n) => ({ vi: `Thêm mới: ${q(n)}`, en: `Added: ${qe(n)}` })),
    ...c.unchecked.map((n) => ({
      vi: `Không đối chiếu được: ${q(n)} (trang tính của sổ làm việc đang mở, hoặc tệp quá lớn nên chưa tính mã băm)`,
      en: `Not checked: ${qe(n)} (a sheet of the workbook open in Excel, or a file too large to be hashed)`,
    })),
  ];
  if (!c.intact)
    return {
      headline: {
        vi: `Phần ghi dấu vân tay trong bản tổng hợp đã bị sửa (không còn khớp dấu vân tay ${c.fingerprint}), nên không thể dựa vào nó để đối chiếu. Hãy dùng bản tổng hợp gốc đã chốt.`,
        en: `The fingerprint record in the consolidated workbook was edited (it no longer matches its fingerprint ${c.fingerprint}), so it cannot be relied on. Use the original locked consolidation.`,
      },
      lines,
    };
  if (c.unchanged)
    return {
      headline: {
        vi: `Không thay đổi: ${c.same.length} tệp trùng khớp từng byte với bộ số liệu đã chốt (dấu vân tay ${c.fingerprint}).`,
        en: `Unchanged: ${c.same.length} files match the locked batch byte for byte (fingerprint ${c.fingerprint}).`,
      },
      lines,
    };
  return {
    headline: {
      vi: `Đã thay đổi so với bộ số liệu đã chốt (dấu vân tay ${c.fingerprint}): ${c.changed.length} tệp bị sửa, ${c.missing.length} tệp bị thiếu, ${c.added.length} tệp được thêm; ${c.same.length} tệp không đổi. Số liệu tổng hợp không còn đúng với các tệp này: hãy tổng hợp lại, hoặc tìm lại các tệp gốc.`,
      en: `Changed since the locked batch (fingerprint ${c.fingerprint}): ${c.changed.length} files changed, ${c.missing.length} missing, ${c.added.length} added; ${c.same.length} unchanged. The consolidated figures no longer match these files: consolidate again, or find the original files.`,
    },
    lines,
  };
}

/** The workbook chosen to verify against holds no record. */
export function noRecord(file: string, consolidation: boolean): Text {
  return consolidation
    ? {
        vi: `Bản tổng hợp ${q(file)} không có phần ghi dấu vân tay (được lập bằng phiên bản cũ của phần mềm). Hãy tổng hợp lại các tệp bằng phiên bản này để chốt số liệu.`,
        en: `The consolidation ${qe(file)} holds no fingerprint record (it was made by an older version of the add-in). Consolidate the files again with this version to lock the figures.`,
      }
    : {
        vi: `Tệp ${q(file)} không phải bản tổng hợp do phần mềm lập (không có trang “Nguồn” có dấu vân tay). Hãy chọn tệp tổng hợp đã ghi bằng lệnh tổng hợp.`,
        en: `The file ${qe(file)} is not a consolidation made by the add-in (no "Nguồn" sheet with a fingerprint). Choose the consolidated workbook the consolidation wrote.`,
      };
}

/** The record's lines cannot be read at all. */
export function damagedRecord(file: string, sheet: string): Text {
  return {
    vi: `Phần ghi dấu vân tay trong trang ${q(sheet)} của tệp ${q(file)} bị hỏng (có dòng không đọc được), nên không thể đối chiếu. Hãy dùng bản tổng hợp gốc đã chốt.`,
    en: `The fingerprint record on sheet ${qe(sheet)} of ${qe(file)} is damaged (a line cannot be read), so nothing can be verified. Use the original locked consolidation.`,
  };
}
