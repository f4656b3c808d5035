/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { batchInput } from '../../../test/consolidation/batch-fixture';
import { renderFilePane, renderPane } from '../../../test/taskpane/render-pane';
import { consolidate } from '../../core/consolidate/consolidate';
import { consolidationSheets } from '../../core/summary/consolidation-sheets';
import { sha256OfText } from '../../core/verify/sha256';
import { writeXlsx } from '../../xlsx/write-xlsx';

/** A consolidated workbook made from two files, "a.xlsx" and "b.xlsx" (their bytes: their letters). */
async function lockedWorkbook(): Promise<File> {
  const input = batchInput();
  const files = ['a', 'b'].map((x) => ({
    name: `${x}.xlsx`,
    kind: 'file' as const,
    sha256: sha256OfText(x),
  }));
  const c = consolidate({ ...input, files });
  const bytes = await writeXlsx(consolidationSheets(c, input.plan, input.settings, 'vi'));
  return new File([bytes as Uint8Array<ArrayBuffer>], 'tong-hop-2025.xlsx');
}

const file = (name: string, text: string): File => new File([text], name);

/** Chooses files in the file input labelled `label`. */
const choose = (label: string, files: File[]) =>
  fireEvent.change(screen.getByLabelText(label), { target: { files } });

describe('Đối chiếu in file mode', () => {
  const cases: [string, File[], RegExp, string[]][] = [
    ['the same files', [file('a.xlsx', 'a'), file('b.xlsx', 'b')], /^Không thay đổi: 2 tệp/, []],
    ['one changed', [file('a.xlsx', 'a'), file('b.xlsx', 'B')], /^Đã thay đổi/, ['Đã sửa: “b.xlsx”']],
    ['one missing', [file('a.xlsx', 'a')], /^Đã thay đổi/, ['Thiếu: “b.xlsx”']],
    [
      'one added',
      [file('a.xlsx', 'a'), file('b.xlsx', 'b'), file('c.xlsx', 'c')],
      /^Đã thay đổi/,
      ['Thêm mới: “c.xlsx”'],
    ],
  ];

  // One pane for every case: reading the workbook in jsdom is slow, and each case reads it again.
  it(`says what became of the batch: ${cases.map((c) => c[0]).join(', ')}`, async () => {
    const { container } = renderFilePane();
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    await screen.findByText('Đối chiếu (chốt số liệu)');
    const pick = container.querySelector('input[type="file"][aria-hidden="true"]') as HTMLInputElement;
    fireEvent.change(pick, { target: { files: [await lockedWorkbook()] } });
    await screen.findByText('Bản tổng hợp: tong-hop-2025.xlsx');
    for (const [, files, headline, lines] of cases) {
      choose('Chọn các tệp báo cáo để đối chiếu', files);
      await screen.findByText(headline, undefined, { timeout: 60_000 });
      for (const line of lines) screen.getByText(line);
      // The next case starts from a cleared outcome.
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Chọn các tệp báo cáo để đối chiếu' })).toHaveProperty(
          'disabled',
          false,
        ),
      );
    }
  }, 300_000);
});

describe('Đối chiếu inside Excel', () => {
  it('says when the open workbook holds no consolidation', async () => {
    renderPane();
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    choose('Chọn các tệp báo cáo để đối chiếu', [file('a.xlsx', 'a')]);
    await screen.findByText(/không phải bản tổng hợp do phần mềm lập/);
  });
});
