import {
  Badge,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  createTableColumn,
  makeStyles,
  tokens,
  useTableFeatures,
  useTableSort,
  type BadgeProps,
  type TableColumnDefinition,
  type TableColumnId,
} from '@fluentui/react-components';
import { useMemo, useState, type MouseEvent } from 'react';
import type { SourceRow, SourceVerdict } from '../../core/consolidate/consolidate-types';
import { compareVi } from '../../core/text';
import { useI18n } from '../i18n';

export const VERDICT_COLORS: Record<SourceVerdict, BadgeProps['color']> = {
  accepted: 'success',
  'accepted-with-findings': 'warning',
  'old-template': 'informative',
  duplicate: 'subtle',
  'unknown-unit': 'danger',
  'other-year': 'informative',
  rejected: 'danger',
};

/** Problems first when sorting by verdict. */
const VERDICT_ORDER: SourceVerdict[] = [
  'rejected',
  'unknown-unit',
  'accepted-with-findings',
  'duplicate',
  'other-year',
  'old-template',
  'accepted',
];

/** Verdicts whose row says why: the ones someone has to act on. Accepted and other-year rows need no words. */
const NEEDS_REASON: readonly SourceVerdict[] = [
  'rejected',
  'unknown-unit',
  'accepted-with-findings',
  'duplicate',
  'old-template',
];

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  unitHead: { width: '58%' },
  name: { display: 'block', fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  place: { display: 'block', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  reason: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  cell: {
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  // Long verdicts wrap in a narrow pane; a pill shape would then look broken.
  badge: {
    whiteSpace: 'normal',
    height: 'auto',
    textAlign: 'center',
    borderRadius: tokens.borderRadiusMedium,
  },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** How many sources got each verdict, in the table's order (problems first). */
export function VerdictCounts({ rows }: { rows: readonly SourceRow[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.counts}>
      {VERDICT_ORDER.map((v) => {
        const n = rows.filter((r) => r.verdict === v).length;
        return n === 0 ? null : (
          <Badge key={v} appearance="tint" color={VERDICT_COLORS[v]}>
            {t.sourceVerdict[v]}: {n}
          </Badge>
        );
      })}
    </div>
  );
}

/** The unit a row is about, as shown: the matched unit's name, else the name written in the sheet. */
export function rowUnitName(row: SourceRow): string {
  return row.unit?.name ?? row.writtenName ?? '';
}

/**
 * Each source with its verdict; sortable by verdict (problems first, the default) and by unit
 * (Vietnamese order).
 */
export function VerdictTable({ rows }: { rows: readonly SourceRow[] }) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  const columns: TableColumnDefinition<SourceRow>[] = useMemo(
    () => [
      createTableColumn<SourceRow>({
        columnId: 'unit',
        compare: (a, b) => compareVi(rowUnitName(a), rowUnitName(b)) || compareVi(a.file, b.file),
      }),
      createTableColumn<SourceRow>({
        columnId: 'verdict',
        compare: (a, b) =>
          VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) ||
          compareVi(rowUnitName(a), rowUnitName(b)),
      }),
    ],
    [],
  );
  const [sortState, setSortState] = useState<{
    sortColumn: TableColumnId | undefined;
    sortDirection: 'ascending' | 'descending';
  }>({
    // Problems first: what the consolidating office has to act on.
    sortColumn: 'verdict',
    sortDirection: 'ascending',
  });
  const {
    getRows,
    sort: { getSortDirection, toggleColumnSort, sort },
  } = useTableFeatures({ columns, items: [...rows] }, [
    useTableSort({ sortState, onSortChange: (_, next) => setSortState(next) }),
  ]);
  const headerSort = (columnId: TableColumnId) => ({
    onClick: (e: MouseEvent) => toggleColumnSort(e, columnId),
    sortDirection: getSortDirection(columnId),
  });
  const sorted = sort(getRows());
  // The sheet is worth naming only when one file holds several reports.
  const sheetsOf = (file: string) => rows.filter((r) => r.file === file).length;

  return (
    <Table size="small" className={styles.table} aria-label={t.consolidate.tableLabel} sortable>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.unitHead} {...headerSort('unit')}>
            {t.consolidate.columnUnit}
          </TableHeaderCell>
          <TableHeaderCell {...headerSort('verdict')}>{t.consolidate.columnVerdict}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map(({ item: row }) => {
          const name = rowUnitName(row);
          return (
            <TableRow key={row.index} data-verdict={row.verdict}>
              <TableCell className={styles.cell}>
                <span className={styles.name}>{name || t.consolidate.unnamed}</span>
                <Caption1 className={styles.place}>
                  {row.sheet !== undefined && sheetsOf(row.file) > 1
                    ? t.consolidate.sheetOf(row.file, row.sheet)
                    : row.file}
                </Caption1>
                {NEEDS_REASON.includes(row.verdict) && (
                  <Caption1 className={styles.reason}>{row.reason[lang]}</Caption1>
                )}
              </TableCell>
              <TableCell className={styles.cell}>
                <Badge className={styles.badge} appearance="tint" color={VERDICT_COLORS[row.verdict]}>
                  {t.sourceVerdict[row.verdict]}
                </Badge>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
