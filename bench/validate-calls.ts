import { statSync } from 'node:fs';
import { CODE_JS } from '../test/gas/load-bundle';
import { workbookWithEvents } from '../test/gas/workbook-data';

/** The Sheets calls of "Validate now" in the built bundle, against the fakes, for `rows` events. */
function validateCalls(rows: number): number {
  const addOn = workbookWithEvents(rows);
  addOn.run('validateNow');
  return addOn.s.counter.sheetsCalls();
}

/** Issue #3's figures: the bundle's size and Validate now's calls on 10 and 100,000 rows. */
export function addOnFigures() {
  return {
    bundleBytes: statSync(CODE_JS).size,
    validateCallsSmall: validateCalls(10),
    validateCallsLarge: validateCalls(100_000),
  };
}
