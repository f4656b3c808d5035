import { Badge, Caption1, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { MilestoneRow, MilestoneStatus } from '../../core/milestones/milestone-types';
import { milestoneDeadline } from '../../core/consolidate/verdicts';
import type { Plan } from '../../core/plan/plan-types';
import { formatDate } from '../../core/text';
import { useI18n } from '../i18n';

/** The colour of each status: green done, orange late, red overdue, yellow soon, grey the rest. */
export const STATUS_COLORS: Record<MilestoneStatus, BadgeProps['color']> = {
  'done-on-time': 'success',
  'done-late': 'severe',
  overdue: 'danger',
  'due-soon': 'warning',
  'not-yet-due': 'informative',
  'not-applicable': 'subtle',
};

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  dates: { color: tokens.colorNeutralForeground3 },
});

/** A unit's milestones with their due date, completion date and a coloured status. */
export function MilestoneList({ rows, plan }: { rows: readonly MilestoneRow[]; plan: Plan }) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  if (rows.length === 0) return <Caption1>{t.check.noMilestones}</Caption1>;
  return (
    <ul className={styles.list}>
      {rows.map((row) => {
        const m = plan.milestones.find((x) => x.id === row.milestoneId);
        const label = m ? m.label[lang] : row.milestoneId;
        const deadline = milestoneDeadline(plan, row, lang);
        const dates = [deadline.charAt(0).toUpperCase() + deadline.slice(1)];
        if (row.done) dates.push(t.check.milestoneDone(formatDate(row.done, lang)));
        return (
          <li key={`${row.milestoneId}-${row.year ?? ''}`} className={styles.row}>
            <span className={styles.label}>
              {row.year !== undefined ? t.check.milestoneYear(label, row.year) : label}
            </span>
            <span className={styles.meta}>
              <Badge appearance="tint" color={STATUS_COLORS[row.status]}>
                {t.milestoneStatus[row.status]}
              </Badge>
              <Caption1 className={styles.dates}>{dates.join(', ')}</Caption1>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
