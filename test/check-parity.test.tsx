/** @jest-environment jsdom */
/**
 * One check (issue 12): `baocao validate FILE` and the Kiểm tra panel (file mode) show the same
 * findings and the same milestone rows for every fixture in test/fixtures, because both run the
 * core's one check (core/check) on what the core's one intake read. The CLI runs once over all
 * fixtures; the panel is given each file as a person would pick it, and every sheet of a file
 * with several reports is chosen in turn.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { TextDecoder, TextEncoder } from 'node:util';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { BAD_FIXTURES_DIR, listBadFixtures } from './bad-input/fixtures';
import { blockOf, runCli, type CliRun } from './cli/run-cli';
import { renderFilePane } from './taskpane/render-pane';

// jsdom lacks what a browser has and the byte inspection uses.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const AS_OF = '2025-12-31';
const fixtures = listBadFixtures();

/** What a person reads in one sheet's part of `validate`'s listing. */
interface Shown {
  findings: string[];
  milestones: string[];
}

const FINDING = /^\s+(?:Lỗi|Cảnh báo|Thông tin) \([A-Z_.]+\)(?:, ô [A-Z]+\d+)?: (.*)$/;
const MILESTONE = /^\s+Mốc: (.*)\.$/;
const SHEET = /^\s{2}Trang tính “([^”]*)”/;

/** The CLI's listing of one file, per sheet ('' for what is said of the file as a whole). */
function cliShown(block: string): Map<string, Shown> {
  const out = new Map<string, Shown>([['', { findings: [], milestones: [] }]]);
  let current = out.get('')!;
  for (const line of block.split('\n')) {
    const sheet = SHEET.exec(line);
    if (sheet) {
      current = { findings: [], milestones: [] };
      out.set(sheet[1] ?? '', current);
      continue;
    }
    const f = FINDING.exec(line);
    if (f) current.findings.push(f[1] ?? '');
    const m = MILESTONE.exec(line);
    if (m) current.milestones.push(m[1] ?? '');
  }
  return out;
}

/** The panel's text, whitespace folded, for containment checks. */
const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

let cli: CliRun;
beforeAll(async () => {
  // From the fixtures' folder, so the CLI names each file as the panel does (its bare name).
  cli = await runCli(['validate', '--as-of', AS_OF, ...fixtures.map((f) => f.file)], BAD_FIXTURES_DIR);
}, 120_000);

async function pick(panel: HTMLElement, name: string, bytes: Uint8Array): Promise<void> {
  // The panel is a chunk of its own: wait until it is there.
  const input = await waitFor(() => {
    const found = panel.querySelector('input[type=file]');
    if (!found) throw new Error('no file input yet');
    return found as HTMLInputElement;
  });
  const file = new File([bytes.slice().buffer as ArrayBuffer], name);
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

describe('baocao validate and the Kiểm tra panel show the same check', () => {
  it('reads every fixture in the CLI run', () => {
    for (const f of fixtures) expect(blockOf(cli.stdout, f.file)).not.toBe('');
    // The comparison has something to compare: a valid report lists findings and milestones.
    const valid = cliShown(blockOf(cli.stdout, 'valid.xlsx')).get('Báo cáo 2025');
    expect(valid?.milestones.length).toBeGreaterThan(3);
    const future = cliShown(blockOf(cli.stdout, 'future-dated.xlsx')).get('Báo cáo 2025');
    expect(future?.findings.length).toBeGreaterThan(0);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s', async (_name, fixture) => {
    const shown = cliShown(blockOf(cli.stdout, fixture.file));
    const { unmount } = renderFilePane({ today: AS_OF });
    try {
      fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
      const panel = await screen.findByRole('tabpanel', { name: 'Kiểm tra' });
      await pick(panel, basename(fixture.path), new Uint8Array(readFileSync(fixture.path)));
      await waitFor(() => expect(within(panel).queryByText('Đang xử lý…')).toBeNull());
      const sheets = [...shown.keys()].filter((s) => s !== '');
      const whole = shown.get('')!;
      if (sheets.length === 0) {
        // Nothing to check: the panel says why, with the CLI's findings.
        const text = fold(panel.textContent ?? '');
        for (const m of whole.findings) expect(text).toContain(fold(m));
        return;
      }
      for (const [i, sheet] of sheets.entries()) {
        if (i > 0) {
          fireEvent.click(within(panel).getByRole('combobox', { name: 'Trang báo cáo' }));
          fireEvent.click(await screen.findByRole('option', { name: sheet }));
        }
        const expected = shown.get(sheet)!;
        await waitFor(() => {
          const text = fold(panel.textContent ?? '');
          for (const m of [...whole.findings, ...expected.findings]) expect(text).toContain(fold(m));
        });
        const items = (region: string) => {
          const found = screen.queryByRole('region', { name: region });
          return found ? within(found).queryAllByRole('listitem') : [];
        };
        const milestoneItems = items('Các mốc thời gian');
        expect(milestoneItems).toHaveLength(expected.milestones.length);
        expect(items('Kết quả kiểm tra')).toHaveLength(whole.findings.length + expected.findings.length);
        // "<label>: <status>, hạn [giả định] <due>[, xong <done>]" in the CLI, the same parts in the panel.
        expected.milestones.forEach((line, k) => {
          const text = fold(milestoneItems[k]?.textContent ?? '');
          for (const part of line.split(/: |, /)) expect(text).toContain(fold(part.replace(/^hạn /, 'Hạn ')));
        });
      }
    } finally {
      unmount();
    }
  });
});
