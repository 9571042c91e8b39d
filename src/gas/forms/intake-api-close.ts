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
import { type IntakeOutcome, takenInOutcomes } from '../../core/intake/plan';
import type { CellValue } from '../../core/read/workbook';
import { asCellText } from '../../core/safe-text';
import { logApprovedChanges } from '../approval/log-changes';
import { actor } from '../log';
import { recordMarks } from '../mark-record';
import { problemRow } from '../problems-sheet';
import { appendRequest, batchUpdate, notesRequest } from '../sheets-api';
import { writeProblemLines } from './check-new-rows';
import type { Destination, Reading, Submission } from './intake-api';
import type { BelowRead, KeysRead } from './intake-api-target';
import type { Judged, Written } from './intake-api-write';
import { IntakeLedger } from './intake-ledger';
import { SheetsOnce } from './sheets-once';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

/** Korgoo's marker apostrophe taken off: a stringValue is written as it is, never parsed. */
const raw = (v: CellValue): CellValue =>
  typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;

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

/**
 * Step 5: the marks and the Problems line join the ledger entry in the closing batch; when
 * Google refuses it, SpreadsheetApp writes the same, ledger first. A Problems line left from a
 * row deleted since, or no Problems sheet, is SpreadsheetApp's work in any case.
 */
export function closeTakenIn(
  { spreadsheet, lang }: Submission,
  { zone, sheets, candidate }: Reading,
  { key, target, header, group }: Destination,
  keys: KeysRead,
  { notes, backgrounds }: BelowRead,
  { plan, range, last }: Written,
  judged: Judged,
  closing: ClosingWrite,
): void {
  const recolour = judged.backgrounds.some((line, r) =>
    line.some((b, c) => b !== backgrounds[r]?.[c]),
  );
  const renote = judged.notes.some((line, r) => line.some((n, c) => n !== notes[r]?.[c]));
  if (recolour || renote)
    closing.requests.push(
      notesRequest(
        target.sheetId,
        plan.firstRow,
        1,
        judged.notes,
        recolour ? judged.backgrounds : null,
      ),
    );
  if (judged.list.length > 0) recordMarks(key, header, last - 1, judged.list);
  const lines = new SheetsOnce(spreadsheet, lang);
  const problemsSheet = sheets.problems;
  const stale =
    !problemsSheet || keys.problemRows.some((n) => Number(n) >= plan.firstRow && Number(n) <= last);
  if (!stale && judged.list.length > 0)
    closing.requests.push(
      appendRequest(
        problemsSheet.sheetId,
        judged.list.map((p) => problemRow(p, lang).map(raw)),
        zone,
      ),
    );
  const [outcome] = takenInOutcomes(lang, target.title, group, plan, String(judged.problems));
  closing.close(outcome as IntakeOutcome, true, () => {
    IntakeLedger.forFew(spreadsheet, lang).record([
      { fingerprint: candidate.fingerprint, status: plan.statuses[0] ?? '' },
    ]);
    if (renote) range.setNotes(judged.notes);
    if (recolour) range.setBackgrounds(judged.backgrounds);
    if (!stale) writeProblemLines(lines, target.title, plan.firstRow, last, judged.list, lang);
  });
  try {
    if (stale) writeProblemLines(lines, target.title, plan.firstRow, last, judged.list, lang);
    logApprovedChanges(spreadsheet, lang, judged);
  } catch (error) {
    // Taken in and marked done: what is left waits for Validate now.
    console.warn(`Form response's Problems lines: ${String(error)}`);
  }
}
