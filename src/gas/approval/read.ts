import type { ApprovalLedger } from '../../core/approval/model';
import { readApprovalLedger } from '../../core/approval/read';
import { approvedPairs } from '../../core/approval/state';
import type { CellValue } from '../../core/read/workbook';
import { APPROVAL_SHEETS, type ApprovalSheetKey } from '../../core/schema/sheets';
import { findSheet } from '../sheet-access';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The month close's sheets of the spreadsheet (or some): one getValues() for each that exists. */
export function spreadsheetLedger(
  spreadsheet: Spreadsheet,
  keys: readonly ApprovalSheetKey[] = APPROVAL_SHEETS,
): ApprovalLedger {
  const values = new Map<string, CellValue[][]>();
  for (const key of keys) {
    const sheet = findSheet(spreadsheet, key);
    if (sheet) values.set(sheet.getName(), sheet.getDataRange().getValues() as CellValue[][]);
  }
  return readApprovalLedger(
    { sheetNames: () => [...values.keys()], values: (name) => values.get(name) ?? [] },
    { timeZone: spreadsheet.getSpreadsheetTimeZone(), dates: 'instant' },
  );
}

/** The (month, committee) pairs that stand approved, from the Approvals sheet itself. */
export function approvedPairsOfSheet(
  sheet: Sheet,
  timeZone: string,
  name: string = sheet.getName(),
): ReadonlySet<string> {
  return approvedPairsOfValues(sheet.getDataRange().getValues() as CellValue[][], timeZone, name);
}

/** The same from the Approvals sheet's values, already read. */
export function approvedPairsOfValues(
  values: CellValue[][],
  timeZone: string,
  name: string,
): ReadonlySet<string> {
  return approvedPairs(
    readApprovalLedger(
      { sheetNames: () => [name], values: () => values },
      { timeZone, dates: 'instant' },
    ).approvals,
  );
}

/** The (month, committee) pairs that stand approved: the Approvals sheet alone is read. */
export function approvedPairsOf(spreadsheet: Spreadsheet): ReadonlySet<string> {
  return approvedPairs(spreadsheetLedger(spreadsheet, ['approvals']).approvals);
}
