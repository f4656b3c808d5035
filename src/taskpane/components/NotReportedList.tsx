import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { NotReportedUnit } from '../../core/consolidate/consolidate-types';
import { sortVi } from '../../core/text';
import { useT } from '../i18n';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: { fontSize: tokens.fontSizeBase200 },
  meta: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: 'flex-start' },
});

/** Units listed before "show all": early in a round most units have not reported yet. */
const FIRST = 8;

/** The active units with no accepted report for the year: whom to remind. */
export function NotReportedList({ units }: { units: readonly NotReportedUnit[] }) {
  const styles = useStyles();
  const t = useT();
  const [all, setAll] = useState(false);
  if (units.length === 0) return <Caption1>{t.consolidate.allReported}</Caption1>;
  const sorted = sortVi(units, (u) => u.name);
  const shown = all ? sorted : sorted.slice(0, FIRST);
  return (
    <>
      <ul className={styles.list}>
        {shown.map((u) => {
          const meta = [
            u.code,
            u.lastReportedYear !== undefined
              ? t.consolidate.lastReported(u.lastReportedYear)
              : t.consolidate.neverReported,
            ...(u.daysOverdue > 0 ? [t.consolidate.overdueDays(u.daysOverdue)] : []),
          ];
          return (
            <li key={u.code} className={styles.item}>
              {u.name} <Caption1 className={styles.meta}>({meta.join('; ')})</Caption1>
            </li>
          );
        })}
      </ul>
      {sorted.length > FIRST && (
        <Button appearance="subtle" size="small" className={styles.more} onClick={() => setAll((x) => !x)}>
          {all ? t.consolidate.showFewer : t.consolidate.showAll(sorted.length)}
        </Button>
      )}
    </>
  );
}
