/** A cell as Google Sheets `getValues()` or exceljs hands it over ('' or null when empty). */
export type CellValue = string | number | boolean | Date | null | undefined;

/**
 * The core's view of a workbook: whole sheets of values, header row first. The Apps Script and
 * the .xlsx adapters implement it, so both compute the same figures from the same rows.
 */
export interface WorkbookSource {
  sheetNames(): string[];
  /** Every row of the sheet, header first; rows may be ragged. */
  values(sheetName: string): CellValue[][];
}

export interface ReadOptions {
  /** The workbook's time zone (Asia/Bishkek unless set otherwise). */
  readonly timeZone: string;
  /**
   * How to understand Date cells: 'instant' (Google Sheets: a moment in time, shown in the
   * workbook's zone) or 'wall' (.xlsx: the Date's UTC fields ARE the wall clock).
   */
  readonly dates: 'instant' | 'wall';
}

export const DEFAULT_TIME_ZONE = 'Asia/Bishkek';
