/**
 * A form response's closing write through the Sheets API: whatever else it carries (the ledger
 * entry, the new row's marks, its Problems line), the response's status with its note cleared
 * and its Log line, in ONE batchUpdate that Google applies whole or not at all. When Google
 * refuses it (a quota, the API turned off since the reads), the caller's SpreadsheetApp steps
 * do the same, the status and the Log line after them: nothing is lost.
 */
import type { FormKind } from '../../core/forms/spec';
import type { Lang } from '../../core/i18n/lang';
import { responseWhat } from '../../core/intake/log-lines';
import type { IntakeOutcome } from '../../core/intake/plan';
import { asCellText } from '../../core/safe-text';
import { actor } from '../log';
import { appendRequest, batchUpdate } from '../sheets-api';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

export class ClosingWrite {
  readonly requests: Request[] = [];

  constructor(
    private readonly spreadsheetId: string,
    private readonly zone: string,
    /** The response: its sheet, row and 0-based status column. */
    private readonly response: { sheet: Sheet; sheetId: number; row: number; status: number },
    private readonly logSheetId: number,
    /** The time the ledger and the Log give the response. */
    private readonly when: Date,
    private readonly kind: FormKind,
    private readonly lang: Lang,
    /** Log lines the caller appends through SpreadsheetApp. */
    private readonly logs: (readonly [string, string])[],
  ) {}

  /** Sends the batch with the outcome's status (and Log line when `logged`). */
  close(outcome: IntakeOutcome, logged: boolean, fallback: () => void = () => {}): true {
    const { sheet, sheetId, row, status } = this.response;
    const what = responseWhat(this.kind, this.lang);
    this.requests.push({
      updateCells: {
        start: { sheetId, rowIndex: row - 1, columnIndex: status },
        rows: [{ values: [{ userEnteredValue: { stringValue: outcome.status }, note: '' }] }],
        fields: 'userEnteredValue,note',
      },
    });
    if (logged)
      this.requests.push(
        appendRequest(this.logSheetId, [[actor(), what, this.when, outcome.log]], this.zone),
      );
    try {
      batchUpdate(this.spreadsheetId, this.requests);
    } catch (error) {
      console.warn(`Form response closed without the Sheets API: ${String(error)}`);
      fallback();
      sheet
        .getRange(row, status + 1)
        .setValue(asCellText(outcome.status))
        .setNote('');
      if (logged) this.logs.push([what, outcome.log]);
    }
    return true;
  }
}
