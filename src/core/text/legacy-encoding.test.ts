import {
  TCVN3_TABLE,
  convertLegacyToUnicode,
  convertTcvn3ToUnicode,
  convertUnicodeToTcvn3,
  convertUnicodeToVni,
  convertVniToUnicode,
  detectLegacyEncoding,
} from './legacy-encoding';

/** The TCVN3 (ABC) table as it is usually printed, written out independently of the code. */
const ABC_BYTES = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦';
const ABC_UNICODE = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';

const SENTENCES = [
  'Sở Nội vụ',
  'Đảng ủy Khối các cơ quan tỉnh',
  'Ban Tuyên giáo',
  'Trường Chính trị tỉnh',
  'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
  'Ban Thường vụ Đảng ủy Khối xây dựng kế hoạch quán triệt, triển khai thực hiện',
  'Phát huy vai trò, trách nhiệm của các cấp ủy Đảng, các đoàn thể chính trị - xã hội',
  'Ơn Ưng Ăn Âm Êm Ôm',
];

/** Real sentences from the plan text (with its ƣ), and Latin-1-only Vietnamese words. */
const GENUINE = [
  'Ban Thƣờng vụ Tỉnh uỷ về một số giải pháp đổi mới, nâng cao',
  'hiệu quả công tác dân vận của cơ quan nhà nƣớc và chính quyền các cấp',
  'Thực hiện Đề án số 04- ĐA/TU, ngày 01 tháng 10 năm 2021 của Ban',
  '1. Quán triệt sâu rộng và tổ chức thực hiện có hiệu quả mục tiêu, nhiệm',
  'II- MỤC TIÊU',
  'KẾ HOẠCH',
  'Hoà Bình',
  'Khoá học',
  'quá trình',
  'Toà án',
  'Quân',
  'Thuê',
  'Tôi là',
  'HOÀ',
  'Ý kiến',
  'Café',
  '95,5%',
  '15/01/2022',
  'a · b',
  '2×3',
  '',
];

describe('TCVN3 table', () => {
  it('has the 67 lowercase letters and the 7 capitals of VN3', () => {
    expect(TCVN3_TABLE.size).toBe(74);
    expect(new Set(TCVN3_TABLE.values()).size).toBe(74);
  });

  it.each([...ABC_UNICODE].map((u, i) => [u, ABC_BYTES.charAt(i)]))('%s <-> %s', (uni, byte) => {
    expect(TCVN3_TABLE.get(uni)).toBe(byte);
    expect(convertTcvn3ToUnicode(byte)).toBe(uni);
  });
});

describe('convertTcvn3ToUnicode', () => {
  it.each([
    ['Së Néi vô', 'Sở Nội vụ'],
    ['§¶ng', 'Đảng'],
    ['§¶ng ñy Khèi c¸c c¬ quan tØnh', 'Đảng ủy Khối các cơ quan tỉnh'],
    ['Ban Tuyªn gi¸o', 'Ban Tuyên giáo'],
    ['Tr\u00adêng ChÝnh trÞ tØnh', 'Trường Chính trị tỉnh'],
    ['V¨n phßng §oµn §BQH vµ H§ND tØnh', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh'],
    ['TR¦êNG CHÝNH TRÞ', 'TRƯỜNG CHÍNH TRỊ'], // capitals typed in .VnTime: words upper-cased
    ['§¶NG ñY', 'ĐẢNG ủY'], // one capital letter is not enough evidence
    ['ca\u00b3c', 'các'], // VN3 combining acute after a letter
    ['25\u00b0C', '25\u00b0C'], // not after a letter: left alone
    ['UBND 2022', 'UBND 2022'],
  ])('%s -> %s', (tcvn3, expected) => {
    expect(convertTcvn3ToUnicode(tcvn3)).toBe(expected);
  });

  it('upper-cases everything for an all-capitals font (.VnTimeH)', () => {
    expect(convertTcvn3ToUnicode('tr\u00adêng chÝnh trÞ', { allCaps: true })).toBe('TRƯỜNG CHÍNH TRỊ');
  });

  it('returns NFC', () => {
    const out = convertTcvn3ToUnicode('Tr\u00adêng');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('convertUnicodeToTcvn3', () => {
  it.each(SENTENCES)('round-trips "%s"', (s) => {
    const tcvn3 = convertUnicodeToTcvn3(s);
    expect(tcvn3).not.toBe(s);
    expect(convertTcvn3ToUnicode(tcvn3)).toBe(s);
  });

  it.each([
    ['Sở Nội vụ', 'Së Néi vô'],
    ['Đảng', '§¶ng'],
    ['Sở Nội vụ'.normalize('NFD'), 'Së Néi vô'],
  ])('%s -> %s', (uni, tcvn3) => {
    expect(convertUnicodeToTcvn3(uni)).toBe(tcvn3);
  });

  it('writes a capital vowel with a tone with the lowercase byte (VN3 has no such capital)', () => {
    expect(convertUnicodeToTcvn3('Ủy ban')).toBe('ñy ban');
  });
});

describe('VNI', () => {
  it.each([
    ['Sôû Noäi vuï', 'Sở Nội vụ'],
    ['Ñaûng uûy Khoái caùc cô quan tænh', 'Đảng ủy Khối các cơ quan tỉnh'],
    ['Tröôøng Chính trò tænh', 'Trường Chính trị tỉnh'],
    ['TRÖÔØNG', 'TRƯỜNG'],
    ['Uûy ban', 'Ủy ban'], // mark in lower case after a capital base
    ['thöïc hieän', 'thực hiện'],
    ['Tyû leä', 'Tỷ lệ'],
    ['hoïc taäp', 'học tập'],
    ['aên', 'ăn'],
    ['mî', 'mỵ'],
  ])('%s -> %s', (vni, expected) => {
    expect(convertVniToUnicode(vni)).toBe(expected);
  });

  it.each([...SENTENCES, 'ĂN ẮT ẰM ẲNG ẴM ẶT', 'Ỵ ỵ ỹ ỷ ỳ ý'])('round-trips "%s"', (s) => {
    expect(convertVniToUnicode(convertUnicodeToVni(s))).toBe(s);
  });
});

describe('detectLegacyEncoding', () => {
  it.each(SENTENCES)('TCVN3 of "%s" is tcvn3', (s) => {
    expect(detectLegacyEncoding(convertUnicodeToTcvn3(s))).toBe('tcvn3');
  });

  it.each(SENTENCES)('VNI of "%s" is vni', (s) => {
    expect(detectLegacyEncoding(convertUnicodeToVni(s))).toBe('vni');
  });

  it.each([
    ['Së Néi vô', 'tcvn3'],
    ['§¶ng', 'tcvn3'],
    ['Sôû Noäi vuï', 'vni'],
    ['Ban Tuyeân giaùo', 'vni'],
  ])('%s -> %s', (s, expected) => {
    expect(detectLegacyEncoding(s)).toBe(expected);
  });

  it.each(GENUINE)('genuine text "%s" is not legacy', (s) => {
    expect(detectLegacyEncoding(s)).toBeNull();
    expect(detectLegacyEncoding(s.normalize('NFD'))).toBeNull();
    expect(detectLegacyEncoding(s.toUpperCase())).toBeNull();
  });

  it('convertLegacyToUnicode dispatches on the encoding', () => {
    expect(convertLegacyToUnicode('Së Néi vô', 'tcvn3')).toBe('Sở Nội vụ');
    expect(convertLegacyToUnicode('Sôû Noäi vuï', 'vni')).toBe('Sở Nội vụ');
  });
});
