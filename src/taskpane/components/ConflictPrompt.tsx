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
  texts,
}: {
  sheet: string;
  onNewName: () => void;
  onReplace: () => void;
  onCancel: () => void;
  /** The words of another panel's conflict (the Tổng hợp panel's locked consolidation). */
  texts?: { title: string; message: (sheet: string) => string; newName: string; replace: string };
}) {
  const t = useT();
  const words = texts ?? {
    title: t.template.conflictTitle,
    message: t.template.conflict,
    newName: t.template.newName,
    replace: t.template.replace,
  };
  const first = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the choice at once.
  useEffect(() => first.current?.focus(), []);
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={words.title}>
      <MessageBarBody>
        <MessageBarTitle>{words.title}</MessageBarTitle> {words.message(sheet)}
      </MessageBarBody>
      <MessageBarActions>
        <Button ref={first} appearance="primary" size="small" onClick={onNewName}>
          {words.newName}
        </Button>
        <Button size="small" onClick={onReplace}>
          {words.replace}
        </Button>
        <Button size="small" appearance="subtle" onClick={onCancel}>
          {t.common.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
