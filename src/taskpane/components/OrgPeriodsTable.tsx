import {
  Button,
  Caption1,
  Checkbox,
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
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { Text } from '../../core/types';
import { useI18n } from '../i18n';
import { ORG_NAME_FIELDS, type OrgPeriodDraft } from '../services/settings-draft';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  fieldHead: { width: '34%' },
  cell: {
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  input: { width: '100%', minWidth: 0 },
  error: { display: 'block', color: tokens.colorPaletteRedForeground1 },
});

type Field = keyof OrgPeriodDraft;

/**
 * The organization names by period, as a table: one row per name, one column per period (the
 * names change at a reorganisation, e.g. 13/02/2025). A period marked assumed is a default no
 * decision confirms; the user unticks it once the names are checked.
 */
export function OrgPeriodsTable({
  periods,
  errors,
  onChange,
}: {
  periods: readonly OrgPeriodDraft[];
  errors: Record<string, Text>;
  onChange: (periods: OrgPeriodDraft[]) => void;
}) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  const s = t.settings;
  const labels: Record<Exclude<Field, 'assumed'>, string> = {
    from: s.orgFrom,
    to: s.orgTo,
    superior: s.orgSuperior,
    issuer: s.orgIssuer,
    standingCommittee: s.orgStanding,
    consolidatingOffice: s.orgOffice,
    unitSuperior: s.orgUnitSuperior,
    place: s.orgPlace,
  };
  const put = (i: number, change: Partial<OrgPeriodDraft>): void =>
    onChange(periods.map((p, k) => (k === i ? { ...p, ...change } : p)));
  const add = (): void => {
    const last = periods[periods.length - 1];
    if (last) onChange([...periods, { ...last, from: '', to: '', assumed: false }]);
  };
  const remove = (i: number): void => onChange(periods.filter((_, k) => k !== i));

  return (
    <>
      <Table size="extra-small" className={styles.table} aria-label={s.org}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.fieldHead}>{s.columnItem}</TableHeaderCell>
            {periods.map((p, i) => (
              <TableHeaderCell key={i}>
                {s.orgPeriod(i + 1)}
                {periods.length > 1 ? (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={s.removePeriod(i + 1)}
                    onClick={() => remove(i)}
                  />
                ) : null}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {(['from', 'to', ...ORG_NAME_FIELDS] as const).map((field) => (
            <TableRow key={field}>
              <TableCell className={styles.cell}>
                <span className={styles.label}>{labels[field]}</span>
              </TableCell>
              {periods.map((p, i) => {
                const error = errors[`org:${i}:${field}`];
                return (
                  <TableCell key={i} className={styles.cell}>
                    <Input
                      size="small"
                      className={styles.input}
                      value={p[field]}
                      aria-label={`${labels[field]} (${s.orgPeriod(i + 1)})`}
                      aria-invalid={error !== undefined}
                      onChange={(_, v) => put(i, { [field]: v.value })}
                    />
                    {error ? <Caption1 className={styles.error}>{error[lang]}</Caption1> : null}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
          <TableRow>
            <TableCell className={styles.cell}>
              <span className={styles.label}>{s.orgAssumedLabel}</span>
            </TableCell>
            {periods.map((p, i) => (
              <TableCell key={i} className={styles.cell}>
                <Checkbox
                  checked={p.assumed}
                  label={p.assumed ? s.orgAssumed : ''}
                  aria-label={`${s.orgAssumedLabel} (${s.orgPeriod(i + 1)})`}
                  onChange={(_, v) => put(i, { assumed: v.checked === true })}
                />
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
      <Caption1>{s.orgHint}</Caption1>
      <Button icon={<AddRegular />} onClick={add}>
        {s.addPeriod}
      </Button>
    </>
  );
}
