import { SheetBuilder } from './sheet-builder';
import {
  officeHeader,
  officeInitials,
  officeShort,
  officeUnder,
  placeDateLine,
  placeFooter,
  placePartyHeader,
  placeTitle,
} from './party-header';

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

  const textOf = (b: SheetBuilder, address: string) => {
    const v = b.allCells().find((c) => c.address === address)?.value;
    return v && 'text' in v ? v.text : undefined;
  };

  it('36-HD/VPTW: the place and date line is level with the number when there is one', () => {
    const b = new SheetBuilder();
    const { next, dateCell } = placePartyHeader(b, {
      left: [1, 2],
      right: [4, 8],
      widths: [5, 30, 10, 10, 10, 10, 10, 10],
      superior: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
      issuer: 'BAN TUYÊN GIÁO',
      docNumber: 'Số      -BC/BTG',
      dateLine: 'Nghệ An, ngày 05 tháng 01 năm 2026',
      lang: 'vi',
    });
    expect(next).toBe(5);
    expect(textOf(b, 'A4')).toBe('Số      -BC/BTG');
    expect(dateCell).toBe('D4');
    expect(textOf(b, 'D4')).toBe('Nghệ An, ngày 05 tháng 01 năm 2026');
  });

  it('36-HD/VPTW: an annex header has neither number nor date', () => {
    const b = new SheetBuilder();
    const { next, dateCell } = placePartyHeader(b, {
      left: [1, 2],
      right: [4, 8],
      widths: [5, 30, 10, 10, 10, 10, 10, 10],
      superior: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
      issuer: 'BAN TUYÊN GIÁO',
      lang: 'vi',
    });
    expect([next, dateCell]).toEqual([4, undefined]);
  });

  it.each([
    [
      'a report',
      undefined,
      ['BÁO CÁO', 'kết quả thực hiện Đề án số 04-ĐA/TU năm 2025'],
      'kết quả thực hiện Đề án số 04-ĐA/TU năm 2025',
      5,
      7,
    ],
    [
      'an annex, in bold capitals, the rule under the title, then its italic caption',
      '(Kèm theo Báo cáo số    -BC/BTG, ngày ... của Ban Tuyên giáo Đảng ủy Khối)',
      ['PHỤ LỤC 1', 'biểu tổng hợp kết quả thực hiện Đề án số 04-ĐA/TU năm 2025'],
      'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN ĐỀ ÁN SỐ 04-ĐA/TU NĂM 2025',
      5,
      8,
    ],
  ])(
    '36-HD/VPTW title of %s: the kind alone, the subject in bold, a short rule under it',
    (_n, caption, [kind, subject], printed, ruleRow, next) => {
      const b = new SheetBuilder();
      const widths = [5, 30, 10, 10, 10, 10, 10, 10];
      const after = placeTitle(b, {
        row: 3,
        from: 1,
        to: 8,
        widths,
        kind: kind!,
        subject: subject!,
        ...(caption ? { caption } : {}),
      });
      expect(after).toBe(next);
      expect(textOf(b, 'A3')).toBe(kind);
      expect(textOf(b, 'A4')).toBe(printed);
      const cells = b.allCells();
      expect(cells.find((c) => c.address === 'A4')?.style).toMatchObject({ bold: true });
      if (caption) {
        expect(textOf(b, 'A6')).toBe(caption);
        expect(cells.find((c) => c.address === 'A6')?.style).toMatchObject({ italic: true });
      }
      // The rule: a few middle columns of the row under the title, not the whole width.
      const rule = cells.filter((c) => c.address.endsWith(String(ruleRow)) && c.style?.borderBottom);
      expect(rule.length).toBeGreaterThan(0);
      expect(rule.length).toBeLessThan(8);
      expect(rule.map((c) => c.address)).not.toContain(`A${ruleRow}`);
    },
  );

  it('36-HD/VPTW footer: "Nơi nhận:" underlined, recipients ending in ",", the last "Lưu ...", the signature', () => {
    const b = new SheetBuilder();
    const last = placeFooter(b, {
      row: 10,
      left: [1, 2],
      right: [4, 8],
      widths: [5, 30, 10, 10, 10, 10, 10, 10],
      recipients: ['Ban Thường vụ Đảng ủy Khối (qua Ban Tuyên giáo)'],
      archive: 'Lưu Văn phòng Đảng ủy',
      onBehalf: 'T/M ĐẢNG ỦY',
      signer: 'BÍ THƯ',
      lang: 'vi',
    });
    expect(['A10', 'A11', 'A12', 'D10', 'D11'].map((a) => textOf(b, a))).toEqual([
      'Nơi nhận:',
      '- Ban Thường vụ Đảng ủy Khối (qua Ban Tuyên giáo),',
      '- Lưu Văn phòng Đảng ủy.',
      'T/M ĐẢNG ỦY',
      'BÍ THƯ',
    ]);
    expect(b.allCells().find((c) => c.address === 'A10')?.style).toMatchObject({ underline: true });
    expect(last).toBe(12);
  });

  it.each([
    // Plan V.3: "qua Ban Tuyên giáo": the office without the committee's name.
    ['Ban Tuyên giáo Đảng ủy Khối', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'Ban Tuyên giáo'],
    [
      'Ban Tuyên giáo và Dân vận Đảng ủy Ủy ban nhân dân tỉnh',
      'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH',
      'Ban Tuyên giáo và Dân vận',
    ],
  ])('plan V.3: %s is "%s" in "qua ..."', (office, issuer, short) => {
    expect(officeShort(office, issuer)).toBe(short);
  });
});
