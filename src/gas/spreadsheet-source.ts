import type { CellValue, WorkbookSource } from '../core/read/workbook';

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
