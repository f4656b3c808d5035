import {
  createContext,
  createElement,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Lang, Text } from '../../core/types';
import { en } from './en';
import { vi, type Catalogue } from './vi';

export type { Catalogue };

const catalogues: Record<Lang, Catalogue> = { vi, en };

/** The interface text for a language. */
export function t(lang: Lang): Catalogue {
  return catalogues[lang];
}

/** Picks a core `Text` ({vi, en}) in the interface language. */
export function localize(text: Text, lang: Lang): string {
  return text[lang];
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The catalogue of the current language. */
  t: Catalogue;
}

const I18nContext = createContext<I18n | null>(null);

/** Holds the interface language for the task pane and keeps `<html lang>` and the title in step. */
export function I18nProvider({ initialLang = 'vi', children }: { initialLang?: Lang; children?: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: t(lang) }), [lang]);
  useEffect(() => {
    // Screen readers and hyphenation follow the document language.
    document.documentElement.lang = lang;
    document.title = t(lang).app.title;
  }, [lang]);
  return createElement(I18nContext.Provider, { value }, children);
}

/** The current language, its setter and its catalogue; must be used under `I18nProvider`. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>.');
  return value;
}

/** The catalogue of the current language. */
export function useT(): Catalogue {
  return useI18n().t;
}
