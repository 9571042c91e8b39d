import { eventAnswers, workbookWithForms } from '../test/gas/forms-helpers';
import { day } from '../test/gas/workbook-data';

/**
 * The Sheets calls one form response costs in the built bundle (issues #4 and #11), against the
 * fakes: a set-up workbook with its forms and `rows` event rows already in the Events sheet.
 * The first response after the forms are made costs what every later one does (the intake
 * ledger's sheet is made with the forms; test/gas/forms/intake.test.ts pins both, method by
 * method), so this one figure is what a committee meets. The response is on a day that has
 * events at both sizes (the rows begin on 1 January 2010; none of them is KANT's training of
 * that day), so the check of a repeated event reads the rows near it at both, as in use.
 */
function intakeCalls(rows: number): number {
  const workbook = workbookWithForms({ events: rows });
  const event = workbook.submit('event', eventAnswers(1, { Date: day(2010, 1, 6) }));
  workbook.s.counter.reset();
  workbook.deliver(event);
  return workbook.s.counter.sheetsCalls();
}

/** Issue #4's figures: the calls of one intake with 100 and with 100,000 rows in the sheet. */
export function intakeFigures() {
  return { intakeCallsSmall: intakeCalls(100), intakeCallsLarge: intakeCalls(100_000) };
}
