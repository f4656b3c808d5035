import { Badge, Body1Strong, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { ItemVerdict } from '../../core/validate/validate-types';
import { useT } from '../i18n';
import type { ReportCheckView } from '../../core/check/check-report';

type ShownVerdict = Exclude<ItemVerdict, 'no-target'>;
const ORDER: ShownVerdict[] = ['met', 'not-met', 'not-entered', 'invalid', 'not-applicable'];
const COLORS: Record<ShownVerdict, BadgeProps['color']> = {
  met: 'success',
  'not-met': 'danger',
  'not-entered': 'warning',
  invalid: 'danger',
  'not-applicable': 'subtle',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** Which unit and year the report is, and how many items met their target. */
export function CheckSummary({ view }: { view: ReportCheckView }) {
  const styles = useStyles();
  const t = useT();
  const report = view.report;
  if (!report) return null;
  const counts = new Map<ShownVerdict, number>();
  for (const v of Object.values(view.verdicts)) {
    if (v !== 'no-target') counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const name = view.unit?.name ?? report.unitName;
  const code = view.unit?.code ?? report.stamp.unitCode;
  return (
    <div className={styles.root}>
      <Body1Strong>{t.check.unitLine(name, code, report.stamp.year)}</Body1Strong>
      <div className={styles.badges}>
        {ORDER.filter((v) => counts.has(v)).map((v) => (
          <Badge key={v} appearance="tint" color={COLORS[v]}>
            {t.verdicts[v]}: {counts.get(v)}
          </Badge>
        ))}
      </div>
    </div>
  );
}
