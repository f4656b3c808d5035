import { Field, Radio, RadioGroup, Switch } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { useT } from '../i18n';

/**
 * The interface language: a switch in the header ("English" on or off), or a choice of the two in
 * the Settings panel. Both call the same `onChange`.
 */
export function LanguageSwitch({
  lang,
  onChange,
  variant,
  className,
}: {
  lang: Lang;
  onChange: (lang: Lang) => void;
  variant: 'switch' | 'radio';
  className?: string;
}) {
  const t = useT();
  if (variant === 'switch') {
    return (
      <Switch
        className={className}
        label={t.language.switchLabel}
        title={t.language.switchHint}
        checked={lang === 'en'}
        onChange={(_, data) => onChange(data.checked ? 'en' : 'vi')}
      />
    );
  }
  return (
    <Field label={t.language.label} className={className}>
      <RadioGroup value={lang} onChange={(_, d) => onChange(d.value === 'en' ? 'en' : 'vi')}>
        <Radio value="vi" label={t.language.vi} lang="vi" />
        <Radio value="en" label={t.language.en} lang="en" />
      </RadioGroup>
    </Field>
  );
}
