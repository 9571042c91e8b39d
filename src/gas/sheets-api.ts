/**
 * The Sheets advanced service (Sheets API v4), for what SpreadsheetApp cannot do in one call:
 * every sheet's title and size in one request, the notes or colours of scattered blocks of
 * several sheets in one request, and every mark placed or cleared in one request. Blocks are
 * named by sheetId and grid indexes (GridRange), never by A1 text, so no sheet name needs
 * quoting. Validate now reads values on SpreadsheetApp; a form response reads the few it needs
 * here, dates as serial numbers typed back in the spreadsheet's zone (docs/sheets-api.md).
 */
import type { CellValue } from '../core/read/workbook';
import { DAY_MS, instantOfWallTime, wallTimeOfInstant } from '../core/time/wall-time';

type SpreadsheetResource = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type Request = GoogleAppsScript.Sheets.Schema.Request;
type Color = GoogleAppsScript.Sheets.Schema.Color;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;

/** Whether the manifest enabled the advanced service (else the global is not defined). */
export function hasSheetsApi(): boolean {
  return typeof Sheets !== 'undefined' && Sheets !== undefined;
}

const notEnabled = () =>
  new Error('The Sheets advanced service is not enabled (appsscript.json dependencies).');

export interface SheetLayout {
  readonly sheetId: number;
  readonly title: string;
  /** Position among the tabs, as Spreadsheet.getSheets() lists them. */
  readonly index: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface SpreadsheetLayout {
  readonly timeZone: string;
  readonly sheets: readonly SheetLayout[];
}

/** Every sheet's id, title, position and grid size, and the zone: one read, no cell. */
export function readLayout(spreadsheetId: string): SpreadsheetLayout {
  if (typeof Sheets === 'undefined' || !Sheets) throw notEnabled();
  const resource = Sheets.Spreadsheets.get(spreadsheetId, {
    fields:
      'properties.timeZone,sheets.properties(sheetId,title,index,gridProperties(rowCount,columnCount))',
  }) as SpreadsheetResource;
  return {
    timeZone: resource.properties?.timeZone ?? '',
    sheets: (resource.sheets ?? []).map((sheet, i) => ({
      sheetId: sheet.properties?.sheetId ?? 0,
      title: sheet.properties?.title ?? '',
      index: sheet.properties?.index ?? i,
      rowCount: sheet.properties?.gridProperties?.rowCount ?? 0,
      columnCount: sheet.properties?.gridProperties?.columnCount ?? 0,
    })),
  };
}

/** A block of one sheet, 0-based and end-exclusive as the API counts. */
export interface Block {
  readonly sheetId: number;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

const gridRange = (block: Block): GridRange => ({
  sheetId: block.sheetId,
  startRowIndex: block.top,
  endRowIndex: block.top + block.rows,
  startColumnIndex: block.left,
  endColumnIndex: block.left + block.columns,
});

type CellData = GoogleAppsScript.Sheets.Schema.CellData;

/**
 * One field of every cell of `blocks`, in one read: for each block a grid of its size, `blank`
 * where the API sent nothing (it leaves out empty cells and rows at the end).
 */
export function readBlocks<T>(
  spreadsheetId: string,
  blocks: readonly Block[],
  field: string,
  pick: (cell: CellData) => T | undefined,
  blank: T,
  /** False: each grid only as far as the API sent it (no empty rows or cells at its end). */
  padded = true,
): T[][][] {
  if (blocks.length === 0) return [];
  if (typeof Sheets === 'undefined' || !Sheets) throw notEnabled();
  const resource = Sheets.Spreadsheets.getByDataFilter(
    { dataFilters: blocks.map((block) => ({ gridRange: gridRange(block) })) },
    spreadsheetId,
    {
      fields: `sheets(properties.sheetId,data(startRow,startColumn,rowData.values${field.startsWith('(') ? '' : '.'}${field}))`,
    },
  ) as SpreadsheetResource;
  const grids = blocks.map((block) =>
    padded
      ? Array.from({ length: block.rows }, () => Array.from({ length: block.columns }, () => blank))
      : ([] as T[][]),
  );
  // A block is known by its sheet and its top left cell (zero is left out, as a default).
  const key = (sheetId: number, top: number, left: number) => `${sheetId}:${top}:${left}`;
  const indexes = new Map(blocks.map((b, i) => [key(b.sheetId, b.top, b.left), i]));
  for (const sheet of resource.sheets ?? []) {
    const sheetId = sheet.properties?.sheetId ?? 0;
    for (const data of sheet.data ?? []) {
      const at = indexes.get(key(sheetId, data.startRow ?? 0, data.startColumn ?? 0));
      const grid = at === undefined ? undefined : grids[at];
      const block = at === undefined ? undefined : blocks[at];
      if (!grid || !block) continue;
      (data.rowData ?? []).forEach((row, r) => {
        if (r >= block.rows) return;
        const line = grid[r] ?? [];
        grid[r] = line;
        (row.values ?? []).forEach((cell, c) => {
          const value = pick(cell);
          if (c < block.columns && (value !== undefined || !padded)) line[c] = value ?? blank;
        });
      });
      for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    }
  }
  return grids;
}

/** Applies `requests` in one write (checked whole by Google: all or nothing). */
export function batchUpdate(spreadsheetId: string, requests: readonly Request[]): void {
  if (requests.length === 0) return;
  if (typeof Sheets === 'undefined' || !Sheets) throw notEnabled();
  Sheets.Spreadsheets.batchUpdate({ requests: [...requests] }, spreadsheetId);
}

const PLAIN = '#ffffff';

/** A cell's own background as SpreadsheetApp names it ('#f4cccc'; none: white). */
export function backgroundOf(format: CellFormat | undefined): string {
  const color = format?.backgroundColorStyle?.rgbColor ?? format?.backgroundColor;
  // A theme colour has no RGB here: the user's choice, kept as such.
  if (!color) return format?.backgroundColorStyle?.themeColor ? 'theme' : PLAIN;
  const part = (x: number | undefined) =>
    Math.round((x ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${part(color.red)}${part(color.green)}${part(color.blue)}`;
}

/** '#f4cccc' as the API's colour; white as no colour at all (the cell's default). */
export function formatOfBackground(hex: string): CellFormat {
  const digits = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!digits || hex.toLowerCase() === PLAIN) return {};
  const [red, green, blue] = [0, 2, 4].map(
    (i) => Number.parseInt(digits.slice(i, i + 2), 16) / 255,
  );
  const rgbColor: Color = { red, green, blue };
  return { backgroundColorStyle: { rgbColor } };
}

/**
 * One updateCells writing notes (and, when given, backgrounds) over a block of cells from
 * (row, column), 1-based; the colour is in the field mask only when backgrounds are given, so
 * a user's colour is never touched where Korgoo does not change it.
 */
export function notesRequest(
  sheetId: number,
  row: number,
  column: number,
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[] | null,
): Request {
  return {
    updateCells: {
      start: { sheetId, rowIndex: row - 1, columnIndex: column - 1 },
      rows: notes.map((line, r) => ({
        values: line.map((note, c) =>
          backgrounds
            ? { note, userEnteredFormat: formatOfBackground(backgrounds[r]?.[c] ?? PLAIN) }
            : { note },
        ),
      })),
      fields: backgrounds ? 'note,userEnteredFormat.backgroundColorStyle' : 'note',
    },
  };
}

/** Day 0 of Sheets' serial numbers: 30 December 1899 on the spreadsheet's wall clock. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DATE_TYPES = new Set(['DATE', 'TIME', 'DATE_TIME']);

/** The instant a serial number stands for in `timeZone` (milliseconds kept apart: exact). */
export function dateOfSerial(serial: number, timeZone: string): Date {
  const wall = Math.round(serial * DAY_MS) + SERIAL_EPOCH;
  const ms = ((wall % 1000) + 1000) % 1000;
  return new Date(instantOfWallTime(wall - ms, timeZone).getTime() + ms);
}

export function serialOfDate(date: Date, timeZone: string): number {
  const ms = ((date.getTime() % 1000) + 1000) % 1000;
  return (wallTimeOfInstant(date, timeZone) + ms - SERIAL_EPOCH) / DAY_MS;
}

/** The fields a value is read with: what it holds, and whether its format makes it a date. */
export const VALUE_FIELDS = '(effectiveValue,effectiveFormat.numberFormat.type)';

/**
 * A cell's value as Range.getValues() hands it over: a number is a Date where the cell is
 * formatted as a date (or, read without formats, where `asDate` says its column holds dates).
 */
export function valueOfCell(cell: CellData, timeZone: string, asDate = false): CellValue {
  const value = cell.effectiveValue;
  if (!value) return '';
  if (value.numberValue !== undefined && value.numberValue !== null) {
    const type = cell.effectiveFormat?.numberFormat?.type ?? '';
    return asDate || DATE_TYPES.has(type)
      ? dateOfSerial(value.numberValue, timeZone)
      : value.numberValue;
  }
  if (value.boolValue !== undefined && value.boolValue !== null) return value.boolValue;
  if (value.errorValue) return '#ERROR!';
  return value.stringValue ?? '';
}

/** A value to write as typed: text never parsed (no formula, no marker), a date as a date. */
export function enteredCell(value: CellValue, timeZone: string): CellData {
  if (value instanceof Date)
    return {
      userEnteredValue: { numberValue: serialOfDate(value, timeZone) },
      userEnteredFormat: { numberFormat: { type: 'DATE_TIME' } },
    };
  if (typeof value === 'number') return { userEnteredValue: { numberValue: value } };
  if (typeof value === 'boolean') return { userEnteredValue: { boolValue: value } };
  return { userEnteredValue: { stringValue: String(value ?? '') } };
}

/** Rows appended after the last row with data of a sheet, values as typed (one request). */
export function appendRequest(
  sheetId: number,
  rows: readonly (readonly CellValue[])[],
  timeZone: string,
): Request {
  return {
    appendCells: {
      sheetId,
      rows: rows.map((row) => ({ values: row.map((value) => enteredCell(value, timeZone)) })),
      // The format only where a date needs it: other sheets' formats are kept.
      fields: rows.some((row) => row.some((v) => v instanceof Date))
        ? 'userEnteredValue,userEnteredFormat.numberFormat'
        : 'userEnteredValue',
    },
  };
}

/** Whether an error is Google's refusal for a quota (HTTP 429), not a bug to report. */
export function isQuotaError(error: unknown): boolean {
  return /quota exceeded|rate limit|429/i.test(String(error));
}
