import {
  Button,
  Caption1,
  Field,
  ProgressBar,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useT } from '../i18n';
import type { FileEntry } from '../hooks/use-consolidation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '180px',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  row: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  name: { overflowWrap: 'anywhere', minWidth: 0 },
  state: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * The overall progress, and while reading each file's state and a Cancel button. Afterwards the
 * verdict table tells what became of each file, so the list folds away.
 */
export function ProgressList({
  files,
  reading,
  onCancel,
}: {
  files: readonly FileEntry[];
  reading: boolean;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const t = useT();
  if (files.length === 0) return null;
  const done = files.filter((f) => f.state === 'read' || f.state === 'failed').length;
  return (
    <div className={styles.root}>
      <Field
        label={t.consolidate.progressLabel}
        validationMessage={t.consolidate.progress(done, files.length)}
        validationState="none"
      >
        <ProgressBar value={done} max={files.length} thickness="large" />
      </Field>
      {reading && (
        // Scrollable, so it must be reachable by keyboard (tabIndex) to be scrolled without a mouse.
        <ul className={styles.list} tabIndex={0} aria-label={t.consolidate.progressLabel}>
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`} className={styles.row}>
              <span className={styles.name}>{f.name}</span>
              <Caption1 className={mergeClasses(styles.state, f.state === 'failed' && styles.failed)}>
                {f.state === 'read' && f.reports !== undefined && f.reports !== 1
                  ? t.consolidate.reports(f.reports)
                  : t.fileState[f.state]}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {reading && (
        <Button icon={<DismissRegular />} onClick={onCancel}>
          {t.consolidate.cancel}
        </Button>
      )}
    </div>
  );
}
