/**
 * The settings a command runs with: the plan's defaults as of today, then the --config file
 * (validated with parseSettings, the same schema the add-in uses), then --as-of. So the as-of
 * date is --as-of if given, else the config file's, else today; the language is always --lang.
 */
import { types } from 'node:util';
import { parseSettings } from '../core/settings/settings-schema';
import type { Settings } from '../core/settings/settings-types';
import type { IsoDate } from '../core/types';
import { defaultSettings } from '../plans/de-an-04/default-settings';
import { deAn04 } from '../plans/de-an-04/plan';
import type { CliContext } from './cli-context';
import { displayPath, readRegularFile, resolvePath } from './cli-files';

/**
 * A settings file holds the unit list and a few values: a few hundred KB at most. Anything
 * larger is not ours and is refused before it is read.
 */
export const MAX_CONFIG_BYTES = 5 * 1024 * 1024;

export async function loadSettings(
  ctx: CliContext,
  configPath: string | undefined,
  asOf: IsoDate | undefined,
): Promise<Settings | undefined> {
  let settings = defaultSettings(ctx.today());
  if (configPath !== undefined) {
    const path = resolvePath(ctx, configPath);
    const shown = displayPath(ctx, path);
    let text: string;
    try {
      const read = readRegularFile(path, MAX_CONFIG_BYTES);
      if (!read.ok) {
        ctx.error(
          read.kind === 'too-large'
            ? ctx.m.config.tooLarge(shown, read.size, MAX_CONFIG_BYTES)
            : ctx.m.files.setAside(shown, 'special'),
        );
        return undefined;
      }
      text = new TextDecoder().decode(read.bytes);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      ctx.error(code === 'ENOENT' ? ctx.m.config.notFound(shown) : ctx.m.config.unreadable(shown, reason(e)));
      return undefined;
    }
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      ctx.error(ctx.m.config.notJson(shown, reason(e)));
      return undefined;
    }
    const parsed = parseSettings(data, settings, deAn04);
    if (!parsed.ok) {
      ctx.error(ctx.m.config.invalid(shown, parsed.error.length));
      for (const f of parsed.error) ctx.error(`  - ${ctx.t(f.message)}`);
      return undefined;
    }
    settings = parsed.value;
  }
  return { ...settings, lang: ctx.lang, ...(asOf !== undefined ? { asOf } : {}) };
}

/** An error's message; `isNativeError` also knows errors made in another realm (a test sandbox). */
export function reason(e: unknown): string {
  return e instanceof Error || types.isNativeError(e) ? e.message : String(e);
}
