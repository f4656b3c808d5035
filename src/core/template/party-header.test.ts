import { SheetBuilder } from './sheet-builder';
import { officeHeader, officeInitials, officeUnder, placeDateLine, placePartyHeader } from './party-header';

describe('party header', () => {
  it.each([
    ['Ban Tuyên giáo Đảng ủy Khối', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'BAN TUYÊN GIÁO'],
    // The old tone placement ("Uỷ") is the same word.
    ['Ban Tuyên giáo Đảng uỷ Khối', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'BAN TUYÊN GIÁO'],
    ['Văn phòng Đảng ủy', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'VĂN PHÒNG'],
    ['Ban Tuyên giáo', 'ĐẢNG BỘ TỈNH NGHỆ AN', 'BAN TUYÊN GIÁO'],
    ['Ban Dân vận Tỉnh ủy', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'BAN DÂN VẬN TỈNH ỦY'],
  ])('%s under %s prints as %s', (office, superior, printed) => {
    expect(officeUnder(office, superior)).toBe(printed);
  });

  it('makes document initials and the header lines from the settings', () => {
    expect(officeInitials('BAN TUYÊN GIÁO')).toBe('BTG');
    expect(
      officeHeader({
        superior: 'ĐẢNG BỘ TỈNH NGHỆ AN',
        issuer: 'Đảng ủy Khối các cơ quan tỉnh',
        standingCommittee: 'Ban Thường vụ Đảng ủy Khối',
        place: 'Nghệ An',
        consolidatingOffice: 'Ban Tuyên giáo Đảng ủy Khối',
        unitSuperior: 'ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH',
        assumed: false,
      }),
    ).toEqual({ superior: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', issuer: 'BAN TUYÊN GIÁO', initials: 'BTG' });
  });

  it.each([
    ['Ban Tuyên giáo', 'BTG'],
    // "và" joins two names and gives no letter: the fused board after 2025.
    ['BAN TUYÊN GIÁO VÀ DÂN VẬN', 'BTGDV'],
  ])('the initials of %s are %s', (office, initials) => {
    expect(officeInitials(office)).toBe(initials);
  });

  it('places the issuer left and the party line right, over a rule as wide as the line', () => {
    const b = new SheetBuilder();
    const { next } = placePartyHeader(b, {
      left: [1, 2],
      right: [4, 8],
      widths: [5, 30, 10, 10, 10, 10, 10, 10],
      superior: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
      issuer: 'BAN TUYÊN GIÁO',
      dateLine: placeDateLine('Nghệ An', '2026-01-05', 'vi'),
      lang: 'vi',
    });
    expect(next).toBe(4);
    const cells = b.allCells();
    const find = (text: string) => cells.find((c) => c.value && 'text' in c.value && c.value.text === text);
    expect(find('ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH')?.address).toBe('A1');
    expect(find('BAN TUYÊN GIÁO')).toMatchObject({ address: 'A2', style: { bold: true } });
    expect(find('*')?.address).toBe('A3');
    const party = find('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party?.style).toMatchObject({ bold: true, borderBottom: true });
    // Narrower than the five columns of the block, and centred in it.
    expect(['E1', 'F1']).toContain(party?.address);
    expect(find('Nghệ An, ngày 05 tháng 01 năm 2026')).toMatchObject({
      address: 'D3',
      style: { italic: true },
    });
  });
});
