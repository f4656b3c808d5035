import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Text } from '../../core/types';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  note: { color: tokens.colorPaletteDarkOrangeForeground1, display: 'block' },
});

/** Why the button above is disabled: the Excel version that has the feature. */
export function FeatureNote({ id, missing }: { id: string; missing: Text | undefined }) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  if (!missing) return null;
  return (
    <Caption1 id={id} className={styles.note}>
      {t.features.disabled} {missing[lang]}
    </Caption1>
  );
}
