import { stat } from 'node:fs/promises';
import { sheetKeyOfName } from '../../core/read/locate';
import type { CellValue, WorkbookSource } from '../../core/read/workbook';
import { APPROVAL_SHEETS, DATA_SHEETS, type SheetKey } from '../../core/schema/sheets';
import { fileKind } from './read/file-kind';
import { readDateStyles, readSharedStrings, readWorkbookPart, workbookPartOf } from './read/parts';
import { readSheetPart, type SheetValues } from './read/sheet';
import { openZip, type ZipParts } from './read/zip';
import { UnusableFileError, UnusablePartError } from './unusable';

export { UnusableFileError } from './unusable';

export type Progress = (sheetName: string, rows: number) => void;

/**
 * Cells Korgoo holds at most (about 250,000 events with every other sheet): beyond that the
 * file is refused with one line rather than run the computer out of memory.
 */
export const MAX_CELLS = 5_000_000;

/**
 * The sheets Korgoo reads: its data, the month close's (DESIGN §9), and the returns and sources
 * a roll-up reads (§11).
 */
const READ_SHEETS: readonly SheetKey[] = [
  ...DATA_SHEETS,
  ...APPROVAL_SHEETS,
  'return',
  'returns',
  'sources',
];
const isReadSheet = (key: SheetKey | undefined): boolean =>
  key !== undefined && READ_SHEETS.includes(key);

const OPENDOCUMENT = 'application/vnd.oasis.opendocument.spreadsheet';

async function isOpenDocument(zip: ZipParts): Promise<boolean> {
  if (!zip.has('mimetype')) return zip.has('content.xml');
  const stream = await zip.open('mimetype');
  let text = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) text += chunk.toString('latin1');
  return text.trim().startsWith(OPENDOCUMENT);
}

/** Why a zip is no workbook: an OpenDocument spreadsheet, or something else. */
async function notAWorkbook(zip: ZipParts): Promise<UnusablePartError> {
  return new UnusablePartError((await isOpenDocument(zip)) ? 'ods' : 'not_xlsx');
}

async function readSheets(
  zip: ZipParts,
  progress: Progress | undefined,
  maxCells: number,
  everySheet: boolean,
): Promise<{ names: string[]; sheets: Map<string, SheetValues> }> {
  const workbookPart = await workbookPartOf(zip);
  if (workbookPart === null) throw await notAWorkbook(zip);
  // The workbook, its styles and its strings first, wherever they lie in the zip.
  const workbook = await readWorkbookPart(zip, workbookPart);
  const dateStyles = await readDateStyles(zip, workbook.stylesPart);
  const sharedStrings = await readSharedStrings(zip, workbook.sharedStringsPart);
  let cells = 0;
  const countCells = (more: number): void => {
    cells += more;
    if (cells > maxCells) throw new UnusablePartError('too_many_cells', { max: maxCells });
  };
  const sheets = new Map<string, SheetValues>();
  for (const sheet of workbook.sheets) {
    // Only the sheets Korgoo reads are unpacked (a large sheet of other work costs nothing).
    if (!zip.has(sheet.part)) continue;
    if (!everySheet && !isReadSheet(sheetKeyOfName(sheet.name))) continue;
    const read = await readSheetPart(zip, sheet.part, {
      sheetName: sheet.name,
      sharedStrings,
      dateStyles,
      date1904: workbook.date1904,
      countCells,
      ...(progress ? { progress: (rows: number) => progress(sheet.name, rows) } : {}),
    });
    sheets.set(sheet.name, read);
    progress?.(sheet.name, read.values.length);
  }
  return { names: workbook.sheets.map((sheet) => sheet.name), sheets };
}

/**
 * Reads every sheet of an .xlsx file, one sheet at a time from the zip, into plain values.
 * Memory follows the cells that exist; a file that is no workbook, or one too large or
 * hostile to read, is an UnusableFileError saying which.
 */
export async function readXlsx(
  path: string,
  progress?: Progress,
  maxCells: number = MAX_CELLS,
  /** Every sheet, Korgoo's or not (`korgoo approve` checks that none changed). */
  everySheet = false,
): Promise<WorkbookSource> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new UnusableFileError('missing', path);
  if (info.isDirectory()) throw new UnusableFileError('folder', path);
  if (!info.isFile()) throw new UnusableFileError('not_xlsx', path);
  const kind = await fileKind(path).catch(() => 'other' as const);
  if (kind === 'encrypted' || kind === 'xls') throw new UnusableFileError(kind, path);
  if (kind !== 'zip') throw new UnusableFileError('not_xlsx', path);
  let read: { names: string[]; sheets: Map<string, SheetValues> };
  try {
    const zip = await openZip(path);
    try {
      read = await readSheets(zip, progress, maxCells, everySheet);
    } finally {
      zip.close();
    }
  } catch (error) {
    if (error instanceof UnusablePartError) {
      throw new UnusableFileError(error.reason, path, error.details);
    }
    throw new UnusableFileError('not_xlsx', path);
  }
  const { names, sheets } = read;
  const empty: SheetValues = { values: [], rowNumbers: [] };
  return {
    sheetNames: () => [...names],
    values: (name): CellValue[][] => (sheets.get(name) ?? empty).values,
    rowNumbers: (name) => (sheets.get(name) ?? empty).rowNumbers,
  };
}
