import { workbookWithEvents } from '../test/gas/workbook-data';

/**
 * Cells read plus written, and Sheets calls, of "Validate now" in the built bundle against the
 * fakes, on a set-up workbook with `rows` events: the first run (every mark and Problems line
 * new) and the next one with nothing changed (a workbook validated before).
 */
function validateCells(rows: number) {
  const addOn = workbookWithEvents(rows);
  addOn.run('validateNow');
  const first = { cells: addOn.s.counter.cells.total(), calls: addOn.s.counter.sheetsCalls() };
  addOn.s.counter.reset();
  addOn.run('validateNow');
  const again = { cells: addOn.s.counter.cells.total(), calls: addOn.s.counter.sheetsCalls() };
  return { first, again };
}

/** Issue #11's figures: Validate now's cells at 100 and at 100,000 rows (the run again). */
export function validateCellFigures() {
  const small = validateCells(100);
  const large = validateCells(100_000);
  return {
    validateCellsSmall: small.again.cells,
    validateCellsLarge: large.again.cells,
    validateCellCallsSmall: small.again.calls,
    validateCellCallsLarge: large.again.calls,
    validateCellsFirstSmall: small.first.cells,
    validateCellsFirstLarge: large.first.cells,
    validateCellCallsFirstLarge: large.first.calls,
  };
}
