/**
 * A cell that holds no value Korgoo may count: the error a formula gave (`#DIV/0!`), or a
 * formula that was never computed (a file written by a program that does not calculate).
 * Only the .xlsx reader makes them; the reader turns each into its own problem.
 */
export class UnreadableCell {
  constructor(
    readonly kind: 'error' | 'uncomputed',
    /** The error code, or the formula. */
    readonly text: string,
  ) {}

  toString(): string {
    return this.kind === 'error' ? this.text : `=${this.text}`;
  }
}

/** A cell as Google Sheets `getValues()` or the .xlsx reader hands it over ('' or null when empty). */
export type CellValue = string | number | boolean | Date | UnreadableCell | null | undefined;

/**
 * The core's view of a workbook: whole sheets of values, header row first. The Apps Script and
 * the .xlsx adapters implement it, so both compute the same figures from the same rows.
 */
export interface WorkbookSource {
  sheetNames(): string[];
  /** The rows of the sheet, header first; rows may be ragged (and sparse: holes are empty). */
  values(sheetName: string): CellValue[][];
  /**
   * The 1-based sheet row of each row `values()` gives, rising. Absent when `values()` gives
   * every row from row 1 (Sheets' getValues()); an .xlsx file leaves empty rows out, and a row
   * may be numbered 1,000,000, so its rows are never laid out by number.
   */
  rowNumbers?(sheetName: string): readonly number[];
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
