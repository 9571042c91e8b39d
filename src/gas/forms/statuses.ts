/**
 * The response sheets' status column: a run of statuses written in one call, and a response
 * left waiting (no lock) with its note and Log line; only a holder of the lock writes a status.
 */
import type { FormKind } from '../../core/forms/spec';
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { responseWhat } from '../../core/intake/log-lines';
import type { IntakeOutcome as Outcome } from '../../core/intake/plan';
import type { CellValue } from '../../core/read/workbook';
import { asCellText } from '../../core/safe-text';
import { nowMs } from '../clock';
import { appendLog } from '../log';
import type { IntakeRun } from './intake-run';
import { statusIndex } from './response-sheet';
import { markPending } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Each run of consecutive rows of a sheet gets its statuses in one call, its notes cleared in one. */
export function writeStatuses(run: IntakeRun, outcomes: readonly Outcome[]): void {
  const key = (outcome: Outcome) => run.keyOf(outcome.candidate);
  const sorted = [...outcomes].sort(
    (a, b) => key(a).localeCompare(key(b)) || a.candidate.row - b.candidate.row,
  );
  let block: Outcome[] = [];
  const flush = () => {
    const first = block[0];
    if (!first) return;
    const sheetName = key(first);
    const { row, statusColumn } = first.candidate;
    run.writer.replaceRange(
      sheetName,
      row,
      statusColumn,
      block.map((o) => [asCellText(o.status)]),
    );
    run.writer.setMarks(
      sheetName,
      block.map((o) => ({ row: o.candidate.row, column: statusColumn, note: '' })),
    );
    block = [];
  };
  for (const outcome of sorted) {
    const last = block[block.length - 1];
    const continues =
      last !== undefined &&
      key(last) === key(outcome) &&
      last.candidate.statusColumn === outcome.candidate.statusColumn &&
      last.candidate.row + 1 === outcome.candidate.row;
    if (!continues) flush();
    block.push(outcome);
  }
  flush();
}

/**
 * The lock could not be had: the response stays as it is (its status empty, so pending), with
 * a note on its status cell, a Log line, and a mark that makes the next submission catch up.
 * Without the lock the status VALUE is never written: only the lock's holder writes it.
 */
export function leaveWaiting(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  row: number,
  kind: FormKind,
  lang: Lang,
): void {
  markPending();
  const reason = text('reasonBusy', lang);
  try {
    const lastColumn = sheet.getLastColumn();
    const header = sheet.getSheetValues(1, 1, 1, Math.max(1, lastColumn))[0] as CellValue[];
    const status = statusIndex(header);
    if (status !== -1) {
      const when = Utilities.formatDate(
        new Date(nowMs()),
        spreadsheet.getSpreadsheetTimeZone(),
        'dd.MM.yyyy HH:mm',
      );
      sheet.getRange(row, status + 1).setNote(text('waitingNote', lang, { when }));
    }
  } finally {
    appendLog(
      spreadsheet,
      lang,
      responseWhat(kind, lang),
      text('leftPending', lang, { reason, sheet: sheet.getName(), row }),
    );
  }
}
