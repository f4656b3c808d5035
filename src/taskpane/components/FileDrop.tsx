import { Button, Caption1, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
  },
  over: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: { display: 'none' },
});

/**
 * Choosing files: a button (keyboard and screen readers) that opens the file dialog, inside a zone
 * files can be dropped on. `multiple` for a batch; `accept` filters the dialog only: a dropped file
 * of another type is still passed on, and the reader says what is wrong with it.
 */
export function FileDrop({
  label,
  hint,
  multiple = false,
  accept = '.xlsx',
  disabled = false,
  buttonText,
  onFiles,
}: {
  label: string;
  hint?: string;
  multiple?: boolean;
  accept?: string;
  disabled?: boolean;
  buttonText?: string;
  onFiles: (files: File[]) => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) take(e.dataTransfer.files);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {hint && <Caption1>{hint}</Caption1>}
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-label={label}
        disabled={disabled}
        onChange={(e) => {
          take(e.target.files);
          // The same file chosen again (after editing it) must fire a change.
          e.target.value = '';
        }}
      />
      <Button icon={<FolderOpenRegular />} disabled={disabled} onClick={() => input.current?.click()}>
        {buttonText ?? label}
      </Button>
    </div>
  );
}
