/**
 * Intake: a form response, from its row in the response sheet to its canonical row in Events,
 * Cases, Referrals or Assistance. Under the document lock; a response already taken in (its
 * status says ✓, or the intake ledger knows its fingerprint: see intake-ledger.ts) is never
 * taken in again; an Event ID or case code is never reused. Nothing is lost: a response that
 * cannot be taken in now stays in its sheet, pending, and the Log says why; "Process pending
 * responses" and the next submission take it in later.
 *
 * This file is the trigger's handler under the lock. The submitted response goes through the
 * Sheets API (intake-api.ts) or, where that cannot be used, SpreadsheetApp: intake-run.ts reads,
 * the plan (src/core/intake) decides, take-in.ts writes, statuses.ts marks the response sheets,
 * pending.ts catches up with responses left pending.
 */

import { responseFingerprint } from '../../core/forms/fingerprint';
import { text } from '../../core/i18n/texts';
import { pendingLogLines, responseWhat } from '../../core/intake/log-lines';
import { errorReason, restoredOutcome } from '../../core/intake/plan';
import { settingsSnapshot } from '../../core/ports/settings-snapshot';
import { isBlank } from '../../core/read/cells';
import type { CellValue } from '../../core/read/workbook';
import { nowMs } from '../clock';
import { underDocumentLock } from '../lock';
import { appendLogs } from '../log';
import { workbookLang } from '../settings';
import { settings } from '../settings-store';
import { hasSheetsApi } from '../sheets-api';
import { syncIfDirty } from './committees';
import { type Submission, takeInThroughApi } from './intake-api';
import { IntakeLedger } from './intake-ledger';
import { IntakeRun } from './intake-run';
import { pendingIn } from './pending';
import { ensureStatusColumn, formKindOfUrl, isTakenIn } from './response-sheet';
import { leaveWaiting, writeStatuses } from './statuses';
import { catchUpDue, markPending } from './store';
import { takeIn } from './take-in';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long a response waits for another action (another response, a validation) to finish. */
export const INTAKE_WAIT_MS = 30_000;
/** Pending responses one submission takes in besides its own (the rest wait for the next). */
const CATCH_UP_LIMIT = 200;

/** The spreadsheet trigger's handler: one response, then any pending ones. */
export function intakeFormSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit | undefined): void {
  const range = e?.range;
  if (!range || typeof range.getSheet !== 'function') return;
  const spreadsheet =
    (e as unknown as { source?: Spreadsheet }).source ?? SpreadsheetApp.getActiveSpreadsheet();
  const sheet = range.getSheet();
  const row = range.getRow();
  if (row < 2) return;
  // Read once before the lock: the forms' ids and the language (set up, rarely changed).
  const before = settingsSnapshot(settings);
  const kind = formKindOfUrl(sheet.getFormUrl(), before);
  // A form that is not Korgoo's (a coordinator's own survey) is none of the intake's business.
  if (kind === null) return;
  const lang = workbookLang(before);
  const locked = underDocumentLock(() => {
    // Read again under the lock: the counters as the last holder left them.
    const store = settingsSnapshot(settings);
    const logs: (readonly [string, string])[] = [];
    try {
      takeInSubmitted({ spreadsheet, sheet, row, kind, lang, store, logs });
    } catch (error) {
      markPending(store);
      logs.push([
        responseWhat(kind, lang),
        text('leftPending', lang, {
          reason: errorReason(error, lang),
          sheet: sheet.getName(),
          row,
        }),
      ]);
    } finally {
      appendLogs(spreadsheet, lang, logs);
    }
  }, INTAKE_WAIT_MS);
  if (!locked.ran) leaveWaiting(spreadsheet, sheet, row, kind, lang);
}

/** The submitted response, then the pending ones when some wait; the caller holds the lock. */
function takeInSubmitted(submission: Submission): void {
  const { spreadsheet, lang, store, logs } = submission;
  syncIfDirty(spreadsheet, store);
  if (!throughApi(submission)) takeInThroughSpreadsheetApp(submission);
  if (catchUpDue(store)) {
    const run = new IntakeRun(
      spreadsheet,
      lang,
      IntakeLedger.forFew(spreadsheet, lang),
      nowMs(),
      store,
    );
    logs.push(...pendingLogLines(pendingIn(run, CATCH_UP_LIMIT), lang, PER_FORM));
  }
}

/**
 * The response through the Sheets API when the manifest has it; false when SpreadsheetApp is
 * to take it in: the API is off in the Cloud project, Google refused a read (a quota), or the
 * response needs a sheet or a column made. Nothing is written before that is known.
 */
function throughApi(submission: Submission): boolean {
  if (!hasSheetsApi()) return false;
  const state = { written: false };
  try {
    return takeInThroughApi(submission, state);
  } catch (error) {
    if (state.written) throw error;
    console.warn(`Form response through SpreadsheetApp: ${String(error)}`);
    return false;
  }
}

/** The submitted response through SpreadsheetApp alone; the caller holds the lock. */
function takeInThroughSpreadsheetApp(submission: Submission): void {
  const { spreadsheet, sheet, row, kind, lang, store, logs } = submission;
  const ledger = IntakeLedger.forFew(spreadsheet, lang);
  const run = new IntakeRun(spreadsheet, lang, ledger, nowMs(), store);
  const { header, statusColumn } = ensureStatusColumn(sheet, lang);
  const values = sheet.getSheetValues(row, 1, 1, header.length)[0] as CellValue[];
  if (!values.every(isBlank) && !isTakenIn(values[statusColumn - 1])) {
    const candidate = run.submitted(sheet, {
      kind,
      row,
      statusColumn,
      header,
      values,
      fingerprint: responseFingerprint(run.formIdOf(kind), values, statusColumn - 1),
    });
    const earlier = run.ledger.statusOf(candidate.fingerprint);
    if (earlier !== undefined) {
      // Apps Script fired twice, or the row came back: taken in already, never again.
      writeStatuses(run, [restoredOutcome(candidate, earlier)]);
    } else {
      const [outcome] = takeIn(run, [candidate]);
      if (outcome) logs.push([responseWhat(kind, lang), outcome.log]);
    }
  }
}

/** How a submission logs the pending responses it caught up with: by form, with the summary. */
const PER_FORM = { byForm: true, summary: true } as const;
