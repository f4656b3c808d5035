import { Caption1, Combobox, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Unit } from '../../core/settings/settings-types';
import { useT } from '../i18n';
import { searchUnits } from '../services/unit-search';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column' },
  code: { color: tokens.colorNeutralForeground3 },
});

/*
 * inlinePopup: the listbox renders in place, right after its field in the DOM, so it scrolls with
 * the narrow pane and screen readers meet it where the field is.
 */
/**
 * Picks a unit by typing part of its name or code, with or without diacritics. The list shows
 * everything until the user types; then only what matches.
 */
export function UnitPicker({
  units,
  value,
  onChange,
}: {
  units: readonly Unit[];
  value: string | undefined;
  onChange: (code: string | undefined) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const selected = units.find((u) => u.code === value);
  const [query, setQuery] = useState(selected?.name ?? '');
  const [typed, setTyped] = useState(false);
  const shown = useMemo(() => searchUnits(units, typed ? query : ''), [units, query, typed]);

  return (
    <Field label={t.template.unit} hint={t.template.unitHint}>
      <Combobox
        inlinePopup
        placeholder={t.template.unitPlaceholder}
        value={typed ? query : (selected?.name ?? query)}
        selectedOptions={value ? [value] : []}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setTyped(true);
        }}
        onOptionSelect={(_, data) => {
          onChange(data.optionValue);
          setQuery(data.optionText ?? '');
          setTyped(false);
        }}
        onOpenChange={(_, data) => {
          if (!data.open) setTyped(false);
        }}
      >
        {shown.map((u) => (
          <Option key={u.code} value={u.code} text={u.name}>
            <span className={styles.option}>
              <span>{u.name}</span>
              <Caption1 className={styles.code}>{u.code}</Caption1>
            </span>
          </Option>
        ))}
        {shown.length === 0 && (
          <Option disabled value="" text={t.template.noUnitFound}>
            {t.template.noUnitFound}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
