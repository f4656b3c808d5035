import { orgNamesOn } from '../../core/settings/org-names';
import { useCallback } from 'react';
import type { SheetSpec } from '../../core/sheet/sheet-spec';
import { JSON_MIME, XLSX_MIME } from '../services/workbook-port';
import { usePane } from './use-pane';

export interface FileDownload {
  /** Writes the sheets to an .xlsx file (the file writer, loaded on first use) and offers it for download. */
  downloadSheets(specs: readonly SheetSpec[], fileName: string): Promise<void>;
  downloadJson(data: unknown, fileName: string): void;
}

export function useFileDownload(): FileDownload {
  const { port, settings } = usePane();
  // The file's author: the consolidating office under its name of the as-of date.
  const creator = orgNamesOn(settings.org, settings.asOf).consolidatingOffice;
  const downloadSheets = useCallback(
    async (specs: readonly SheetSpec[], fileName: string) => {
      // A separate chunk: most sessions never write a file.
      const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/write-xlsx');
      const bytes = await writeXlsx([...specs], { creator });
      port.download(bytes, fileName, XLSX_MIME);
    },
    [port, creator],
  );
  const downloadJson = useCallback(
    (data: unknown, fileName: string) =>
      port.download(`${JSON.stringify(data, null, 2)}\n`, fileName, JSON_MIME),
    [port],
  );
  return { downloadSheets, downloadJson };
}
