import type { Consolidation, NotReportedUnit, SourceRow } from '../consolidate/consolidate-types';
import { deadlineWords, isCounted, wrongTemplateNote } from '../consolidate/verdicts';
import { formatDate } from '../text';
import type { Lang, Text } from '../types';

/**
 * "Đôn đốc báo cáo": whom the office must contact after a consolidation, and about what, so the
 * reports can be sent back the same day (issue 15 §4). Three parts, each unit once:
 *   I.  units of the list with no accepted report for the year (with the deadline, the days
 *       overdue, and any file of theirs that was refused or looks like the wrong template);
 *   II. units whose counted report has something missing or wrong (each finding with its cell,
 *       sheet and file): every error and warning but those in NOT_TO_SEND_BACK;
 *   III. files of the year that could not be tied to a unit of the list (who sent it is unknown).
 * One list (`reminders`) feeds both the sheet and the text the task pane offers to copy.
 */

/** One thing to ask for: what, and where it is, as far as known. */
export interface ReminderLine {
  what: Text;
  cell?: string;
  sheet?: string;
  /** The file's name without its folder (what the unit knows it by). */
  file?: string;
}

export type ReminderKind = 'not-reported' | 'to-correct' | 'unattributed';

export interface Reminder {
  kind: ReminderKind;
  /** The unit of the list; absent for a file that could not be tied to one. */
  unit?: { code: string; name: string };
  lines: ReminderLine[];
}

/** The list's words, shared by the sheet (reminder-sheet.ts) and the text. */
export const REMINDER_WORDS = {
  sheet: { vi: 'Đôn đốc báo cáo', en: 'Reminders' },
  title: (year: number): Text => ({
    vi: `DANH SÁCH ĐƠN VỊ CẦN ĐÔN ĐỐC BÁO CÁO NĂM ${year}`,
    en: `UNITS TO REMIND ABOUT THEIR ${year} REPORTS`,
  }),
  asOf: (date: string, notReported: number, toCorrect: number, unattributed: number): Text => ({
    vi: `Tính đến ngày ${date}: ${notReported} đơn vị chưa báo cáo, ${toCorrect} đơn vị có báo cáo cần bổ sung, sửa, ${unattributed} tệp chưa xác định được đơn vị.`,
    en: `As of ${date}: ${notReported} unit(s) not reported, ${toCorrect} unit(s) whose report needs completing or correcting, ${unattributed} file(s) not tied to a unit.`,
  }),
  part: {
    'not-reported': { vi: 'I. ĐƠN VỊ CHƯA BÁO CÁO', en: 'I. UNITS NOT REPORTED' },
    'to-correct': {
      vi: 'II. ĐƠN VỊ CÓ BÁO CÁO CẦN BỔ SUNG, SỬA',
      en: 'II. UNITS WHOSE REPORT NEEDS COMPLETING OR CORRECTING',
    },
    unattributed: {
      vi: 'III. TỆP CHƯA XÁC ĐỊNH ĐƯỢC ĐƠN VỊ',
      en: 'III. FILES NOT TIED TO A UNIT',
    },
  } satisfies Record<ReminderKind, Text>,
  none: { vi: 'Không có đơn vị nào cần đôn đốc.', en: 'No unit needs a reminder.' },
  tt: { vi: 'TT', en: 'No.' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  what: { vi: 'Nội dung cần bổ sung, sửa', en: 'What to send or correct' },
  cell: { vi: 'Ô', en: 'Cell' },
  sheetName: { vi: 'Trang tính', en: 'Sheet' },
  file: { vi: 'Tệp', en: 'File' },
  unknownUnit: { vi: '(chưa rõ đơn vị)', en: '(unit unknown)' },
};

export const REMINDER_PARTS: readonly ReminderKind[] = ['not-reported', 'to-correct', 'unattributed'];

/** The file's own name: reports are named by the CLI with their folder, by the pane without. */
export const fileNameOf = (path: string): string => path.split(/[\\/]/).pop() ?? path;

function notReportedLine(u: NotReportedUnit, year: number): Text {
  const say = (lang: Lang): string => {
    const vi = lang === 'vi';
    const facts: string[] = [];
    if (u.due) facts.push(deadlineWords(u.due, u.dueAssumed === true, lang));
    if (u.daysOverdue > 0)
      facts.push(vi ? `quá hạn ${u.daysOverdue} ngày` : `${u.daysOverdue} day(s) overdue`);
    facts.push(
      u.lastReportedYear !== undefined
        ? vi
          ? `báo cáo gần nhất: năm ${u.lastReportedYear}`
          : `last report: ${u.lastReportedYear}`
        : vi
          ? 'chưa có báo cáo nào'
          : 'no report yet',
    );
    return vi
      ? `Chưa gửi báo cáo năm ${year} (${facts.join('; ')}).`
      : `No ${year} report received (${facts.join('; ')}).`;
  };
  return { vi: say('vi'), en: say('en') };
}

/**
 * Findings that ask nothing of the unit: a target not met is a result to report (with its reason
 * in the notes column), not a mistake; a value the program normalised or a text it converted from
 * an old encoding was already read right. Any other error or warning goes back to the unit.
 */
const NOT_TO_SEND_BACK: ReadonlySet<string> = new Set([
  'TARGET.NOT_MET',
  'VALUE.NORMALISED',
  'TEXT.LEGACY_ENCODING',
]);

/**
 * What a counted report has to complete or correct: the one rule behind both the reminder list and
 * the summary's count of reports to correct, so the two never disagree.
 */
export function findingsToSendBack(s: Pick<SourceRow, 'findings'>): SourceRow['findings'] {
  return s.findings.filter((f) => f.severity !== 'info' && !NOT_TO_SEND_BACK.has(f.code));
}

/** The counted reports of the year that have something to complete or correct. */
export function reportsToCorrect(c: Consolidation): number {
  return c.accepted.filter((a) => {
    const s = c.sources[a.sourceIndex];
    return s !== undefined && isCounted(s.verdict) && findingsToSendBack(s).length > 0;
  }).length;
}

/** Where a source is: its file and sheet. */
const placeOf = (s: SourceRow): Pick<ReminderLine, 'file' | 'sheet'> => ({
  file: fileNameOf(s.file),
  ...(s.sheet !== undefined ? { sheet: s.sheet } : {}),
});

/** Whether a source that does not count concerns the year consolidated (or its year is unknown). */
export const ofTheYear = (s: Pick<SourceRow, 'year'>, year: number): boolean =>
  s.year === undefined || s.year === year;

/** What the office must chase after this consolidation, part by part, units in the list's order. */
export function reminders(c: Consolidation): Reminder[] {
  // The refused files of the year by unit, gathered once (a province has thousands of both).
  const refused = new Map<string, SourceRow[]>();
  for (const s of c.sources)
    if (s.verdict === 'rejected' && s.unit && ofTheYear(s, c.year)) {
      const list = refused.get(s.unit.code) ?? [];
      refused.set(s.unit.code, list);
      list.push(s);
    }
  const notReported: Reminder[] = c.notReported.map((u) => {
    const lines: ReminderLine[] = [{ what: notReportedLine(u, c.year) }];
    if (u.wrongTemplate) {
      const s = c.sources[u.wrongTemplate.sourceIndex];
      lines.push({
        what: wrongTemplateNote(u.wrongTemplate.templateYear, u.wrongTemplate.reportDate),
        ...(s ? placeOf(s) : {}),
      });
    }
    // Files of the unit that were refused: the reason says what to do.
    for (const s of refused.get(u.code) ?? []) lines.push({ what: s.reason, ...placeOf(s) });
    return { kind: 'not-reported', unit: { code: u.code, name: u.name }, lines };
  });

  const toCorrect: Reminder[] = c.accepted.flatMap((a) => {
    const s = c.sources[a.sourceIndex];
    if (!s || !isCounted(s.verdict)) return [];
    const lines = findingsToSendBack(s).map((f): ReminderLine => ({
      what: f.message,
      ...(f.cell !== undefined ? { cell: f.cell } : {}),
      sheet: f.sheet ?? a.report.source.sheet,
      file: fileNameOf(f.file ?? s.file),
    }));
    return lines.length > 0
      ? [{ kind: 'to-correct' as const, unit: { code: a.unit.code, name: a.unit.name }, lines }]
      : [];
  });

  const unattributed: Reminder[] = c.sources
    .filter(
      (s) => ofTheYear(s, c.year) && (s.verdict === 'unknown-unit' || (s.verdict === 'rejected' && !s.unit)),
    )
    .map((s) => ({ kind: 'unattributed', lines: [{ what: s.reason, ...placeOf(s) }] }));

  return [...notReported, ...toCorrect, ...unattributed];
}

/** "Đảng bộ Sở Xây dựng (DV005)", or "(chưa rõ đơn vị)". */
export function unitLabel(r: Reminder, lang: Lang): string {
  return r.unit ? `${r.unit.name} (${r.unit.code})` : REMINDER_WORDS.unknownUnit[lang];
}

/** "ô E16, trang tính “Báo cáo 2025”, tệp “BC-2025-DV005.xlsx”": where a line's cell is. */
function placeWords(l: ReminderLine, lang: Lang): string {
  const vi = lang === 'vi';
  const parts = [
    ...(l.cell ? [vi ? `ô ${l.cell}` : `cell ${l.cell}`] : []),
    ...(l.sheet ? [vi ? `trang tính “${l.sheet}”` : `sheet “${l.sheet}”`] : []),
    ...(l.file ? [vi ? `tệp “${l.file}”` : `file “${l.file}”`] : []),
  ];
  return parts.join(', ');
}

/**
 * The list as plain text, to paste into a message or a letter: the title, then each part with its
 * units numbered and, under each, what to send or correct and where.
 */
export function reminderText(c: Consolidation, lang: Lang): string {
  const list = reminders(c);
  const out = [REMINDER_WORDS.title(c.year)[lang], summaryLine(c, list)[lang]];
  if (list.length === 0) return [...out, REMINDER_WORDS.none[lang]].join('\n');
  for (const kind of REMINDER_PARTS) {
    const part = list.filter((r) => r.kind === kind);
    if (part.length === 0) continue;
    out.push('', `${REMINDER_WORDS.part[kind][lang]} (${part.length})`);
    part.forEach((r, i) => {
      out.push(`${i + 1}. ${unitLabel(r, lang)}`);
      for (const l of r.lines) {
        // A finding's message already says where (file, sheet, cell): the place is added only
        // to a line whose words do not name its file.
        const where = l.file && l.what[lang].includes(l.file) ? '' : placeWords(l, lang);
        out.push(`   - ${l.what[lang]}${where ? ` [${where}]` : ''}`);
      }
    });
  }
  return out.join('\n');
}

/** "Tính đến ngày …: 3 đơn vị chưa báo cáo, …" */
export function summaryLine(c: Consolidation, list: readonly Reminder[]): Text {
  const n = (k: ReminderKind) => list.filter((r) => r.kind === k).length;
  const date = (lang: Lang) => formatDate(c.asOf, lang);
  const text = (lang: Lang) =>
    REMINDER_WORDS.asOf(date(lang), n('not-reported'), n('to-correct'), n('unattributed'))[lang];
  return { vi: text('vi'), en: text('en') };
}
