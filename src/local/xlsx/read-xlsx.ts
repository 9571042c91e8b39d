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

/** What exceljs's streaming reader knows of the workbook once the whole file has gone by. */
interface ReaderModel {
  readonly model?: { sheets?: readonly { name: string; rId: string }[] };
  readonly workbookRels?: readonly { Id: string; Target: string }[];
}

/**
 * The sheet names of a streamed file, by the worksheet's number in the zip. A file may hold
 * xl/workbook.xml (the names) after the sheets; null when the reader never reached it.
 */
function sheetNamesOf(reader: ReaderModel, emitted: number): Map<string, string> | null {
  const sheets = reader.model?.sheets;
  const rels = reader.workbookRels;
  if (!sheets || !rels || sheets.length !== emitted) return null;
  const names = new Map<string, string>();
  for (const sheet of sheets) {
    const target = rels.find((rel) => rel.Id === sheet.rId)?.Target;
    const number = target ? /sheet(\d+)\.xml$/.exec(target)?.[1] : undefined;
    if (number === undefined) return null;
    names.set(number, sheet.name);
  }
  return names;
}

type Sheets = Map<string, CellValue[][]>;

function rowsOf(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: CellValue[] = [];
    for (let c = 1; c < values.length; c++) cells.push(toCoreCell(values[c]));
    rows[number - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  return rows;
}

/** Streams the file: a workbook of 200,000 rows stays within a few hundred MB. */
async function readStreaming(path: string, progress?: Progress): Promise<Sheets | null> {
  const byNumber = new Map<string, CellValue[][]>();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const worksheet of reader) {
    const number = String((worksheet as unknown as { id: string | number }).id);
    const label = (worksheet as unknown as { name?: string }).name ?? number;
    const rows: CellValue[][] = [];
    for await (const row of worksheet) {
      const values = row.values as ExcelJS.CellValue[];
      const cells: CellValue[] = [];
      for (let c = 1; c < values.length; c++) cells.push(toCoreCell(values[c]));
      rows[row.number - 1] = cells;
      if (progress && row.number % PROGRESS_EVERY === 0) progress(label, row.number);
    }
    // Rows that are missing from the file are empty rows of the sheet.
    for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
    byNumber.set(number, rows);
  }
  const names = sheetNamesOf(reader as unknown as ReaderModel, byNumber.size);
  if (!names) return null;
  const sheets: Sheets = new Map();
  for (const [number, rows] of byNumber) sheets.set(names.get(number) ?? number, rows);
  return sheets;
}

/** Reads the whole file at once: more memory, but it never loses a sheet. */
async function readWhole(path: string): Promise<Sheets> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return new Map(workbook.worksheets.map((worksheet) => [worksheet.name, rowsOf(worksheet)]));
}

/**
 * Files above this size are streamed (a whole read of 160,000 rows takes over 1 GB); smaller
 * ones, every real committee workbook, are read whole, which is the reader exceljs trusts most.
 */
const STREAM_ABOVE_BYTES = 4 * 1024 * 1024;

/**
 * Reads every sheet of an .xlsx file into memory as plain values. A large file is streamed;
 * where the stream could not account for every sheet the workbook lists (exceljs's streaming
 * reader sometimes stops before xl/workbook.xml) or failed, the file is read again whole
 * rather than lose a sheet.
 */
export async function readXlsx(
  path: string,
  progress?: Progress,
  streamAboveBytes: number = STREAM_ABOVE_BYTES,
): Promise<WorkbookSource> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new UnusableFileError('missing', path);
  let sheets: Sheets | null = null;
  if (info.size > streamAboveBytes) sheets = await readStreaming(path, progress).catch(() => null);
  try {
    sheets ??= await readWhole(path);
  } catch {
    throw new UnusableFileError('not_xlsx', path);
  }
  for (const [name, rows] of sheets) progress?.(name, rows.length);
  const read = sheets;
  return {
    sheetNames: () => [...read.keys()],
    values: (name) => read.get(name) ?? [],
  };
}
