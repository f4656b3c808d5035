import { useCallback } from 'react';
import type { Lang } from '../../core/types';
import { useI18n } from '../i18n';
import { usePane } from './use-pane';

/** The interface language, changed in one place: the interface at once, and the stored settings. */
export function useLanguage(): { lang: Lang; changeLang(lang: Lang): void } {
  const { lang, setLang } = useI18n();
  const { setSettingsLang } = usePane();
  const changeLang = useCallback(
    (next: Lang) => {
      setLang(next);
      setSettingsLang(next);
    },
    [setLang, setSettingsLang],
  );
  return { lang, changeLang };
}
