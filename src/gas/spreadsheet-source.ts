import { locateSheetGroups } from '../core/read/locate';
import type { CellValue, WorkbookSource } from '../core/read/workbook';
import { readBlocks, readLayout, type SheetLayout } from './sheets-api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The spreadsheet as the core's WorkbookSource: each sheet read with ONE getValues() of its
 * data range and kept, so a second look costs no round trip.
 */
export function spreadsheetSource(spreadsheet: Spreadsheet): WorkbookSource & {
  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet | undefined;
} {
  const sheets = new Map(spreadsheet.getSheets().map((sheet) => [sheet.getName(), sheet]));
  const cache = new Map<string, CellValue[][]>();
  return {
    sheet: (name) => sheets.get(name),
    sheetNames: () => [...sheets.keys()],
    values: (name) => {
      let values = cache.get(name);
      if (!values) {
        const sheet = sheets.get(name);
        values = sheet ? (sheet.getDataRange().getValues() as CellValue[][]) : [];
        cache.set(name, values);
      }
      return values;
    },
  };
}

/** The source Validate now reads through, with what the marks need to be placed by the API. */
export interface LaidOutSource extends WorkbookSource {
  readonly spreadsheetId: string;
  /** The spreadsheet's zone, from the same read as the layout. */
  readonly timeZone: string;
  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet | undefined;
  /** The sheet's id and grid size (API v4), or undefined. */
  layoutOf(name: string): SheetLayout | undefined;
}

/** Cells of nothing ('' everywhere): what getDataRange() leaves out at the end. */
const isBlankRow = (row: readonly CellValue[]): boolean => row.every((cell) => cell === '');

/**
 * The spreadsheet through the Sheets API for its layout: one read for every sheet's title,
 * id and size (and the zone), one getSheets() for the Sheet objects, one read of the header
 * rows of Korgoo's sheets (their widths), then each sheet's values with ONE getSheetValues()
 * of its used columns (values stay on SpreadsheetApp: dates come as Date objects), the blank
 * rows at the end left out as getDataRange() would. A constant number of calls whatever the
 * rows, and no call per sheet name.
 */
export function laidOutSource(spreadsheet: Spreadsheet): LaidOutSource {
  const spreadsheetId = spreadsheet.getId();
  const layout = readLayout(spreadsheetId);
  const tabs = spreadsheet.getSheets();
  const layouts = new Map(layout.sheets.map((sheet) => [sheet.title, sheet]));
  const sheets = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  if (tabs.length === layout.sheets.length) {
    for (const sheet of layout.sheets) {
      const tab = tabs[sheet.index];
      if (tab) sheets.set(sheet.title, tab);
    }
  } else {
    // A sheet added or removed between the two reads: ask each its name (rare, never wrong).
    for (const tab of tabs) sheets.set(tab.getName(), tab);
  }
  let widths: Map<string, number> | null = null;
  const widthOf = (name: string): number | undefined => {
    if (widths === null) {
      const names = Object.values(locateSheetGroups([...layouts.keys()])).flat();
      const heads = names.flatMap((title) => {
        const sheet = layouts.get(title);
        return sheet && sheet.rowCount > 0 && sheet.columnCount > 0 ? [sheet] : [];
      });
      const rows = readBlocks(
        spreadsheetId,
        heads.map((sheet) => ({
          sheetId: sheet.sheetId,
          top: 0,
          left: 0,
          rows: 1,
          columns: sheet.columnCount,
        })),
        'formattedValue',
        (cell) => cell.formattedValue,
        '',
      );
      widths = new Map(
        heads.map((sheet, i) => {
          const header = rows[i]?.[0] ?? [];
          let width = header.length;
          while (width > 0 && header[width - 1] === '') width--;
          return [sheet.title, width];
        }),
      );
    }
    return widths.get(name);
  };
  const cache = new Map<string, CellValue[][]>();
  return {
    spreadsheetId,
    timeZone: layout.timeZone || spreadsheet.getSpreadsheetTimeZone(),
    sheet: (name) => sheets.get(name),
    layoutOf: (name) => layouts.get(name),
    sheetNames: () => [...sheets.keys()],
    values: (name) => {
      let values = cache.get(name);
      if (!values) {
        const sheet = sheets.get(name);
        const width = widthOf(name);
        const rows = layouts.get(name)?.rowCount ?? 0;
        if (!sheet) values = [];
        else if (width === undefined || width === 0 || rows === 0)
          values = sheet.getDataRange().getValues() as CellValue[][];
        else {
          values = sheet.getSheetValues(1, 1, rows, width) as CellValue[][];
          let last = values.length;
          while (last > 1 && isBlankRow(values[last - 1] ?? [])) last--;
          values.length = last;
        }
        cache.set(name, values);
      }
      return values;
    },
  };
}
