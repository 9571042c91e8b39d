import type { CellValue } from '../../../core/read/workbook';
import { UnusablePartError } from '../unusable';
import { cellValueOf } from './cell-values';
import { parsePart } from './xml';
import type { ZipParts } from './zip';

/** Excel's own limits: a sheet has at most 1,048,576 rows and 16,384 columns (XFD). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** One sheet as read: its rows that hold a cell, and the sheet row of each. */
export interface SheetValues {
  readonly values: CellValue[][];
  readonly rowNumbers: number[];
}

export interface SheetContext {
  readonly sheetName: string;
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Called with the cells read so far; throws to stop a file too large to hold. */
  readonly countCells: (cells: number) => void;
  readonly progress?: (rows: number) => void;
}

const PROGRESS_EVERY = 10_000;

/** `BC12` → 55 (1-based column); 0 when the reference has no letters. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

function rowNumberOf(text: string | undefined, previous: number): number {
  if (text === undefined) return previous + 1;
  const number = Number(text);
  return Number.isInteger(number) && number > 0 ? number : previous + 1;
}

/**
 * Streams one worksheet part. Only cells that exist are kept: rows are listed with their
 * numbers (a row numbered 1,000,000 is one entry, not a million), and a cell in column XFD
 * is set at its index of a sparse array. Merged ranges need nothing: the value is in the
 * top-left cell, the others are empty, as Excel and Sheets keep them.
 */
export async function readSheetPart(
  zip: ZipParts,
  part: string,
  context: SheetContext,
): Promise<SheetValues> {
  const values: CellValue[][] = [];
  const rowNumbers: number[] = [];
  const { sharedStrings, dateStyles, date1904 } = context;
  let inSheetData = false;
  let rowNumber = 0;
  let row: CellValue[] = [];
  let rowHasCell = false;
  let column = 0;
  let cells = 0;
  // The cell being read.
  let type = 'n';
  let style = 0;
  let value: string | null = null;
  let formula: string | null = null;
  let inline: string | null = null;
  let target: 'v' | 'f' | 't' | null = null;
  let inInline = false;
  let inPhonetic = false;
  const beyond = (what: 'row' | 'column', number: number): never => {
    throw new UnusablePartError('over_excel_limits', { sheet: context.sheetName, what, number });
  };
  const endRow = (): void => {
    if (!rowHasCell) return;
    values.push(row);
    rowNumbers.push(rowNumber);
    if (context.progress && values.length % PROGRESS_EVERY === 0) context.progress(values.length);
  };
  await parsePart(zip, part, {
    open(name, attributes) {
      switch (name) {
        case 'sheetData':
          inSheetData = true;
          return;
        case 'row':
          if (!inSheetData) return;
          rowNumber = rowNumberOf(attributes.r, rowNumber);
          if (rowNumber > EXCEL_MAX_ROWS) beyond('row', rowNumber);
          row = [];
          rowHasCell = false;
          column = 0;
          return;
        case 'c': {
          if (!inSheetData) return;
          const ref = attributes.r;
          const at = ref === undefined ? 0 : columnOf(ref);
          column = at > 0 ? at : column + 1;
          if (column > EXCEL_MAX_COLUMNS) beyond('column', column);
          type = attributes.t ?? 'n';
          style = attributes.s === undefined ? 0 : Number(attributes.s);
          value = null;
          formula = null;
          inline = null;
          return;
        }
        case 'v':
          target = 'v';
          value ??= '';
          return;
        case 'f':
          target = 'f';
          formula ??= '';
          return;
        case 'is':
          inInline = true;
          inline = '';
          return;
        case 'rPh':
          inPhonetic = true;
          return;
        case 't':
          if (inInline && !inPhonetic) target = 't';
          return;
      }
    },
    text(text) {
      if (target === 'v') value += text;
      else if (target === 'f') formula += text;
      else if (target === 't') inline += text;
    },
    close(name) {
      switch (name) {
        case 'v':
        case 'f':
        case 't':
          target = null;
          return;
        case 'rPh':
          inPhonetic = false;
          return;
        case 'is':
          inInline = false;
          return;
        case 'c': {
          if (!inSheetData) return;
          const cell = cellValueOf(
            { type, isDateStyle: dateStyles[style] === true, value, inline, formula },
            sharedStrings,
            date1904,
          );
          if (cell === null || cell === '') return;
          row[column - 1] = cell;
          rowHasCell = true;
          cells++;
          if (cells % 4096 === 0) context.countCells(4096);
          return;
        }
        case 'row':
          if (inSheetData) endRow();
          return;
        case 'sheetData':
          inSheetData = false;
          return;
      }
    },
  });
  context.countCells(cells % 4096);
  return inOrder(values, rowNumbers);
}

/** Rows in rising order, as the core reads them (a file may list them in any order). */
function inOrder(values: CellValue[][], rowNumbers: number[]): SheetValues {
  if (rowNumbers.every((n, i) => i === 0 || (rowNumbers[i - 1] as number) < n)) {
    return { values, rowNumbers };
  }
  const order = rowNumbers
    .map((_, i) => i)
    .sort((a, b) => (rowNumbers[a] as number) - (rowNumbers[b] as number));
  return {
    values: order.map((i) => values[i] as CellValue[]),
    rowNumbers: order.map((i) => rowNumbers[i] as number),
  };
}
