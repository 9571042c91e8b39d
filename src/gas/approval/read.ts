import type { ApprovalLedger } from '../../core/approval/model';
import { readApprovalLedger } from '../../core/approval/read';
import type { CellValue } from '../../core/read/workbook';
import { APPROVAL_SHEETS } from '../../core/schema/sheets';
import { findSheet } from '../sheet-access';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The month close's sheets of the spreadsheet: one getValues() for each that exists. */
export function spreadsheetLedger(spreadsheet: Spreadsheet): ApprovalLedger {
  const values = new Map<string, CellValue[][]>();
  for (const key of APPROVAL_SHEETS) {
    const sheet = findSheet(spreadsheet, key);
    if (sheet) values.set(sheet.getName(), sheet.getDataRange().getValues() as CellValue[][]);
  }
  return readApprovalLedger(
    { sheetNames: () => [...values.keys()], values: (name) => values.get(name) ?? [] },
    { timeZone: spreadsheet.getSpreadsheetTimeZone(), dates: 'instant' },
  );
}
