import {
  Caption1,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Text } from '../../core/types';
import { useI18n } from '../i18n';

export interface OverrideRow {
  key: string;
  label: string;
  /** The plan's value, as shown. */
  plan: string;
  /** The override as typed ('' = the plan's value). */
  value: string;
  error?: Text;
}

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  // Widths of the content box; cell padding comes on top, leaving about 30% for the input.
  itemHead: { width: '40%' },
  planHead: { width: '20%' },
  cell: {
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  input: { width: '100%', minWidth: 0 },
  error: { display: 'block', color: tokens.colorPaletteRedForeground1 },
});

/**
 * Plan values beside an input each: what the plan says, and what to use instead (empty: the plan's).
 * The plan's value is not repeated as a placeholder: the column beside it shows it, and a narrow
 * input would cut it.
 */
export function OverrideTable({
  caption,
  rows,
  onChange,
}: {
  caption: string;
  rows: readonly OverrideRow[];
  onChange: (key: string, value: string) => void;
}) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  return (
    <Table size="extra-small" className={styles.table} aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.itemHead}>{t.settings.columnItem}</TableHeaderCell>
          <TableHeaderCell className={styles.planHead}>{t.settings.columnPlan}</TableHeaderCell>
          <TableHeaderCell>{t.settings.columnOverride}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell className={styles.cell}>
              <span className={styles.label}>{row.label}</span>
            </TableCell>
            <TableCell className={styles.cell}>
              <Caption1>{row.plan}</Caption1>
            </TableCell>
            <TableCell className={styles.cell}>
              <Input
                size="small"
                className={styles.input}
                value={row.value}
                aria-label={t.settings.overrideLabel(row.label)}
                aria-invalid={row.error !== undefined}
                onChange={(_, d) => onChange(row.key, d.value)}
              />
              {row.error && <Caption1 className={styles.error}>{row.error[lang]}</Caption1>}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
