import {
  EXPECTED_NOT_REPORTED,
  PLAN,
  REPORTS,
  YEAR,
  batchConsolidation,
  expectedTotals,
} from '../../../test/consolidation/batch-fixture';
import type { SheetSpec } from '../sheet/sheet-spec';
import { milestoneSentences, reportingSentences, summarySheet, targetSentences } from './summary-sheet';

const { c, settings } = batchConsolidation();
const spec = summarySheet(c, PLAN, settings, 'vi');
const texts = (s: SheetSpec): string[] =>
  s.cells.flatMap((x) => (x.value && 'text' in x.value ? [x.value.text.trim()] : []));

/** "97,2" -> 97.2 */
const viNumber = (s: string): number => Number(s.replace(/\./g, '').replace(',', '.'));

describe('summarySheet: the sentences carry the numbers', () => {
  const expected = expectedTotals();
  const sentences = targetSentences(c, PLAN, settings, 'vi');

  it('has one sentence per bloc target, in the plan order', () => {
    expect(sentences.map((s) => s.itemId)).toEqual(PLAN.blocTargets.map((t) => t.itemId));
  });

  it.each(PLAN.blocTargets.map((t) => [t.itemId, t.minPercent] as const))(
    '%s: "m/n cấp ủy cơ sở (p%) ...; chỉ tiêu x%: đạt|chưa đạt" matches a recomputation',
    (itemId, minPercent) => {
      const s = sentences.find((x) => x.itemId === itemId)?.text ?? '';
      const m =
        /^\d\.\d\. (\d+)\/(\d+) cấp ủy cơ sở(?: thuộc diện áp dụng)? \(([\d.,]+)%\) .+; chỉ tiêu ([\d.,]+)%: (đạt|chưa đạt)\.$/.exec(
          s,
        );
      if (!m) throw new Error(`Unexpected sentence: ${s}`);
      const want = expected[itemId] as { meeting: number; applicable: number };
      const pct = (100 * want.meeting) / want.applicable;
      expect(Number(m[1])).toBe(want.meeting);
      expect(Number(m[2])).toBe(want.applicable);
      expect(viNumber(m[3] as string)).toBeCloseTo(pct, 1);
      expect(viNumber(m[4] as string)).toBe(minPercent);
      expect(m[5]).toBe(pct >= minPercent ? 'đạt' : 'chưa đạt');
      // The sentence is printed on the sheet as it is.
      expect(texts(spec)).toContain(s);
    },
  );

  it('reads "đã ..." for deeds and names the criterion otherwise', () => {
    expect(sentences[0]?.text).toBe(
      '1.1. 4/5 cấp ủy cơ sở (80%) đã xây dựng chương trình, kế hoạch thực hiện Đề án 04; chỉ tiêu 100%: chưa đạt.',
    );
    expect(sentences.find((s) => s.itemId === 'ii3_satisfaction')?.text).toBe(
      '3.2. 2/3 cấp ủy cơ sở thuộc diện áp dụng (66,7%) đạt “Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính” (trên 90%); chỉ tiêu 100%: chưa đạt.',
    );
  });

  it('names the units that missed each target', () => {
    const cadres = sentences.find((s) => s.itemId === 'ii5_cadres');
    expect(cadres?.missed).toBe('Chưa đạt (1): Đảng bộ Sở Xây dựng.');
    const plan = sentences.find((s) => s.itemId === 'ii1_plan');
    expect(plan?.missed).toBe('Chưa nhập (1): Đảng bộ Sở Nông nghiệp và Môi trường.');
    expect(sentences.find((s) => s.itemId === 'ii1_dissemination')?.missed).toBe('');
  });

  it('states how many units reported, with the numbers of the batch', () => {
    const [first, batch] = reportingSentences(c, 'vi');
    const m = /của (\d+)\/(\d+) tổ chức cơ sở đảng \(([\d,]+)%\); (\d+) đơn vị chưa báo cáo\./.exec(
      first ?? '',
    );
    const counted = REPORTS.filter(
      (r) => r.year === YEAR && ['accepted', 'accepted-with-findings', 'old-template'].includes(r.expected),
    ).length;
    const expectedUnits = settings.units.filter((u) => u.activeTo === undefined || u.activeTo >= YEAR).length;
    expect(m?.slice(1, 5)).toEqual([
      String(counted),
      String(expectedUnits),
      `${(Math.round((1000 * counted) / expectedUnits) / 10).toString().replace('.', ',')}`,
      String(EXPECTED_NOT_REPORTED.length),
    ]);
    expect(batch).toBe(
      'Đã nhập 9 trang báo cáo: 1 đạt yêu cầu, 3 có lỗi hoặc cảnh báo (vẫn tổng hợp), 1 dùng mẫu cũ (vẫn tổng hợp), 1 trùng lặp, 1 của đơn vị không có trong danh sách, 1 của năm khác (dùng cho xu hướng), 1 bị từ chối (chi tiết ở trang “Nguồn”).',
    );
  });

  it('lists the units not reported in a table with due dates and days overdue', () => {
    expect(texts(spec)).toEqual(
      expect.arrayContaining(['V. ĐƠN VỊ CHƯA BÁO CÁO (2)', 'Chi bộ Sở Ngoại vụ', 'Đảng bộ Sở Tài chính']),
    );
    const row = spec.cells.find(
      (x) => x.value && 'text' in x.value && x.value.text === 'Chi bộ Sở Ngoại vụ',
    )?.address;
    const r = Number(row?.replace(/^[A-Z]+/, ''));
    expect(spec.cells.find((x) => x.address === `F${r}`)?.value).toEqual({ number: 2024 });
    expect(spec.cells.find((x) => x.address === `G${r}`)?.value).toEqual({ date: '2025-12-15' });
    expect(spec.cells.find((x) => x.address === `H${r}`)?.value).toEqual({ number: 36 });
  });

  it('has a bar chart over a data table whose numbers are the aggregates', () => {
    const chart = spec.charts?.[0];
    expect(chart?.type).toBe('bar');
    const [, from, to] = /^A(\d+):A(\d+)$/.exec(chart?.categories ?? '') ?? [];
    expect(Number(to) - Number(from) + 1).toBe(PLAN.blocTargets.length);
    expect(chart?.series.map((s) => s.values)).toEqual([`F${from}:F${to}`, `G${from}:G${to}`]);
    PLAN.blocTargets.forEach((t, i) => {
      const want = expected[t.itemId] as { meeting: number; applicable: number };
      const r = Number(from) + i;
      expect(spec.cells.find((x) => x.address === `E${r}`)?.value).toEqual({
        text: `${want.meeting}/${want.applicable}`,
      });
      const pct = spec.cells.find((x) => x.address === `F${r}`)?.value;
      expect(pct && 'number' in pct ? pct.number : NaN).toBeCloseTo(
        (100 * want.meeting) / want.applicable,
        9,
      );
    });
  });

  it('lists the province indices and the milestones', () => {
    expect(texts(spec)).toEqual(
      expect.arrayContaining([
        'III. CÁC CHỈ SỐ CẤP TỈNH',
        'IV. CÁC MỐC THỜI GIAN',
        expect.stringMatching(/^– Chỉ số Cải cách hành chính \(PAR INDEX\)/),
      ]),
    );
    const ms = milestoneSentences(c, PLAN, settings, 'vi');
    // U08 answered "Không" on the yearly review: its review milestone of 2025 is overdue.
    expect(ms.unit).toContain(
      'Sơ kết, tổng kết, biểu dương khen thưởng trong năm (hạn 31/12/2025): 1 đơn vị quá hạn: Chi bộ Bảo tàng Nghệ An.',
    );
    expect(ms.bloc.length).toBeGreaterThan(0);
  });

  it('prints on A4 landscape in Times New Roman with the Party header', () => {
    expect(spec.name).toBe(`Tóm tắt ${YEAR}`);
    expect(spec.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: 1 });
    expect(spec.font.name).toBe('Times New Roman');
    expect(texts(spec)).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('36-HD/VPTW: the office header with number and date level, "BÁO CÁO", its subject, Nơi nhận, signature', () => {
    const at = (address: string) => {
      const v = spec.cells.find((x) => x.address === address)?.value;
      return v && 'text' in v ? v.text : undefined;
    };
    // Dated 20/01/2026: the names valid then (DOMAIN.md; assumed defaults).
    expect(['A1', 'A2', 'A3', 'A4'].map(at)).toEqual([
      'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH',
      'BAN TUYÊN GIÁO VÀ DÂN VẬN',
      '*',
      'Số      -BC/BTGDV',
    ]);
    expect(at('E4')).toBe('Nghệ An, ngày 20 tháng 01 năm 2026');
    expect(['A6', 'A7'].map(at)).toEqual(['BÁO CÁO', 'tóm tắt kết quả thực hiện Đề án số 04-ĐA/TU năm 2025']);
    expect(texts(spec)).toEqual(
      expect.arrayContaining([
        'Nơi nhận:',
        '- Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh (để báo cáo),',
        '- Lưu Ban Tuyên giáo và Dân vận.',
        'TRƯỞNG BAN',
      ]),
    );
  });

  it('has no English on the Vietnamese sheet: the chart placeholder is Vietnamese', () => {
    expect(texts(spec).filter((t) => /Chart|data in/.test(t))).toEqual([]);
  });

  it('speaks English with lang "en"', () => {
    const en = targetSentences(c, PLAN, settings, 'en');
    expect(en[0]?.text).toBe(
      '1.1. 4/5 grassroots committees (80%) met "Programme/plan for Scheme 04 built"; target 100%: not met.',
    );
    expect(summarySheet(c, PLAN, settings, 'en').name).toBe(`Summary ${YEAR}`);
  });
});
