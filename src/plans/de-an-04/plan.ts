import type { Plan, ReportItem } from '../../core/plan/plan-types';

/**
 * Kế hoạch triển khai thực hiện Đề án 04-ĐA/TU (01/10/2021), Ban Thường vụ Đảng ủy Khối,
 * as data. Every number cites its clause; every value the plan does not state carries
 * `assumed` and can be overridden in settings. docs/plan-de-an-04.md is generated from this.
 */

const yes = { op: 'yes' } as const;
const atLeastOne = { op: '>=', value: 1 } as const;

const items: ReportItem[] = [
  // II.1 — programme/plan built and disseminated (100% of units).
  {
    id: 'ii1_plan',
    section: 'II.1',
    label: {
      vi: 'Đã xây dựng chương trình, kế hoạch thực hiện Đề án 04',
      en: 'Programme/plan for Scheme 04 built',
    },
    measure: { vi: 'Có/Không', en: 'Yes/No' },
    kind: 'yesno',
    applicability: 'all',
    target: yes,
    frequency: 'once',
    clause: 'II.1',
    required: true,
    needsDate: true,
  },
  {
    id: 'ii1_dissemination',
    section: 'II.1',
    label: {
      vi: 'Đã tổ chức học tập, quán triệt Đề án và xác định nội dung trọng tâm trong các chi bộ',
      en: 'Scheme studied and disseminated, priorities set in every cell',
    },
    measure: { vi: 'Có/Không', en: 'Yes/No' },
    kind: 'yesno',
    applicability: 'all',
    target: yes,
    frequency: 'once',
    clause: 'II.1; III.1',
    required: true,
    needsDate: true,
  },
  // II.2 — every year: directives disseminated, the article "Dân vận" studied (100%).
  {
    id: 'ii2_directives',
    section: 'II.2',
    label: {
      vi: 'Quán triệt các chỉ thị, nghị quyết của Đảng, Nhà nước về công tác dân vận trong năm',
      en: 'Party and State directives on mass mobilization disseminated this year',
    },
    measure: { vi: 'Có/Không', en: 'Yes/No' },
    kind: 'yesno',
    applicability: 'all',
    target: yes,
    frequency: 'yearly',
    clause: 'II.2',
    required: true,
  },
  {
    id: 'ii2_study_article',
    section: 'II.2',
    label: {
      vi: 'Tổ chức học tập bài báo “Dân vận” của Bác Hồ cho cán bộ, đảng viên và người lao động',
      en: 'Study of Hồ Chí Minh\'s article "Dân vận" organized for cadres, members and workers',
    },
    measure: { vi: 'Có/Không', en: 'Yes/No' },
    kind: 'yesno',
    applicability: 'all',
    target: yes,
    frequency: 'yearly',
    clause: 'II.2; III.2',
    required: true,
    needsDate: true,
  },
  // II.3 — administrative procedures (only units that handle TTHC).
  {
    id: 'ii3_ontime',
    section: 'II.3',
    label: {
      vi: 'Hồ sơ thủ tục hành chính giải quyết đúng hạn (“nhanh - đúng - hiệu quả”)',
      en: 'Administrative-procedure dossiers resolved on time',
    },
    measure: { vi: 'hồ sơ', en: 'dossiers' },
    kind: 'ratio',
    ratio: {
      num: { vi: 'Số hồ sơ giải quyết đúng hạn', en: 'Dossiers resolved on time' },
      den: { vi: 'Tổng số hồ sơ đã giải quyết', en: 'All dossiers resolved' },
    },
    applicability: 'resolves-tthc',
    target: { op: '>=', value: 98 },
    frequency: 'yearly',
    clause: 'II.3',
    assumed: {
      vi: 'Kế hoạch chỉ nêu “ít nhất 98% cơ quan, đơn vị giải quyết nhanh - đúng - hiệu quả”; tiêu chí của từng đơn vị (tỷ lệ hồ sơ đúng hạn ≥ 98%) là giả định.',
      en: 'The plan says "at least 98% of agencies resolve procedures fast, correctly, effectively"; the per-unit criterion (on-time rate ≥ 98%) is assumed.',
    },
    required: true,
  },
  {
    id: 'ii3_satisfaction',
    section: 'II.3',
    label: {
      vi: 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính',
      en: 'Citizen and business satisfaction with administrative procedures',
    },
    measure: { vi: '%', en: '%' },
    kind: 'percent',
    applicability: 'resolves-tthc',
    target: { op: '>', value: 90 },
    frequency: 'yearly',
    clause: 'II.3',
    required: true,
  },
  {
    id: 'ii3_published',
    section: 'II.3',
    label: {
      vi: 'Thủ tục hành chính được công bố, công khai và cập nhật kịp thời',
      en: 'Administrative procedures published and kept up to date',
    },
    measure: { vi: 'thủ tục', en: 'procedures' },
    kind: 'ratio',
    ratio: {
      num: { vi: 'Số TTHC đã công bố, công khai', en: 'Procedures published' },
      den: { vi: 'Tổng số TTHC thuộc thẩm quyền', en: 'All procedures handled' },
    },
    applicability: 'publishes-tthc',
    target: { op: '>=', value: 100 },
    frequency: 'yearly',
    clause: 'II.3',
    required: true,
  },
  // II.4 — at least one of each model / bright spot (100% of units). Cumulative: the plan says
  // "có xây dựng và thực hiện có hiệu quả ít nhất 01 mô hình", not "each year".
  {
    id: 'ii4_model_dvk',
    section: 'II.4',
    label: {
      vi: 'Số mô hình “Dân vận khéo” đã xây dựng và thực hiện',
      en: '"Dân vận khéo" models built and run',
    },
    measure: { vi: 'mô hình', en: 'models' },
    kind: 'count',
    applicability: 'all',
    target: atLeastOne,
    frequency: 'cumulative',
    clause: 'II.4',
    required: true,
    needsDate: true,
  },
  {
    id: 'ii4_bright_dvcq',
    section: 'II.4',
    label: {
      vi: 'Số điểm sáng về dân vận chính quyền',
      en: 'Bright spots in mass mobilization by state bodies',
    },
    measure: { vi: 'điểm sáng', en: 'bright spots' },
    kind: 'count',
    applicability: 'all',
    target: atLeastOne,
    frequency: 'cumulative',
    clause: 'II.4',
    required: true,
  },
  {
    id: 'ii4_bright_qcdc',
    section: 'II.4',
    label: {
      vi: 'Số điểm sáng về thực hiện Quy chế dân chủ ở cơ sở gắn với Chỉ thị 05',
      en: 'Bright spots on the grassroots democracy regulation tied to Directive 05',
    },
    measure: { vi: 'điểm sáng', en: 'bright spots' },
    kind: 'count',
    applicability: 'all',
    target: atLeastOne,
    frequency: 'cumulative',
    clause: 'II.4',
    required: true,
  },
  // II.5 — regulation, people assigned, training.
  {
    id: 'ii5_regulation',
    section: 'II.5',
    label: {
      vi: 'Đã xây dựng quy chế công tác dân vận của cơ quan, đơn vị',
      en: 'Regulation on mass-mobilization work issued',
    },
    measure: { vi: 'Có/Không', en: 'Yes/No' },
    kind: 'yesno',
    applicability: 'all',
    target: yes,
    frequency: 'once',
    clause: 'II.5',
    required: true,
    needsDate: true,
  },
  {
    id: 'ii5_leader',
    section: 'II.5',
    label: {
      vi: 'Số đồng chí lãnh đạo được phân công phụ trách công tác dân vận',
      en: 'Leaders assigned to mass mobilization',
    },
    measure: { vi: 'người', en: 'people' },
    kind: 'count',
    applicability: 'all',
    // "phân công 1 đồng chí lãnh đạo" names who must be assigned, not a ceiling.
    target: atLeastOne,
    frequency: 'yearly',
    clause: 'II.5; III.2',
    required: true,
  },
  {
    id: 'ii5_cadres',
    section: 'II.5',
    label: {
      vi: 'Số cán bộ được phân công theo dõi công tác dân vận',
      en: 'Cadres assigned to follow mass mobilization',
    },
    measure: { vi: 'người', en: 'people' },
    kind: 'count',
    applicability: 'all',
    // "1-2 cán bộ": at least one must be assigned; more than two is not a failure.
    target: atLeastOne,
    frequency: 'yearly',
    clause: 'II.5; III.2',
    required: true,
  },
  {
    id: 'ii5_training',
    section: 'II.5',
    label: {
      vi: 'Số lớp tập huấn, bồi dưỡng nghiệp vụ công tác dân vận và Quy chế dân chủ trong năm',
      en: 'Training courses on mass mobilization and grassroots democracy this year',
    },
    measure: { vi: 'lớp', en: 'courses' },
    kind: 'count',
    applicability: 'all',
    target: atLeastOne,
    frequency: 'yearly',
    clause: 'II.5',
    required: true,
    needsDate: true,
  },
  // II.6 — yearly review and commendation (100%).
  {
    id: 'ii6_review',
    section: 'II.6',
    label: {
      vi: 'Sơ kết, tổng kết công tác dân vận chính quyền trong năm',
      en: 'Yearly review of mass mobilization by state bodies held',
    },
    measure: { vi: 'Có/Không', en: 'Yes/No' },
    kind: 'yesno',
    applicability: 'all',
    target: yes,
    frequency: 'yearly',
    clause: 'II.6; V.3',
    required: true,
    needsDate: true,
  },
  {
    id: 'ii6_commended_collectives',
    section: 'II.6',
    label: { vi: 'Số tập thể được biểu dương, khen thưởng', en: 'Collectives commended or rewarded' },
    measure: { vi: 'tập thể', en: 'collectives' },
    kind: 'count',
    applicability: 'all',
    frequency: 'yearly',
    clause: 'II.6',
    required: false,
  },
  {
    id: 'ii6_commended_individuals',
    section: 'II.6',
    label: { vi: 'Số cá nhân được biểu dương, khen thưởng', en: 'Individuals commended or rewarded' },
    measure: { vi: 'cá nhân', en: 'individuals' },
    kind: 'count',
    applicability: 'all',
    frequency: 'yearly',
    clause: 'II.6',
    required: false,
  },
  // III — tasks that give further report items (no numeric target in the plan).
  {
    id: 'iii2_steering_board',
    section: 'III',
    label: {
      vi: 'Ban chỉ đạo công tác dân vận chính quyền được củng cố, kiện toàn',
      en: 'Steering board for mass mobilization by state bodies in place',
    },
    measure: { vi: 'Có/Không', en: 'Yes/No' },
    kind: 'yesno',
    // "Ban chỉ đạo công tác dân vận chính quyền ở các sở, ban, ngành cấp tỉnh" (III.2).
    applicability: 'department',
    frequency: 'yearly',
    clause: 'III.2',
    assumed: {
      vi: 'Kế hoạch không nêu kỳ báo cáo của việc này; báo cáo hằng năm là giả định.',
      en: 'The plan names no period for this task; reporting it every year is assumed.',
    },
    required: false,
  },
  {
    id: 'iii4_conference',
    section: 'III',
    label: {
      vi: 'Tổ chức hội nghị cán bộ, công chức, viên chức năm',
      en: 'Yearly conference of officials held',
    },
    measure: { vi: 'Có/Không', en: 'Yes/No' },
    kind: 'yesno',
    applicability: 'all',
    frequency: 'yearly',
    clause: 'III.4',
    required: false,
  },
  {
    id: 'iii4_democracy_posted',
    section: 'III',
    label: {
      vi: 'Niêm yết công khai quy chế dân chủ cơ sở nơi làm việc',
      en: 'Workplace democracy regulation posted publicly',
    },
    measure: { vi: 'Có/Không', en: 'Yes/No' },
    kind: 'yesno',
    applicability: 'all',
    frequency: 'yearly',
    clause: 'III.4',
    assumed: {
      vi: 'Kế hoạch không nêu kỳ báo cáo của việc này; báo cáo hằng năm là giả định.',
      en: 'The plan names no period for this task; reporting it every year is assumed.',
    },
    required: false,
  },
  {
    id: 'iii4_inspection_board',
    section: 'III',
    label: { vi: 'Ban thanh tra nhân dân hoạt động', en: "People's inspection board active" },
    measure: { vi: 'Có/Không', en: 'Yes/No' },
    kind: 'yesno',
    applicability: 'all',
    frequency: 'yearly',
    clause: 'III.4',
    assumed: {
      vi: 'Kế hoạch không nêu kỳ báo cáo của việc này; báo cáo hằng năm là giả định.',
      en: 'The plan names no period for this task; reporting it every year is assumed.',
    },
    required: false,
  },
  {
    id: 'iii4_code_of_conduct',
    section: 'III',
    label: {
      vi: 'Ban hành quy tắc ứng xử của cán bộ, công chức, viên chức',
      en: 'Code of conduct for officials issued',
    },
    measure: { vi: 'Có/Không', en: 'Yes/No' },
    kind: 'yesno',
    // "Các sở, ban, ngành ... xây dựng chuẩn mực đạo đức, quy tắc ứng xử" (III.4).
    applicability: 'department',
    frequency: 'once',
    clause: 'III.4',
    required: false,
  },
  ...(
    [
      ['admin', 'cải cách hành chính', 'administrative reform'],
      ['citizens', 'tiếp dân, giải quyết đơn thư khiếu nại, tố cáo', 'citizen reception and complaints'],
      ['economy', 'phát triển kinh tế - xã hội', 'socio-economic development'],
      ['security', 'quốc phòng, an ninh', 'defence and security'],
    ] as const
  ).map(([key, vi, en]): ReportItem => ({
    id: `iii5_models_${key}`,
    section: 'III',
    label: { vi: `Mô hình “Dân vận khéo” trên lĩnh vực ${vi}`, en: `"Dân vận khéo" models in ${en}` },
    measure: { vi: 'mô hình', en: 'models' },
    kind: 'count',
    applicability: 'all',
    // Parts of II.4's models (the sum rule below), so counted the same way: cumulative.
    frequency: 'cumulative',
    clause: 'III.5',
    required: false,
  })),
];

/**
 * The bloc's one-off roadmap milestones (III.1, IV.1-IV.5): id, due date, clause, label, and
 * the plan's own wording of when. Each is both a milestone and a completion-date item of the
 * bloc's input sheet (the milestone's `doneBy` reads that date).
 */
const blocOnceMilestones = [
  [
    'bloc_disseminate_2021',
    '2021-12-31',
    'III.1',
    'Quán triệt Đề án cho ủy viên BCH, bí thư cơ sở, thủ trưởng cơ quan',
    'Scheme disseminated to committee members, secretaries, heads of agencies',
    'Tháng 12/2021',
    'December 2021',
  ],
  [
    'bloc_plan_2021',
    '2021-12-31',
    'IV.1',
    'Xây dựng Kế hoạch và phối hợp tổ chức quán triệt Đề án',
    'Bloc plan built; dissemination organized',
    'Quý IV/2021',
    'Q4 2021',
  ],
  [
    'bloc_guide_models_2022',
    '2022-12-31',
    'IV.2',
    'Rà soát, hướng dẫn xây dựng mô hình, điểm sáng',
    'Models and bright spots reviewed and guided',
    'Năm 2022',
    'In 2022',
  ],
  [
    'bloc_evaluate_2022',
    '2022-12-31',
    'IV.2',
    'Đánh giá 05 năm Nghị quyết 02-NQ/ĐUK và 01 năm thực hiện Đề án',
    'Five years of Resolution 02-NQ/ĐUK and one year of the scheme evaluated',
    'Quý IV/2022',
    'Q4 2022',
  ],
  [
    'bloc_interim_2023',
    '2023-12-31',
    'IV.3',
    'Sơ kết 02 năm thực hiện Đề án; biểu dương mô hình, điển hình',
    'Interim review of two years; models commended',
    'Quý IV/2023',
    'Q4 2023',
  ],
  [
    'bloc_inspect_2024',
    '2024-12-31',
    'IV.4',
    'Kiểm tra việc thực hiện Đề án gắn với các điểm sáng',
    'Implementation inspected, with the bright spots',
    'Năm 2024',
    'In 2024',
  ],
  [
    'bloc_final_2025',
    '2025-12-31',
    'IV.5',
    'Tổng kết 05 năm thực hiện Đề án; biểu dương mô hình, điển hình',
    'Final review of five years; models commended',
    'Quý IV/2025',
    'Q4 2025',
  ],
] as const;

/** Items of the consolidating office's own sheet (bloc level). */
const blocItems: ReportItem[] = [
  {
    id: 'bloc_departments_inspected',
    section: 'IV',
    label: {
      vi: 'Số sở, ban, ngành cấp tỉnh được kiểm tra, khảo sát công tác dân vận trong năm',
      en: 'Provincial departments inspected on mass mobilization this year',
    },
    measure: { vi: 'sở, ban, ngành', en: 'departments' },
    kind: 'count',
    applicability: 'all',
    target: { op: '>=', value: 2 },
    frequency: 'yearly',
    clause: 'III.2; IV.2-IV.4',
    required: true,
    needsDate: true,
  },
  ...blocOnceMilestones.map(([id, , clause, vi, en]): ReportItem => ({
    id,
    section: 'IV',
    label: { vi: `Ngày hoàn thành: ${vi}`, en: `Date done: ${en}` },
    measure: { vi: 'ngày', en: 'date' },
    kind: 'date',
    applicability: 'all',
    frequency: 'once',
    clause,
    required: false,
  })),
];

export const deAn04: Plan = {
  id: 'de-an-04',
  title: {
    vi: 'Kế hoạch triển khai thực hiện Đề án số 04-ĐA/TU ngày 01/10/2021 của Ban Thường vụ Tỉnh ủy về một số giải pháp đổi mới, nâng cao hiệu quả công tác dân vận của cơ quan nhà nước và chính quyền các cấp trên địa bàn tỉnh Nghệ An giai đoạn 2021-2025 và những năm tiếp theo',
    en: 'Implementation plan of Scheme 04-ĐA/TU (01/10/2021) on renewing mass-mobilization work of state bodies in Nghệ An, 2021-2025 and the following years',
  },
  shortTitle: { vi: 'Đề án 04', en: 'Scheme 04' },
  documentName: { vi: 'Đề án số 04-ĐA/TU', en: 'Scheme No. 04-ĐA/TU' },
  firstYear: 2021,
  startDate: '2021-10-01',
  periodEndYear: 2025,
  sections: [
    {
      id: 'II.1',
      title: {
        vi: 'Xây dựng chương trình, kế hoạch và quán triệt Đề án',
        en: 'Programme, plan and dissemination',
      },
      kind: 'target',
    },
    {
      id: 'II.2',
      title: {
        vi: 'Quán triệt chỉ thị, nghị quyết; học tập bài báo “Dân vận”',
        en: 'Directives; study of the article "Dân vận"',
      },
      kind: 'target',
    },
    {
      id: 'II.3',
      title: { vi: 'Giải quyết thủ tục hành chính', en: 'Administrative procedures' },
      kind: 'target',
    },
    {
      id: 'II.4',
      title: { vi: 'Mô hình “Dân vận khéo” và điểm sáng', en: '"Dân vận khéo" models and bright spots' },
      kind: 'target',
    },
    {
      id: 'II.5',
      title: { vi: 'Quy chế, phân công cán bộ và tập huấn', en: 'Regulation, assigned cadres and training' },
      kind: 'target',
    },
    {
      id: 'II.6',
      title: { vi: 'Sơ kết, tổng kết, biểu dương khen thưởng', en: 'Review and commendation' },
      kind: 'target',
    },
    { id: 'III', title: { vi: 'Nhiệm vụ và giải pháp', en: 'Tasks and solutions' }, kind: 'task' },
    { id: 'IV', title: { vi: 'Lộ trình và mốc thời gian', en: 'Roadmap and deadlines' }, kind: 'milestone' },
  ],
  items,
  blocItems,
  // The 2022 template (version 1) keyed these two items differently; see template-versions.ts.
  legacyKeys: {
    1: [
      { itemId: 'ii2_study_article', key: 'ii2_study' },
      { itemId: 'ii3_ontime', key: 'ii3_ontime_rate', kind: 'percent' },
    ],
  },
  milestones: [
    {
      id: 'unit_dissemination',
      who: 'unit',
      label: { vi: 'Học tập, quán triệt Đề án trong các chi bộ', en: 'Scheme studied in every party cell' },
      clause: 'III.1',
      when: { vi: 'Kỳ sinh hoạt chi bộ tháng 01/2022', en: 'Party cell meeting of January 2022' },
      schedule: { kind: 'once', due: '2022-01-31' },
      doneBy: { kind: 'item-date', itemId: 'ii1_dissemination' },
      assumed: {
        vi: '“Kỳ sinh hoạt chi bộ tháng 01/2022” được hiểu là hạn 31/01/2022.',
        en: '"The cell meeting of 01/2022" is read as due 31/01/2022.',
      },
    },
    {
      id: 'unit_plan',
      who: 'unit',
      label: {
        vi: 'Xây dựng chương trình, kế hoạch thực hiện Đề án',
        en: 'Unit programme/plan for the scheme built',
      },
      clause: 'II.1; V.3',
      when: { vi: 'Kế hoạch không nêu thời hạn', en: 'The plan names no date' },
      schedule: { kind: 'once', due: '2022-01-31' },
      doneBy: { kind: 'item-date', itemId: 'ii1_plan' },
      assumed: {
        vi: 'Kế hoạch không nêu hạn cho đơn vị; giả định cùng hạn quán triệt 31/01/2022.',
        en: 'The plan gives units no date; assumed the dissemination deadline, 31/01/2022.',
      },
    },
    {
      id: 'unit_first_model',
      who: 'unit',
      label: { vi: 'Xây dựng mô hình “Dân vận khéo” đầu tiên', en: 'First "Dân vận khéo" model built' },
      clause: 'II.4; IV.2',
      // IV.2 dates the bloc's guidance on models (2022), not a unit's first model.
      when: { vi: 'Kế hoạch không nêu hạn cho đơn vị', en: 'The plan names no date for units' },
      schedule: { kind: 'once', due: '2022-12-31' },
      doneBy: { kind: 'item-date', itemId: 'ii4_model_dvk' },
      assumed: {
        vi: 'Kế hoạch không nêu hạn cho đơn vị; hạn 31/12/2022 là giả định, theo lộ trình năm 2022 (IV.2: rà soát, hướng dẫn xây dựng mô hình, điểm sáng).',
        en: 'The plan names no date for units; 31/12/2022 is assumed, after the roadmap for 2022 (IV.2: the building of models and bright spots is reviewed and guided).',
      },
    },
    {
      id: 'unit_regulation',
      who: 'unit',
      label: { vi: 'Ban hành quy chế công tác dân vận', en: 'Regulation on mass mobilization issued' },
      clause: 'II.5',
      when: { vi: 'Kế hoạch không nêu thời hạn', en: 'The plan names no date' },
      schedule: { kind: 'once', due: '2022-12-31' },
      doneBy: { kind: 'item-date', itemId: 'ii5_regulation' },
      assumed: {
        vi: 'Kế hoạch không nêu hạn; giả định 31/12/2022.',
        en: 'The plan gives no date; 31/12/2022 assumed.',
      },
    },
    {
      id: 'unit_october_study',
      who: 'unit',
      label: { vi: 'Học tập bài báo “Dân vận” của Bác Hồ', en: 'Study of the article "Dân vận"' },
      clause: 'III.2',
      when: { vi: 'Tháng 10 hằng năm', en: 'Every October' },
      schedule: { kind: 'yearly', month: 10, day: 31, fromYear: 2022 },
      doneBy: { kind: 'item-date', itemId: 'ii2_study_article' },
      assumed: {
        vi: '“Định kỳ tháng 10 hằng năm” được hiểu là hạn 31/10; bắt đầu từ năm 2022 (Kế hoạch ban hành sau tháng 10/2021).',
        en: '"Every October" is read as due 31 October, from 2022 (the plan was issued after October 2021).',
      },
    },
    {
      id: 'unit_training',
      who: 'unit',
      label: {
        vi: 'Tổ chức lớp tập huấn nghiệp vụ dân vận, QCDC',
        en: 'Training course on mass mobilization held',
      },
      clause: 'II.5',
      when: { vi: 'Hằng năm', en: 'Every year' },
      schedule: { kind: 'yearly', month: 12, day: 31, fromYear: 2022 },
      doneBy: { kind: 'item-date', itemId: 'ii5_training' },
      assumed: {
        vi: 'Kế hoạch chỉ nêu “hàng năm”; hạn 31/12, từ năm 2022, là giả định.',
        en: 'The plan says only "every year"; 31/12, from 2022, is assumed.',
      },
    },
    {
      id: 'unit_review',
      who: 'unit',
      label: {
        vi: 'Sơ kết, tổng kết, biểu dương khen thưởng trong năm',
        en: 'Yearly review and commendation',
      },
      clause: 'II.6; V.3',
      when: { vi: 'Hằng năm', en: 'Every year' },
      schedule: { kind: 'yearly', month: 12, day: 31, fromYear: 2022 },
      doneBy: { kind: 'item-date', itemId: 'ii6_review' },
      assumed: {
        vi: 'Kế hoạch chỉ nêu “hàng năm”; hạn 31/12, từ năm 2022, là giả định.',
        en: 'The plan says only "every year"; 31/12, from 2022, is assumed.',
      },
    },
    {
      id: 'unit_yearly_report',
      who: 'unit',
      label: {
        // The report template names the recipient valid in the report's year (its "Nơi nhận").
        vi: 'Báo cáo kết quả thực hiện về Ban Thường vụ cấp ủy cấp trên (qua cơ quan tham mưu)',
        en: 'Yearly report to the Standing Committee (via its advisory board)',
      },
      clause: 'V.3',
      // "định kỳ hàng năm ... báo cáo kết quả thực hiện về Ban Thường vụ Đảng ủy Khối" (V.3).
      when: { vi: 'Hằng năm', en: 'Every year' },
      schedule: { kind: 'yearly', month: 12, day: 15, fromYear: 2022 },
      doneBy: { kind: 'report-date' },
      assumed: {
        vi: 'Kế hoạch không nêu ngày nộp báo cáo; hạn là cài đặt “Hạn nộp báo cáo hằng năm”, mặc định 15/12 (giả định).',
        en: 'The plan gives no report date; the due date is the setting "yearly report deadline", 15 December by default (assumed).',
      },
    },
    ...blocOnceMilestones.map(([id, due, clause, vi, en, whenVi, whenEn]) => ({
      id,
      who: 'bloc' as const,
      label: { vi, en },
      clause,
      when: { vi: whenVi, en: whenEn },
      schedule: { kind: 'once' as const, due },
      doneBy: { kind: 'bloc-date' as const, itemId: id },
      ...(whenVi.startsWith('Năm')
        ? {
            assumed: {
              vi: `Kế hoạch chỉ nêu “${whenVi}”; hạn 31/12 là giả định.`,
              en: `The plan says only "${whenEn}"; 31/12 assumed.`,
            },
          }
        : {}),
    })),
    {
      id: 'bloc_inspect_departments',
      who: 'bloc',
      label: {
        vi: 'Phối hợp kiểm tra công tác dân vận từ 2-3 sở, ban, ngành cấp tỉnh',
        en: 'Mass mobilization inspected in 2-3 provincial departments',
      },
      clause: 'III.2; IV.2-IV.4',
      when: { vi: 'Hằng năm, từ năm 2022', en: 'Every year from 2022' },
      schedule: { kind: 'yearly', month: 12, day: 31, fromYear: 2022 },
      doneBy: { kind: 'bloc-date', itemId: 'bloc_departments_inspected' },
      assumed: { vi: 'Hạn 31/12 hằng năm là giả định.', en: 'Due 31/12 each year is assumed.' },
    },
  ],
  consistency: [
    {
      kind: 'sum-le',
      id: 'models_by_field',
      items: ['iii5_models_admin', 'iii5_models_citizens', 'iii5_models_economy', 'iii5_models_security'],
      max: 'ii4_model_dvk',
      label: {
        vi: 'Tổng số mô hình “Dân vận khéo” theo lĩnh vực',
        en: 'Sum of "Dân vận khéo" models by field',
      },
      clause: 'III.5',
    },
  ],
  blocTargets: [
    {
      itemId: 'ii1_plan',
      minPercent: 100,
      clause: 'II.1',
      deed: {
        vi: 'đã xây dựng chương trình, kế hoạch thực hiện Đề án 04',
        en: 'have built a programme or plan to carry out Scheme 04',
      },
    },
    {
      itemId: 'ii1_dissemination',
      minPercent: 100,
      clause: 'II.1',
      deed: {
        vi: 'đã tổ chức học tập, quán triệt Đề án và xác định nội dung trọng tâm trong các chi bộ',
        en: 'have studied the Scheme in their party cells and set its priorities',
      },
    },
    {
      itemId: 'ii2_directives',
      minPercent: 100,
      clause: 'II.2',
      deed: {
        vi: 'đã quán triệt các chỉ thị, nghị quyết của Đảng, Nhà nước về công tác dân vận trong năm',
        en: 'have disseminated the Party and State directives and resolutions on mass mobilization of the year',
      },
    },
    {
      itemId: 'ii2_study_article',
      minPercent: 100,
      clause: 'II.2',
      deed: {
        vi: 'đã tổ chức học tập bài báo “Dân vận” của Bác Hồ cho cán bộ, đảng viên và người lao động',
        en: 'have organized study of the article "Dân vận" by Uncle Hồ for cadres, members and workers',
      },
    },
    {
      itemId: 'ii3_ontime',
      minPercent: 98,
      clause: 'II.3',
      deed: {
        vi: 'đạt tỷ lệ giải quyết hồ sơ thủ tục hành chính đúng hạn',
        en: 'reached the rate of administrative dossiers resolved on time',
      },
    },
    {
      itemId: 'ii3_satisfaction',
      minPercent: 100,
      clause: 'II.3',
      deed: {
        vi: 'đạt mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính',
        en: 'reached the satisfaction of citizens and businesses with administrative procedures',
      },
      assumed: {
        vi: 'Kế hoạch nêu mức hài lòng “trên 90%” mà không nêu tỷ lệ đơn vị; giả định 100% đơn vị có TTHC.',
        en: 'The plan sets satisfaction "above 90%" without a share of units; 100% of TTHC units assumed.',
      },
    },
    {
      itemId: 'ii3_published',
      minPercent: 100,
      clause: 'II.3',
      deed: {
        vi: 'đã công bố, công khai và cập nhật kịp thời thủ tục hành chính',
        en: 'have published their administrative procedures and kept them up to date',
      },
    },
    {
      itemId: 'ii4_model_dvk',
      minPercent: 100,
      clause: 'II.4',
      deed: {
        vi: 'đã xây dựng và thực hiện mô hình “Dân vận khéo”',
        en: 'have built and run "Dân vận khéo" models',
      },
    },
    {
      itemId: 'ii4_bright_dvcq',
      minPercent: 100,
      clause: 'II.4',
      deed: {
        vi: 'có điểm sáng về dân vận chính quyền',
        en: 'have bright spots in mass mobilization by state bodies',
      },
    },
    {
      itemId: 'ii4_bright_qcdc',
      minPercent: 100,
      clause: 'II.4',
      deed: {
        vi: 'có điểm sáng về thực hiện Quy chế dân chủ ở cơ sở gắn với Chỉ thị 05',
        en: 'have bright spots in the grassroots democracy regulation tied to Directive 05',
      },
    },
    {
      itemId: 'ii5_regulation',
      minPercent: 100,
      clause: 'II.5',
      deed: {
        vi: 'đã xây dựng quy chế công tác dân vận của cơ quan, đơn vị',
        en: 'have issued a regulation on mass mobilization work',
      },
    },
    {
      itemId: 'ii5_leader',
      minPercent: 100,
      clause: 'II.5',
      deed: {
        vi: 'đã phân công đồng chí lãnh đạo phụ trách công tác dân vận',
        en: 'have assigned a leader to mass mobilization',
      },
    },
    {
      itemId: 'ii5_cadres',
      minPercent: 100,
      clause: 'II.5',
      deed: {
        vi: 'đã phân công cán bộ theo dõi công tác dân vận',
        en: 'have assigned cadres to follow mass mobilization',
      },
    },
    {
      itemId: 'ii5_training',
      minPercent: 100,
      clause: 'II.5',
      deed: {
        vi: 'đã tổ chức lớp tập huấn, bồi dưỡng nghiệp vụ công tác dân vận và Quy chế dân chủ trong năm',
        en: 'have held training courses on mass mobilization and grassroots democracy this year',
      },
    },
    {
      itemId: 'ii6_review',
      minPercent: 100,
      clause: 'II.6',
      deed: {
        vi: 'đã sơ kết, tổng kết công tác dân vận chính quyền trong năm',
        en: 'have reviewed their mass mobilization work of the year',
      },
    },
  ],
  provinceIndicators: [
    {
      id: 'par_index',
      label: {
        vi: 'Chỉ số Cải cách hành chính (PAR INDEX)',
        en: 'Public Administration Reform Index (PAR INDEX)',
      },
      rule: { kind: 'top', rank: 15, byYear: 2025 },
      clause: 'II.3',
    },
    {
      id: 'papi',
      label: {
        vi: 'Chỉ số hiệu quả Quản trị và hành chính công (PAPI)',
        en: 'Provincial Governance and Public Administration Performance Index (PAPI)',
      },
      rule: { kind: 'top', rank: 15, byYear: 2025 },
      clause: 'II.3',
    },
    {
      id: 'pci',
      label: {
        vi: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
        en: 'Provincial Competitiveness Index (PCI)',
      },
      rule: { kind: 'top', rank: 15, byYear: 2025 },
      clause: 'II.3',
    },
    {
      id: 'sipas',
      label: {
        vi: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
        en: 'Satisfaction Index of Public Administration Services (SIPAS)',
      },
      rule: { kind: 'improve', places: 1 },
      clause: 'II.3',
      assumed: {
        vi: 'Kế hoạch nêu “tăng 1-2 bậc/năm”; đạt khi tăng ít nhất 1 bậc so với năm trước.',
        en: 'The plan says "up 1-2 places a year"; met when up at least 1 place on the year before.',
      },
    },
  ],
};
