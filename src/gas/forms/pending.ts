/**
 * Responses left pending: counted without the lock (a clock run), and taken in by a scan of
 * every Korgoo response sheet ("Process pending responses", a submission's catch-up).
 */
import { responseFingerprint } from '../../core/forms/fingerprint';
import type { Lang } from '../../core/i18n/lang';
import { choosePending } from '../../core/intake/choose';
import type { PendingResult } from '../../core/intake/log-lines';
import type { IntakeOutcome as Outcome } from '../../core/intake/plan';
import { settingsSnapshot } from '../../core/ports/settings-snapshot';
import { isBlank } from '../../core/read/cells';
import type { CellValue } from '../../core/read/workbook';
import { nowMs } from '../clock';
import { settings } from '../settings-store';
import { IntakeLedger } from './intake-ledger';
import { IntakeRun } from './intake-run';
import { isTakenIn, korgooResponseSheets, statusIndex } from './response-sheet';
import { writeStatuses } from './statuses';
import { formIds, markScanned } from './store';
import { takeIn } from './take-in';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * How many responses wait to be taken in, read only (no sheet written, no lock needed): for a
 * run that cannot take them in itself, such as a clock run with no document lock, so that
 * what waits is said rather than silently left out.
 */
export function countPending(spreadsheet: Spreadsheet, lang: Lang): number {
  const ledger = IntakeLedger.open(spreadsheet, lang);
  const ids = formIds();
  let waiting = 0;
  for (const { sheet, kind } of korgooResponseSheets(spreadsheet)) {
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    if (lastRow < 2 || lastColumn < 1) continue;
    const [header = [], ...rows] = sheet.getSheetValues(1, 1, lastRow, lastColumn) as CellValue[][];
    const status = statusIndex(header);
    const formId = ids[kind] ?? kind;
    for (const values of rows) {
      if (values.every(isBlank)) continue;
      if (status !== -1 && isTakenIn(values[status])) continue;
      if (ledger.statusOf(responseFingerprint(formId, values, status)) === undefined) waiting++;
    }
  }
  return waiting;
}

export function pendingIn(run: IntakeRun, limit: number): PendingResult {
  const started = nowMs();
  let taken = 0;
  let left = 0;
  let room = limit;
  const all: Outcome[] = [];
  // A scan asks about every row: one read of the whole ledger beats a search per row.
  run.ledger.readAll();
  for (const { sheet, kind } of korgooResponseSheets(run.spreadsheet)) {
    const choice = choosePending(
      run.responseRows(run.openResponses(sheet, kind)),
      (fingerprint) => run.ledger.statusOf(fingerprint),
      room,
    );
    left += choice.left;
    run.ledger.record(choice.known);
    if (choice.restored.length > 0) writeStatuses(run, choice.restored);
    if (choice.candidates.length === 0) continue;
    room -= choice.candidates.length;
    const outcomes = takeIn(run, choice.candidates);
    for (const outcome of outcomes) {
      if (outcome.takenIn) taken++;
      else left++;
    }
    all.push(...outcomes);
  }
  if (room > 0) markScanned(started, run.store);
  return { taken, left, outcomes: all };
}

/**
 * Takes pending responses in: every row of every Korgoo response sheet whose status is not ✓
 * (empty, or pending) and that the intake ledger does not know, at most `limit`. A row the
 * ledger knows gets its ✓ status back; a ✓ row the ledger lacks (taken in before it existed)
 * is added to it. Returns how many were taken in and how many are left.
 */
export function takeInPending(
  spreadsheet: Spreadsheet,
  lang: Lang,
  limit: number,
  ledger: IntakeLedger = IntakeLedger.open(spreadsheet, lang),
): PendingResult {
  const run = new IntakeRun(spreadsheet, lang, ledger, nowMs(), settingsSnapshot(settings));
  return pendingIn(run, limit);
}
