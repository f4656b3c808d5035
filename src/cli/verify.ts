/**
 * `baocao verify TỔNG_HỢP.xlsx TỆP...|THƯ_MỤC`: whether the files are exactly the set a
 * consolidated workbook was made from. Reads the verification record from the workbook ("Nguồn"),
 * selects the files as `consolidate` does (cli-files.ts), hashes each, and compares in the core
 * (compareBatch): "Không thay đổi" or each file changed, missing or added.
 */
import { basename } from 'node:path';
import { compareBatch, type PresentFile } from '../core/verify/compare-batch';
import { readRecord } from '../core/verify/record-cells';
import { comparisonText, damagedRecord, noRecord } from '../core/verify/verify-messages';
import { readWorkbookFile } from '../xlsx/read-workbook-file';
import type { CliContext } from './cli-context';
import {
  displayPath,
  expandInputs,
  printInputNotes,
  readRegularFile,
  realOrResolved,
  resolvePath,
} from './cli-files';
import { EXIT, parseCommand } from './cli-options';
import { hashFile } from './hash-file';
import { loadSettings, reason } from './load-settings';
import { findingLine } from './print-findings';

const OPTIONS = {} as const;

export async function verifyCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommand('verify', argv, OPTIONS, ctx);
  const usage = (line?: string): number => {
    if (line) ctx.error(line);
    ctx.error(ctx.m.usage.helpHint('verify'));
    return EXIT.usage;
  };
  if (!args) return usage();
  if (args.values.help) {
    ctx.always(ctx.m.help.verify);
    return EXIT.ok;
  }
  const [workbookArg, ...inputArgs] = args.positionals;
  if (workbookArg === undefined || inputArgs.length === 0) return usage(ctx.m.usage.noInputs('verify'));
  if (!workbookArg.toLowerCase().endsWith('.xlsx')) return usage(ctx.m.verify.notXlsx(workbookArg));
  const settings = await loadSettings(ctx, args.values.config, undefined);
  if (!settings) return EXIT.usage;

  // The consolidated workbook and its record.
  const workbookPath = resolvePath(ctx, workbookArg);
  const shown = displayPath(ctx, workbookPath);
  let bytes: Uint8Array;
  try {
    const read = readRegularFile(workbookPath, settings.limits.maxFileBytes);
    if (!read.ok)
      return usage(
        ctx.m.files.unreadable(shown, read.kind === 'too-large' ? 'too large' : 'not a regular file'),
      );
    bytes = read.bytes;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return usage(
      code === 'ENOENT' ? ctx.m.files.notFound(workbookArg) : ctx.m.files.unreadable(shown, reason(e)),
    );
  }
  const workbook = await readWorkbookFile(bytes, shown, settings.limits);
  if (!workbook.ok) {
    for (const f of workbook.error) ctx.error(findingLine(ctx, f));
    return EXIT.usage;
  }
  const found = readRecord(workbook.value);
  if (found.kind === 'none') return usage(ctx.t(noRecord(shown, found.consolidation)));
  if (found.kind === 'damaged') {
    ctx.error(ctx.t(damagedRecord(shown, found.sheet)));
    return EXIT.reportErrors;
  }
  const record = found.record;

  // The files, chosen as `consolidate` chooses them; the workbook itself is never one of them.
  const inputs = await expandInputs(ctx, inputArgs);
  if (inputs.missing.length > 0) {
    for (const m of inputs.missing) ctx.error(ctx.m.files.notFound(m));
    return EXIT.usage;
  }
  for (const dir of inputs.emptyDirs) ctx.error(ctx.m.files.emptyDir(dir));
  ctx.out(ctx.m.verify.header(shown, record.year, record.fingerprint));
  printInputNotes(ctx, inputs);
  const self = await realOrResolved(workbookPath);
  const present: PresentFile[] = [];
  for (const path of inputs.files) {
    if ((await realOrResolved(path)) === self) {
      ctx.out(ctx.m.verify.selfSkipped(displayPath(ctx, path)));
      continue;
    }
    const sha256 = await hashFile(path);
    if (sha256 === null) {
      ctx.error(ctx.m.files.unreadable(displayPath(ctx, path), 'read failed'));
      return EXIT.usage;
    }
    present.push({ name: basename(path), sha256 });
  }

  const result = compareBatch(record, present);
  const text = comparisonText(result);
  ctx.always(ctx.t(text.headline));
  for (const line of text.lines) ctx.always(`  ${ctx.t(line)}`);
  return result.unchanged ? EXIT.ok : EXIT.reportErrors;
}
