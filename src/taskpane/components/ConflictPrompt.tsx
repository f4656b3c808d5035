import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n';

/**
 * Asks what to do when the sheet to create already exists. Nothing is written until the user
 * picks one of the two: a sheet under a new name (the safe default, focused first) or replacing
 * the old sheet.
 */
export function ConflictPrompt({
  sheet,
  onNewName,
  onReplace,
  onCancel,
}: {
  sheet: string;
  onNewName: () => void;
  onReplace: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const first = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the choice at once.
  useEffect(() => first.current?.focus(), []);
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={t.template.conflictTitle}>
      <MessageBarBody>
        <MessageBarTitle>{t.template.conflictTitle}</MessageBarTitle> {t.template.conflict(sheet)}
      </MessageBarBody>
      <MessageBarActions>
        <Button ref={first} appearance="primary" size="small" onClick={onNewName}>
          {t.template.newName}
        </Button>
        <Button size="small" onClick={onReplace}>
          {t.template.replace}
        </Button>
        <Button size="small" appearance="subtle" onClick={onCancel}>
          {t.common.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
