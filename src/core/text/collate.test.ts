import { compareVi, sortVi } from './collate';

describe('compareVi', () => {
  it.each([
    ['D before Đ', 'Dung', 'Đức'],
    ['Đ before E', 'Đức', 'Em'],
    ['Dz... before Đa (the first letter decides)', 'Dzung', 'Đa'],
    ['An before Ăn', 'An', 'Ăn'],
    ['Ăn before Ân', 'Ăn', 'Ân'],
    ['Ân before B', 'Ân', 'Bắc'],
    ['E before Ê', 'Em', 'Êm'],
    ['O < Ô < Ơ', 'Ôn', 'Ơn'],
    ['U before Ư', 'Uyên', 'Ưng'],
    ['X before Y', 'Sở Xây dựng', 'Sở Y tế'],
    ['Đ before Z (a plain sort puts it after)', 'Đảng ủy', 'Zeta'],
    ['natural numbers', 'Chi bộ 2', 'Chi bộ 10'],
    ['numbers before words', 'Chi bộ 10', 'Chi bộ A'],
    ['prefix first', 'Sở Nội vụ', 'Sở Nội vụ tỉnh'],
    ['ngang before huyền', 'ma', 'mà'],
    ['huyền before sắc', 'mà', 'má'],
    ['sắc before hỏi', 'má', 'mả'],
    ['hỏi before ngã', 'mả', 'mã'],
    ['ngã before nặng', 'mã', 'mạ'],
    ['letters before tone', 'mạ', 'mai'],
    ['word by word: the first word decides', 'Ma Văn', 'Mà Anh'],
    ['lower case first on a tie', 'chi bộ', 'Chi bộ'],
  ])('%s: %s < %s', (_name, a, b) => {
    expect(compareVi(a, b)).toBe(-1);
    expect(compareVi(b, a)).toBe(1);
  });

  it.each([
    ['NFD and NFC', 'Sở Nội vụ', 'Sở Nội vụ'.normalize('NFD')],
    ['extra spaces', 'Sở  Nội vụ ', 'Sở Nội vụ'],
    ['ƣ', 'Trƣờng', 'Trường'],
  ])('%s compare equal', (_name, a, b) => {
    expect(compareVi(a, b)).toBe(0);
  });

  it('ignores case before the tie-break', () => {
    expect(compareVi('an', 'Ăn')).toBe(-1);
    expect(compareVi('AN', 'ăn')).toBe(-1);
  });

  it('is consistent with old/new tone placement (the tone belongs to the syllable)', () => {
    expect(compareVi('Hoà', 'Hòa')).not.toBe(0); // tie-broken, but never split by another name
    const sorted = sortVi(['Hòa', 'Hoa', 'Hoá', 'Hoà', 'Hoan']);
    expect(sorted.slice(0, 1)).toEqual(['Hoa']);
    expect(sorted.slice(1, 3).sort()).toEqual(['Hoà', 'Hòa'].sort());
    expect(sorted.slice(3)).toEqual(['Hoá', 'Hoan']);
  });
});

describe('sortVi', () => {
  it('sorts unit names in Vietnamese order', () => {
    expect(
      sortVi([
        'Sở Y tế',
        'Đảng ủy Sở Tài chính',
        'Sở Xây dựng',
        'Chi bộ 10',
        'Ban Tuyên giáo',
        'Chi bộ 2',
        'Ủy ban Kiểm tra',
        'Đảng ủy Công an tỉnh',
        'Sở Giáo dục và Đào tạo',
        'Văn phòng',
        'Ăn uống',
        'An ninh',
        'Âm nhạc',
      ]),
    ).toEqual([
      'An ninh',
      'Ăn uống',
      'Âm nhạc',
      'Ban Tuyên giáo',
      'Chi bộ 2',
      'Chi bộ 10',
      'Đảng ủy Công an tỉnh',
      'Đảng ủy Sở Tài chính',
      'Sở Giáo dục và Đào tạo',
      'Sở Xây dựng',
      'Sở Y tế',
      'Ủy ban Kiểm tra',
      'Văn phòng',
    ]);
  });

  it('sorts by a key, stably, without changing the input', () => {
    const units = [
      { code: 'B', name: 'Sở Y tế' },
      { code: 'A', name: 'Đảng ủy Khối' },
      { code: 'C', name: 'Sở Y tế' },
    ];
    const copy = [...units];
    expect(sortVi(units, (u) => u.name).map((u) => u.code)).toEqual(['A', 'B', 'C']);
    expect(units).toEqual(copy);
  });
});
