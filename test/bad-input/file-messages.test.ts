import {
  FILE_CODES,
  fileFinding,
  fileSeverity,
  formatBytes,
  type FileCode,
  type FileDetail,
} from '../../src/xlsx/file-messages';

/** Every FILE.* code has a full message in both languages that names the file and says what to do. */

const DETAIL: FileDetail = {
  bytes: 25 * 1024 * 1024 + 300 * 1024,
  limit: 20 * 1024 * 1024,
  count: 2100,
  sheets: ['Báo cáo', 'Sheet2'],
  sheet: 'Báo cáo',
  part: 'xl/worksheets/sheet1.xml',
  format: 'PDF',
  reason: 'CRC mismatch',
};

// What-to-do words: each message ends by telling the person what to do (or that nothing is needed).
const ACTION_VI = /[Hh]ãy|Không cần làm gì/;
const ACTION_EN = /\b(Open|Choose|Download|Enter|Delete|Check|Nothing to do|delete)\b/;

describe('file messages', () => {
  it.each(FILE_CODES.map((c) => [c]))(
    '%s: names the file, in both languages, and says what to do',
    (code) => {
      const f = fileFinding(code, 'DV001 báo cáo.xlsx', DETAIL);
      expect(f.code).toBe(code);
      expect(f.file).toBe('DV001 báo cáo.xlsx');
      expect(f.severity).toBe(fileSeverity(code));
      for (const text of [f.message.vi, f.message.en]) {
        expect(text).toContain('“DV001 báo cáo.xlsx”');
        expect(text).toMatch(/[.!]$/);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(f.message.vi).toMatch(ACTION_VI);
      expect(f.message.en).toMatch(ACTION_EN);
      expect(f.message.vi).not.toBe(f.message.en);
    },
  );

  it('lets only macros (info) and external links (warning) through; our own output is a note, not an error', () => {
    expect(FILE_CODES.filter((c) => fileSeverity(c) !== 'error')).toEqual([
      'FILE.MACROS',
      'FILE.EXTERNAL_LINKS',
      'FILE.OWN_OUTPUT',
    ]);
  });

  it.each([
    ['FILE.TOO_LARGE', { bytes: 26_528_768, limit: 20_971_520 }, '25,3 MB', '20 MB', '25.3 MB'],
    ['FILE.TOO_MANY_ENTRIES', { count: 2100, limit: 2000 }, '2.100', '2.000', '2,100'],
    [
      'FILE.TOO_MANY_CELLS',
      { count: 260_000, limit: 200_000, sheet: 'Nháp' },
      '260.000',
      '“Nháp”',
      '260,000',
    ],
    ['FILE.TIMEOUT', { limit: 10_000 }, '10 giây', '10 giây', '10 seconds'],
    [
      'FILE.NO_REPORT_SHEET',
      { sheets: [] },
      'tệp không có trang tính nào',
      'tệp không có trang tính nào',
      'it has no sheets',
    ],
    [
      'FILE.ENCRYPTED',
      {},
      'Tệp > Thông tin > Bảo vệ sổ làm việc',
      'bỏ mật khẩu',
      'File > Info > Protect Workbook',
    ],
    ['FILE.LEGACY_XLS', {}, 'Excel 97-2003 (.xls)', '.xlsx', 'File > Save As'],
    [
      'FILE.ZIP_BOMB',
      { declared: 1000, part: 'xl/media/image1.png' },
      '1.000 byte',
      'xl/media/image1.png',
      '1,000 byte',
    ],
  ] as [FileCode, FileDetail, string, string, string][])(
    '%s cites its facts: %j',
    (code, detail, vi1, vi2, en) => {
      const f = fileFinding(code, 'a.xlsx', detail);
      expect(f.message.vi).toContain(vi1);
      expect(f.message.vi).toContain(vi2);
      expect(f.message.en).toContain(en);
    },
  );

  it.each([
    [0, '0 byte', '0 byte'],
    [1023, '1.023 byte', '1,023 byte'],
    [1536, '1,5 KB', '1.5 KB'],
    [100 * 1024 * 1024, '100 MB', '100 MB'],
    [3.25 * 1024 ** 3, '3,3 GB', '3.3 GB'],
  ])('formatBytes(%p) -> %s / %s', (n, vi, en) => {
    expect(formatBytes(n, 'vi')).toBe(vi);
    expect(formatBytes(n, 'en')).toBe(en);
  });
});
