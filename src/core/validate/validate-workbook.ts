import type { ReadWorkbook } from '../read/read-workbook';
import { DATA_SHEETS } from '../schema/sheets';
import { startOfDay, type WallTime } from '../time/wall-time';
import { checkCaseRows } from './checks/case-rows';
import { checkCases } from './checks/cases';
import { checkCommitteeRefs } from './checks/committee-refs';
import type { CheckContext } from './checks/context';
import { checkDates } from './checks/dates';
import { checkEvents } from './checks/events';
import { indexCases, indexCommittees } from './checks/indexes';
import { checkPersonalData } from './checks/personal-data';
import { checkRepeats } from './checks/unique';
import { ProblemSink } from './emit';
import type { Problem } from './problem';

export interface ValidationContext {
  /** Today in the workbook's zone: dates after this day are in the future. */
  readonly today: WallTime;
}

const SHEET_ORDER = new Map<string, number>(DATA_SHEETS.map((key, i) => [key, i]));

/** Problems in the order a coordinator reads them: by sheet, row, then column. */
function byPlace(a: Problem, b: Problem): number {
  return (
    (SHEET_ORDER.get(a.sheet) ?? 99) - (SHEET_ORDER.get(b.sheet) ?? 99) ||
    a.row - b.row ||
    (a.columnIndex ?? 0) - (b.columnIndex ?? 0)
  );
}

/**
 * Every problem of the workbook: the reader's cell problems plus the cross-field and cross-row
 * rules of DESIGN §3. Never throws on cell content; rows are never dropped here (errors only
 * leave them out of the indicators). Linear in the number of rows.
 */
export function validateWorkbook(workbook: ReadWorkbook, context: ValidationContext): Problem[] {
  const sink = new ProblemSink(workbook.options);
  const checkContext: CheckContext = {
    sheets: workbook.sheets,
    sink,
    today: startOfDay(context.today),
    committees: indexCommittees(workbook.sheets.committees),
    cases: indexCases(workbook.sheets.cases),
  };
  checkRepeats(checkContext);
  checkDates(checkContext);
  checkCommitteeRefs(checkContext);
  checkEvents(checkContext);
  checkCases(checkContext);
  checkCaseRows(checkContext);
  checkPersonalData(checkContext);
  return [...workbook.problems, ...sink.problems].sort(byPlace);
}
