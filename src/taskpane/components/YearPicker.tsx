import { Dropdown, Field, Option } from '@fluentui/react-components';

/*
 * inlinePopup: the listbox renders in place, right after its field in the DOM, so it scrolls with
 * the narrow pane and screen readers meet it where the field is.
 */
/** A year from a short list; the label says which year it is (reporting, consolidation). */
export function YearPicker({
  label,
  years,
  value,
  onChange,
}: {
  label: string;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}) {
  return (
    <Field label={label}>
      <Dropdown
        inlinePopup
        value={String(value)}
        selectedOptions={[String(value)]}
        onOptionSelect={(_, data) => {
          const y = Number(data.optionValue);
          if (Number.isInteger(y)) onChange(y);
        }}
      >
        {years.map((y) => (
          <Option key={y} value={String(y)}>
            {String(y)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
