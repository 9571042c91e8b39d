/**
 * The write side of a spreadsheet as the protocols see it: whole rows at a sheet's end, a block
 * replaced in place, and marks on given cells. Adapters (Apps Script, .xlsx) implement it with
 * as few calls as the service allows; plans only say what to write.
 */
/** A value as written: text the user typed goes through asCellText before it gets here. */
export type WrittenCell = string | number | boolean | Date;

/** Korgoo's mark on one cell: its note (empty clears it), and optionally a background. */
export interface CellMark {
  readonly row: number;
  readonly column: number;
  readonly note: string;
  readonly background?: string;
}

export interface SheetWriter {
  /** Writes `rows` from `firstRow` (the sheet's first free row) on, in one call. */
  appendRows(sheet: string, firstRow: number, rows: readonly (readonly WrittenCell[])[]): void;
  /** Replaces the block of `rows` whose top-left cell is (firstRow, firstColumn), in one call. */
  replaceRange(
    sheet: string,
    firstRow: number,
    firstColumn: number,
    rows: readonly (readonly WrittenCell[])[],
  ): void;
  /** Sets the marks; cells not named keep theirs. */
  setMarks(sheet: string, marks: readonly CellMark[]): void;
}
