/**
 * The SheetWriter port on Apps Script: each write one getRange and one set call (answers
 * through setValuesAsAnswered, so checkboxes and number formats take them as meant). Sheets
 * are found by the caller once per execution and handed in by name.
 */
import type { CellMark, SheetWriter, WrittenCell } from '../core/ports/sheet-writer';
import { setValuesAsAnswered } from './cell-text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The writer on Apps Script, and the range it last wrote, for a caller that reads it back. */
export interface GasSheetWriter extends SheetWriter {
  /** The block, the same Range object as the last write's when it is that block (no call). */
  range(sheet: string, row: number, column: number, rows: number, columns: number): Range;
}

/** Runs of marks in one column on consecutive rows: one setNotes (and setBackgrounds) each. */
function columnRuns(marks: readonly CellMark[]): CellMark[][] {
  const sorted = [...marks].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: CellMark[][] = [];
  for (const mark of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.column === mark.column && last.row + 1 === mark.row) run.push(mark);
    else runs.push([mark]);
  }
  return runs;
}

export function gasSheetWriter(sheetNamed: (name: string) => Sheet): GasSheetWriter {
  // The range last asked for: a status written and its note cleared share one getRange.
  let last: { key: string; range: Range } | null = null;
  const rangeOf = (name: string, row: number, column: number, rows: number, columns: number) => {
    const key = [name, row, column, rows, columns].join('|');
    if (last?.key !== key)
      last = { key, range: sheetNamed(name).getRange(row, column, rows, columns) };
    return last.range;
  };
  return {
    range: rangeOf,
    appendRows(name, firstRow, rows) {
      const width = rows[0]?.length ?? 0;
      if (rows.length === 0 || width === 0) return;
      setValuesAsAnswered(rangeOf(name, firstRow, 1, rows.length, width), rows as WrittenCell[][]);
    },
    replaceRange(name, firstRow, firstColumn, rows) {
      const width = rows[0]?.length ?? 0;
      if (rows.length === 0 || width === 0) return;
      rangeOf(name, firstRow, firstColumn, rows.length, width).setValues(rows as WrittenCell[][]);
    },
    setMarks(name, marks) {
      for (const run of columnRuns(marks)) {
        const first = run[0] as CellMark;
        const range = rangeOf(name, first.row, first.column, run.length, 1);
        range.setNotes(run.map((mark) => [mark.note]));
        if (run.every((mark) => mark.background !== undefined))
          range.setBackgrounds(run.map((mark) => [mark.background as string]));
      }
    },
  };
}
