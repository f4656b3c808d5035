import { displayText, looseKey, matchKey, normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it.each([
    ['NFD input becomes NFC', 'Sở Nội vụ'.normalize('NFD'), 'Sở Nội vụ'],
    ['ƣ from PDF extraction becomes ư', 'Ban Thƣờng vụ', 'Ban Thường vụ'],
    ['Ƣ becomes Ư', 'TRƢỜNG', 'TRƯỜNG'],
    ['ƣ followed by a combining tone composes', 'th\u01a3\u0300ng', 'thừng'],
    ['spaces trimmed and collapsed', '  Chi  bộ \t 2  ', 'Chi bộ 2'],
    ['no-break and thin spaces are spaces', 'Sở\u00a0Nội\u202fvụ', 'Sở Nội vụ'],
    ['zero-width characters and BOM removed', '\ufeffSở\u200b Nội vụ', 'Sở Nội vụ'],
    ['controls removed', 'Sở\u0007 Nội\u0000 vụ', 'Sở Nội vụ'],
    ['line breaks become spaces by default', 'Dòng 1\r\nDòng 2', 'Dòng 1 Dòng 2'],
    ['soft hyphen kept (it is ư in TCVN3 text)', 'tr\u00adêng', 'tr\u00adêng'],
    ['empty stays empty', '   ', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps line breaks when asked, cleaning each line and at most one blank line', () => {
    expect(normalizeText('\n  Dòng  1 \r\n\r\n\r\n Dòng 2\r', { keepNewlines: true })).toBe(
      'Dòng 1\n\nDòng 2',
    );
  });

  it('displayText keeps the spelling (tone placement, case)', () => {
    expect(displayText(' Tỉnh  uỷ ')).toBe('Tỉnh uỷ');
    expect(displayText('HÒA')).toBe('HÒA');
  });
});

describe('matchKey', () => {
  it.each([
    ['Uỷ ban', 'Ủy ban'],
    ['hoá', 'hóa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['Hoà', 'Hòa'],
    ['Tỉnh uỷ', 'tỉnh ủy'],
    ['Sở Nội vụ', 'Sở Nội vụ'.normalize('NFD')],
    ['SỞ NỘI VỤ', 'sở nội vụ'],
    ['Đảng ủy Khối - Các cơ quan', 'Đảng ủy Khối, các cơ quan.'],
    ['Chi  bộ   2', 'Chi bộ 2'],
    ['Ban Thƣờng vụ', 'Ban Thường vụ'],
    ['Sở Tài nguyên và Môi trường', 'Sở Tài nguyên & Môi trường'],
  ])('%s = %s', (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it.each([
    ['Đông', 'Dông'], // đ is a letter of its own
    ['Hòa', 'Hoa'], // the tone matters
    ['Hòa', 'Hóa'],
    ['Chi bộ 2', 'Chi bộ 20'],
    ['Sở Y tế', 'Sở Xây dựng'],
    ['Văn', 'Vân'], // vowel quality matters
  ])('%s != %s', (a, b) => {
    expect(matchKey(a)).not.toBe(matchKey(b));
  });
});

describe('looseKey', () => {
  it.each([
    ['Đảng ủy Khối', 'dang uy khoi'],
    ['Sở Nội vụ', 'so noi vu'],
    ['HĐND-UBND', 'hdnd ubnd'],
    ['Trƣờng', 'truong'],
  ])('%s -> %s', (input, expected) => {
    expect(looseKey(input)).toBe(expected);
  });

  it('ignores every diacritic, so it only suggests', () => {
    expect(looseKey('Đồng')).toBe(looseKey('Dòng'));
  });
});
