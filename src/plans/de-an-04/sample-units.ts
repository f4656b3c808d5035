import type { Unit } from '../../core/settings/settings-types';

/**
 * Seventy fictitious grassroots party organizations of the bloc (47 đảng bộ cơ sở, 23 chi bộ
 * cơ sở), named after the kinds of provincial bodies the bloc holds. Of the unit-list flags:
 * 40 resolve and publish administrative procedures (TTHC: `resolvesTthc`, `publishesTthc`; the
 * sample gives both to the same units, a real list may not), and 21 are provincial departments,
 * boards or sectors (`isDepartment`: the Sở, the Office of the People's Committee, the
 * Inspectorate and the boards directly under the People's Committee). The flags are fictitious
 * defaults: the office edits them in the unit list. Codes are stable: DV001-DV070. DV062 is new
 * from 2023.
 * The March 2025 department mergers (DOMAIN.md; the province's exact list is assumed, edit it
 * in Settings) end each absorbed unit in 2024 with its successor, so the trend joins them:
 * Kế hoạch và Đầu tư (DV004) into Tài chính (DV003); Giao thông vận tải (DV006) and the
 * transport projects board (DV037) into Xây dựng (DV005); Tài nguyên và Môi trường (DV010) into
 * Nông nghiệp và Môi trường (DV009, renamed from Nông nghiệp và Phát triển nông thôn);
 * Lao động - Thương binh và Xã hội (DV013) into Nội vụ (DV002); Thông tin và Truyền thông (DV016)
 * into Khoa học và Công nghệ (DV015); the religious affairs board (DV050) into Dân tộc và Tôn
 * giáo (DV020, renamed from Ban Dân tộc). 63 units report for 2025. From 2025 the Trường
 * Chính trị (DV024) and Báo Nghệ An (DV025) print the Đảng bộ các cơ quan Đảng tỉnh as their
 * superior (assumed).
 */

type Row = [name: string, tthc: boolean, history?: Partial<Unit>];

/** Sở, ban, ngành cấp tỉnh among the sample names: bodies directly under the provincial People's Committee. */
const DEPARTMENT =
  /^(Đảng bộ|Chi bộ) (Sở |Văn phòng UBND tỉnh$|Thanh tra tỉnh$|Ban Dân tộc tỉnh$|Ban Quản lý Khu kinh tế)/;

/** Renamed in the March 2025 mergers: the former name until 2024, which also finds the unit. */
const renamed = (former: string): Partial<Unit> => ({
  aliases: [former],
  names: [{ to: 2024, name: former }],
});

/**
 * Party bodies that moved under the Đảng bộ các cơ quan Đảng tỉnh founded on 13/02/2025
 * (Quyết định 3255-QĐ/TU, DOMAIN.md); which units moved is assumed: edit it in the unit list.
 */
const partyBodiesFrom2025 = { from: 2025, name: 'ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH' };

const dangBo: Row[] = [
  ['Đảng bộ Văn phòng UBND tỉnh', true],
  ['Đảng bộ Sở Nội vụ', true],
  ['Đảng bộ Sở Tài chính', true],
  ['Đảng bộ Sở Kế hoạch và Đầu tư', true, { activeTo: 2024, mergedInto: 'DV003' }],
  ['Đảng bộ Sở Xây dựng', true],
  ['Đảng bộ Sở Giao thông vận tải', true, { activeTo: 2024, mergedInto: 'DV005' }],
  ['Đảng bộ Sở Y tế', true],
  ['Đảng bộ Sở Giáo dục và Đào tạo', true],
  ['Đảng bộ Sở Nông nghiệp và Môi trường', true, renamed('Đảng bộ Sở Nông nghiệp và Phát triển nông thôn')],
  ['Đảng bộ Sở Tài nguyên và Môi trường', true, { activeTo: 2024, mergedInto: 'DV009' }],
  ['Đảng bộ Sở Công Thương', true],
  ['Đảng bộ Sở Tư pháp', true],
  ['Đảng bộ Sở Lao động - Thương binh và Xã hội', true, { activeTo: 2024, mergedInto: 'DV002' }],
  ['Đảng bộ Sở Văn hóa và Thể thao', true],
  ['Đảng bộ Sở Khoa học và Công nghệ', true],
  ['Đảng bộ Sở Thông tin và Truyền thông', true, { activeTo: 2024, mergedInto: 'DV015' }],
  ['Đảng bộ Sở Du lịch', true],
  ['Đảng bộ Thanh tra tỉnh', true],
  ['Đảng bộ Ban Quản lý Khu kinh tế Đông Nam', true],
  ['Đảng bộ Sở Dân tộc và Tôn giáo', true, renamed('Đảng bộ Ban Dân tộc tỉnh')],
  ['Đảng bộ Văn phòng Đăng ký đất đai tỉnh', true],
  ['Đảng bộ Chi cục Kiểm lâm', true],
  ['Đảng bộ Trung tâm Kiểm soát bệnh tật tỉnh', true],
  ['Đảng bộ Trường Chính trị tỉnh', false, { superiors: [partyBodiesFrom2025] }],
  ['Đảng bộ Báo Nghệ An', false, { superiors: [partyBodiesFrom2025] }],
  ['Đảng bộ Đài Phát thanh và Truyền hình tỉnh', false],
  ['Đảng bộ Bệnh viện Hữu nghị đa khoa Nghệ An', false],
  ['Đảng bộ Bệnh viện Sản Nhi Nghệ An', false],
  ['Đảng bộ Bệnh viện Ung bướu Nghệ An', false],
  ['Đảng bộ Bệnh viện Đa khoa thành phố Vinh', false],
  ['Đảng bộ Bệnh viện Nội tiết Nghệ An', false],
  ['Đảng bộ Bệnh viện Tâm thần Nghệ An', false],
  ['Đảng bộ Trường Đại học Y khoa Vinh', false],
  ['Đảng bộ Trường Đại học Kinh tế Nghệ An', false],
  ['Đảng bộ Trường Cao đẳng Kỹ thuật Việt Đức Nghệ An', false],
  ['Đảng bộ Trường Cao đẳng Sư phạm Nghệ An', false],
  [
    'Đảng bộ Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh',
    false,
    { activeTo: 2024, mergedInto: 'DV005' },
  ],
  ['Đảng bộ Trường Cao đẳng Y tế Nghệ An', false],
  ['Đảng bộ Trường Cao đẳng Du lịch - Thương mại Nghệ An', false],
  ['Đảng bộ Trường Cao đẳng Văn hóa - Nghệ thuật Nghệ An', false],
  ['Đảng bộ Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh', false],
  ['Đảng bộ Liên minh Hợp tác xã tỉnh', false],
  ['Đảng bộ Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh', false],
  ['Đảng bộ Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh', false],
  ['Đảng bộ Quỹ Đầu tư phát triển tỉnh', false],
  ['Đảng bộ Trung tâm Phát triển quỹ đất tỉnh', false],
  ['Đảng bộ Liên đoàn Lao động tỉnh', false],
];

const chiBo: Row[] = [
  ['Chi bộ Sở Ngoại vụ', true],
  ['Chi bộ Ban Thi đua - Khen thưởng tỉnh', true],
  ['Chi bộ Ban Tôn giáo tỉnh', true, { activeTo: 2024, mergedInto: 'DV020' }],
  ['Chi bộ Chi cục Thú y', true],
  ['Chi bộ Chi cục Trồng trọt và Bảo vệ thực vật', true],
  ['Chi bộ Chi cục Quản lý chất lượng nông lâm sản và thủy sản', true],
  ['Chi bộ Chi cục An toàn vệ sinh thực phẩm', true],
  ['Chi bộ Chi cục Văn thư - Lưu trữ', true],
  ['Chi bộ Chi cục Dân số - Kế hoạch hóa gia đình', true],
  ['Chi bộ Chi cục Thủy lợi', true],
  ['Chi bộ Chi cục Phát triển nông thôn', true],
  ['Chi bộ Chi cục Thủy sản', true],
  ['Chi bộ Trung tâm Dịch vụ việc làm tỉnh', true],
  ['Chi bộ Trung tâm Trợ giúp pháp lý nhà nước tỉnh', true],
  ['Chi bộ Trung tâm Phục vụ hành chính công tỉnh', true, { activeFrom: 2023 }],
  ['Chi bộ Trung tâm Xúc tiến đầu tư, thương mại và du lịch', true],
  ['Chi bộ Trung tâm Công nghệ thông tin và Truyền thông', true],
  ['Chi bộ Bảo tàng Nghệ An', false],
  ['Chi bộ Thư viện tỉnh', false],
  ['Chi bộ Trung tâm Nghệ thuật truyền thống tỉnh', false],
  ['Chi bộ Trường Cao đẳng Nghề Kinh tế - Kỹ thuật số 1 Nghệ An', false],
  ['Chi bộ Hội Chữ thập đỏ tỉnh', false],
  ['Chi bộ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', false],
];

export const sampleUnits: Unit[] = [...dangBo, ...chiBo].map(([name, tthc, history], i) => ({
  code: `DV${String(i + 1).padStart(3, '0')}`,
  name,
  kind: i < dangBo.length ? 'dang-bo-co-so' : 'chi-bo-co-so',
  resolvesTthc: tthc,
  publishesTthc: tthc,
  isDepartment: DEPARTMENT.test(name),
  aliases: [],
  ...history,
}));
