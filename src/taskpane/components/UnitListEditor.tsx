import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular, SearchRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Unit } from '../../core/settings/settings-types';
import { useT } from '../i18n';
import { searchUnits } from '../services/unit-search';
import { UNIT_FLAGS } from '../services/unit-form';
import { UnitDialog } from './UnitDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '320px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  name: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3 },
});

/** The list of units: find, add, edit, remove (in the draft; Save applies). */
export function UnitListEditor({
  units,
  onPut,
  onRemove,
}: {
  units: readonly Unit[];
  onPut: (unit: Unit, replacing?: string) => void;
  onRemove: (code: string) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ unit: Unit | undefined } | null>(null);
  const shown = useMemo(() => searchUnits(units, query), [units, query]);

  const meta = (u: Unit): string => {
    const parts = [t.settings.unitMeta(u.code, t.unitKinds.short[u.kind])];
    for (const flag of UNIT_FLAGS) if (u[flag]) parts.push(t.settings.flagShort[flag]);
    if (u.activeFrom !== undefined || u.activeTo !== undefined)
      parts.push(
        t.settings.years(
          u.activeFrom !== undefined ? String(u.activeFrom) : '…',
          u.activeTo !== undefined ? String(u.activeTo) : '…',
        ),
      );
    if (u.mergedInto) parts.push(t.settings.mergedShort(u.mergedInto));
    return parts.join(' · ');
  };

  return (
    <div className={styles.root}>
      <Field label={t.settings.unitSearch}>
        <Input
          contentBefore={<SearchRegular aria-hidden="true" />}
          placeholder={t.settings.unitSearchPlaceholder}
          value={query}
          onChange={(_, d) => setQuery(d.value)}
        />
      </Field>
      {shown.length === 0 ? (
        <Caption1>{t.settings.noUnitMatch}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={t.settings.units(units.length)}>
          {shown.map((u) => (
            <li key={u.code} className={styles.row}>
              <span className={styles.text}>
                <span className={styles.name}>{u.name}</span>
                <Caption1 className={styles.meta}>{meta(u)}</Caption1>
              </span>
              <Button
                size="small"
                appearance="subtle"
                icon={<EditRegular />}
                aria-label={t.settings.editUnit(u.name)}
                title={t.settings.editUnit(u.name)}
                onClick={() => setEditing({ unit: u })}
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t.settings.removeUnit(u.name)}
                title={t.settings.removeUnit(u.name)}
                onClick={() => onRemove(u.code)}
              />
            </li>
          ))}
        </ul>
      )}
      <Button icon={<AddRegular />} onClick={() => setEditing({ unit: undefined })}>
        {t.settings.addUnit}
      </Button>
      {editing && (
        <UnitDialog
          unit={editing.unit}
          units={units}
          onClose={() => setEditing(null)}
          onSave={(u) => {
            onPut(u, editing.unit?.code);
            setEditing(null);
          }}
        />
      )}
    </div>
  );
}
