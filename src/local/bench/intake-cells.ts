import { eventAnswers, workbookWithForms } from '../../../test/gas/forms-helpers';

/**
 * Cells read plus written, and Sheets calls, by one form response in the built bundle, against
 * the fakes: a set-up workbook with its forms and `rows` event rows already in Events.
 */
function oneResponse(rows: number): { cells: number; calls: number } {
  const workbook = workbookWithForms({ events: rows });
  const event = workbook.submit('event', eventAnswers(1));
  workbook.s.counter.reset();
  workbook.deliver(event);
  const { read, written } = workbook.s.counter.cells();
  return { cells: read + written, calls: workbook.s.counter.sheetsCalls() };
}

/** Issue #11's figures: the cells one intake moves with 100 and with 100,000 rows in Events. */
export function intakeCellFigures() {
  const small = oneResponse(100);
  const large = oneResponse(100_000);
  return { intakeCellsSmall: small.cells, intakeCellsLarge: large.cells };
}
