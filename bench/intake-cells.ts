import { SHEETS } from '../src/core/schema/sheets';
import { eventAnswers, workbookWithForms } from '../test/gas/forms-helpers';
import { writeRows } from '../test/gas/workbook-data';

/**
 * Cells read plus written by one form response in the built bundle, against the fakes: a
 * set-up workbook with its forms, `rows` event rows in Events and as many responses in the
 * intake ledger (as when they all came through the forms), after a first response (the
 * ledger's sheet made, Validate now's Problems in place).
 */
function oneResponseCells(rows: number): number {
  const workbook = workbookWithForms({ events: rows });
  workbook.run('validateNow');
  workbook.respond('event', eventAnswers(0));
  const ledger = workbook.s.spreadsheet.sheet('Korgoo intake');
  writeRows(
    ledger,
    ledger.grid.lastRow() + 1,
    Array.from({ length: rows }, (_, i) => [
      `bench-form|${i}|0000`,
      `✓ → "${SHEETS.events.labels.en}"`,
      '',
    ]),
  );
  const event = workbook.submit('event', eventAnswers(1));
  workbook.s.counter.reset();
  workbook.deliver(event);
  const { read, written } = workbook.s.counter.cells;
  return read + written;
}

/** Issue #11's figures: the cells one intake moves with 100 and with 100,000 rows. */
export function intakeCellFigures() {
  return {
    intakeCellsSmall: oneResponseCells(100),
    intakeCellsLarge: oneResponseCells(100_000),
  };
}
