import type { Text } from '../../core/types';
import { en } from '../i18n/en';
import type { Catalogue } from '../i18n/vi';
import { vi } from '../i18n/vi';

/**
 * A catalogue entry in both languages, as a core `Text`: for the task pane's own findings, which
 * travel like the core's (a Finding carries both languages and is shown in the current one).
 */
export function textOf(pick: (c: Catalogue) => string): Text {
  return { vi: pick(vi), en: pick(en) };
}
