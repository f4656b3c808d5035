import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  Option,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Unit } from '../../core/settings/settings-types';
import { sortVi } from '../../core/text';
import type { Text } from '../../core/types';
import { useI18n } from '../i18n';
import {
  UNIT_FLAGS,
  keepSpans,
  unitFromForm,
  unitToForm,
  type UnitForm,
  type UnitFormField,
} from '../services/unit-form';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  years: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    '> *': { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  },
});

const KINDS: Unit['kind'][] = ['dang-bo-co-so', 'chi-bo-co-so'];

/** Adds or edits one unit; nothing changes until OK, and OK checks the fields first. */
export function UnitDialog({
  unit,
  units,
  onSave,
  onClose,
}: {
  /** The unit to edit; undefined to add one. */
  unit: Unit | undefined;
  units: readonly Unit[];
  onSave: (unit: Unit) => void;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  const [form, setForm] = useState<UnitForm>(() => unitToForm(unit));
  const [errors, setErrors] = useState<Partial<Record<UnitFormField, Text>>>({});
  const others = units.filter((u) => u.code !== unit?.code);
  const set = <K extends keyof UnitForm>(key: K, value: UnitForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const msg = (field: UnitFormField) => {
    const e = errors[field];
    return e ? { validationState: 'error' as const, validationMessage: e[lang] } : {};
  };
  const mergedLabel = (code: string) =>
    code === '' ? t.unitDialog.mergedNone : `${code} – ${others.find((u) => u.code === code)?.name ?? ''}`;

  const submit = () => {
    const result = unitFromForm(form, others);
    setErrors(result.errors);
    if (result.unit) onSave(keepSpans(result.unit, unit));
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{unit ? t.unitDialog.editTitle : t.unitDialog.addTitle}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field label={t.unitDialog.code} required {...msg('code')}>
                <Input value={form.code} onChange={(_, d) => set('code', d.value)} />
              </Field>
              <Field label={t.unitDialog.name} required {...msg('name')}>
                <Input value={form.name} onChange={(_, d) => set('name', d.value)} />
              </Field>
              <Field label={t.unitDialog.kind}>
                <Dropdown
                  inlinePopup
                  value={t.unitKinds[form.kind]}
                  selectedOptions={[form.kind]}
                  onOptionSelect={(_, d) => {
                    const kind = KINDS.find((k) => k === d.optionValue);
                    if (kind) set('kind', kind);
                  }}
                >
                  {KINDS.map((k) => (
                    <Option key={k} value={k}>
                      {t.unitKinds[k]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              {UNIT_FLAGS.map((flag) => (
                <Checkbox
                  key={flag}
                  label={t.unitDialog.flags[flag]}
                  checked={form[flag]}
                  onChange={(_, d) => set(flag, d.checked === true)}
                />
              ))}
              <Field label={t.unitDialog.from} hint={t.unitDialog.yearHint} {...msg('from')}>
                <Input inputMode="numeric" value={form.from} onChange={(_, d) => set('from', d.value)} />
              </Field>
              <Field label={t.unitDialog.to} hint={t.unitDialog.yearHint} {...msg('to')}>
                <Input inputMode="numeric" value={form.to} onChange={(_, d) => set('to', d.value)} />
              </Field>
              <Field label={t.unitDialog.aliases}>
                <Textarea
                  value={form.aliases}
                  resize="vertical"
                  onChange={(_, d) => set('aliases', d.value)}
                />
              </Field>
              <Field label={t.unitDialog.mergedInto} {...msg('mergedInto')}>
                <Dropdown
                  inlinePopup
                  value={mergedLabel(form.mergedInto)}
                  selectedOptions={[form.mergedInto]}
                  onOptionSelect={(_, d) => set('mergedInto', d.optionValue ?? '')}
                >
                  <Option value="">{t.unitDialog.mergedNone}</Option>
                  {sortVi(others, (u) => u.name).map((u) => (
                    <Option key={u.code} value={u.code} text={mergedLabel(u.code)}>
                      {mergedLabel(u.code)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary">
                {t.unitDialog.ok}
              </Button>
              <Button onClick={onClose}>{t.common.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
