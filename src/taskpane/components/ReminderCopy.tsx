import { Button, Caption1, Textarea, makeStyles } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useMemo, useRef, useState } from 'react';
import type { Consolidation } from '../../core/consolidate/consolidate-types';
import { reminderText } from '../../core/summary/reminder-list';
import { useI18n } from '../i18n';
import { copyText } from '../services/copy-text';
import { PanelSection } from './PanelSection';

const useStyles = makeStyles({
  text: { fontFamily: 'inherit' },
  copy: { alignSelf: 'flex-start' },
});

/**
 * The reminder list (units not reported, reports to complete or correct, with their cells) as text
 * to copy into a message: the same list as the output's "Đôn đốc báo cáo" sheet (core/summary).
 */
export function ReminderCopy({ consolidation }: { consolidation: Consolidation }) {
  const styles = useStyles();
  const { lang, t } = useI18n();
  const text = useMemo(() => reminderText(consolidation, lang), [consolidation, lang]);
  const area = useRef<HTMLTextAreaElement>(null);
  // What the last Copy did, for the text it copied: a new list clears the status.
  const [copied, setCopied] = useState<{ text: string; ok: boolean } | undefined>();

  async function copy() {
    const ok = await copyText(text);
    // Refused by the browser: the text is selected, so Ctrl+C copies it.
    if (!ok) area.current?.select();
    setCopied({ text, ok });
  }

  return (
    <PanelSection title={t.consolidate.reminderHeading} intro={t.consolidate.reminderIntro}>
      <Textarea
        ref={area}
        className={styles.text}
        aria-label={t.consolidate.reminderHeading}
        value={text}
        readOnly
        rows={8}
        resize="vertical"
      />
      <Button className={styles.copy} icon={<CopyRegular />} onClick={() => void copy()}>
        {t.consolidate.copyReminders}
      </Button>
      {copied?.text === text && (
        <Caption1 role="status">{copied.ok ? t.consolidate.copied : t.consolidate.copySelected}</Caption1>
      )}
    </PanelSection>
  );
}
