import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import type { Outcome } from '../services/outcome';

const MAX_DETAILS = 8;

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { marginTop: tokens.spacingVerticalXXS },
});

/** The result of the last action: one sentence, then the findings behind it (at most a few). */
export function OutcomeBar({ outcome }: { outcome: Outcome | undefined }) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  if (!outcome) return null;
  const shown = outcome.details.slice(0, MAX_DETAILS);
  const more = outcome.details.length - shown.length;
  return (
    <MessageBar
      intent={outcome.intent}
      layout="multiline"
      role={outcome.intent === 'error' ? 'alert' : 'status'}
    >
      <MessageBarBody>
        {outcome.message[lang]}
        {shown.length > 0 && (
          <ul className={styles.list}>
            {shown.map((f, i) => (
              <li key={i} className={styles.item}>
                {f.message[lang]}
              </li>
            ))}
            {more > 0 && <li className={styles.item}>{t.common.moreDetails(more)}</li>}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
