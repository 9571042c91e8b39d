import { stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CellValue, WorkbookSource } from '../../core/read/workbook';
import { toCoreCell } from './cell-value';

/** Why a file cannot be read as a workbook; the command line turns it into one clear line. */
export class UnusableFileError extends Error {
  constructor(
    readonly reason: 'missing' | 'not_xlsx' | 'not_korgoo',
    readonly path: string,
  ) {
    super(reason);
  }
}

export type Progress = (sheetName: string, rows: number) => void;

const PROGRESS_EVERY = 10_000;

/**
 * Reads every sheet of an .xlsx file into memory as plain values, streaming the file so that
 * a workbook of 200,000 rows stays within a few hundred MB.
 */
export async function readXlsx(path: string, progress?: Progress): Promise<WorkbookSource> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new UnusableFileError('missing', path);
  const sheets = new Map<string, CellValue[][]>();
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name ?? `Sheet${sheets.size + 1}`;
      const rows: CellValue[][] = [];
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: CellValue[] = [];
        for (let c = 1; c < values.length; c++) cells.push(toCoreCell(values[c]));
        rows[row.number - 1] = cells;
        if (progress && row.number % PROGRESS_EVERY === 0) progress(name, row.number);
      }
      // Rows that are missing from the file are empty rows of the sheet.
      for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
      sheets.set(name, rows);
      progress?.(name, rows.length);
    }
  } catch (error) {
    if (error instanceof UnusableFileError) throw error;
    throw new UnusableFileError('not_xlsx', path);
  }
  return {
    sheetNames: () => [...sheets.keys()],
    values: (name) => sheets.get(name) ?? [],
  };
}
