/**
 * One form response through the Sheets API (docs/sheets-api.md), in five steps:
 * 1. read: the layout in one read, the response and the small sheets in a second
 *    (intake-api-read.ts), and the response mapped to the sheet it goes to;
 * 2. the key columns and the ledger in a third read (intake-api-target.ts): a response already
 *    in the ledger, or one that cannot go anywhere, is closed there;
 * 3. write: the rows near its day and below the last entry in a fourth read, its row planned
 *    (core/intake/plan.ts), the counters saved, and the row written through SpreadsheetApp
 *    (answers as a person gave them);
 * 4. judge: the row read back and checked like Validate now (intake-api-write.ts holds steps
 *    3 and 4);
 * 5. close: the ledger, the status, the marks, the Problems line and the Log in ONE
 *    batchUpdate (intake-api-close.ts), all or nothing: the response is marked done in the same
 *    write that records it, after its row.
 *
 * Returns false, having written nothing, when this response needs what only SpreadsheetApp
 * does (a sheet or a column to make): the caller then takes it in as before; so does a read
 * that fails (the API off, a quota). `state.written` says when the row is in: from then on an
 * error must not let the caller take the response in again.
 */
import { responseFingerprint } from '../../core/forms/fingerprint';
import type { CanonicalSheet, MappedRow } from '../../core/forms/map-response';
import type { FormKind } from '../../core/forms/spec';
import type { Lang } from '../../core/i18n/lang';
import { type SheetLayout as Columns, sheetLayout } from '../../core/intake/layout';
import {
  type IntakeCandidate,
  type IntakeClock,
  type IntakeOutcome,
  mapCandidates,
  restoredOutcome,
} from '../../core/intake/plan';
import type { SettingsStore } from '../../core/ports/settings';
import { isBlank } from '../../core/read/cells';
import type { CellValue } from '../../core/read/workbook';
import { nowMs } from '../clock';
import { appendRequest, readLayout, type SheetLayout } from '../sheets-api';
import { ClosingWrite, closeTakenIn } from './intake-api-close';
import {
  findSheets,
  type ResponseRead,
  type ResponseSheets,
  readResponse,
} from './intake-api-read';
import { readBelow, readKeys } from './intake-api-target';
import { judgeWritten, writeRows } from './intake-api-write';
import { isTakenIn } from './response-sheet';
import { formIds } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The response a trigger is taking in, under the lock, and the Log lines it gathers. */
export interface Submission {
  readonly spreadsheet: Spreadsheet;
  readonly sheet: Sheet;
  readonly row: number;
  readonly kind: FormKind;
  readonly lang: Lang;
  readonly store: SettingsStore;
  readonly logs: (readonly [string, string])[];
}

/** What the first reads found: the response, where it goes, and the one clock of this run. */
export interface Reading {
  readonly id: string;
  readonly zone: string;
  /** The response sheet's ID, asked once. */
  readonly sheetId: number;
  readonly sheets: ResponseSheets;
  readonly read: ResponseRead;
  readonly candidate: IntakeCandidate;
  readonly clock: IntakeClock;
  readonly when: Date;
  /** Where it goes; null when it waits, `pending` saying why (an unknown committee, say). */
  readonly to: Destination | null;
  readonly pending: IntakeOutcome | undefined;
}

/** The sheet a response goes to, its header as it is, its columns and the mapped row. */
export interface Destination {
  readonly key: CanonicalSheet;
  readonly target: SheetLayout;
  readonly header: CellValue[];
  readonly shape: Columns;
  /** The response with its mapped row, as takenInOutcomes wants it. */
  readonly group: readonly { readonly candidate: IntakeCandidate; readonly row: MappedRow }[];
  readonly rows: readonly MappedRow[];
}

export function takeInThroughApi(submission: Submission, state: { written: boolean }): boolean {
  const reading = readSubmission(submission);
  if (typeof reading === 'boolean') return reading;
  const { id, zone, sheets, candidate, to } = reading;
  const keys = readKeys(id, zone, sheets, reading.read.heads, to?.key, to?.target);
  const { sheet, row, kind, lang, logs } = submission;
  const closing = new ClosingWrite(
    id,
    zone,
    { sheet, sheetId: reading.sheetId, row, status: reading.read.status },
    sheets.log.sheetId,
    reading.when,
    kind,
    lang,
    logs,
  );
  const ledgerAt = keys.fingerprints.indexOf(candidate.fingerprint);
  if (ledgerAt !== -1) {
    // Apps Script fired twice, or the row came back: taken in already, never again.
    const ledger = submission.spreadsheet.getSheetByName(sheets.ledger.title) as Sheet;
    const earlier = String(ledger.getSheetValues(ledgerAt + 2, 2, 1, 1)[0]?.[0] ?? '');
    return closing.close(restoredOutcome(candidate, earlier), false);
  }
  if (!to) return closing.close(reading.pending as IntakeOutcome, true);
  const below = readBelow(id, zone, to.target, to.key, keys, to.shape.width, to.rows);
  const written = writeRows(submission, reading, to, keys, below, state);
  if ('pending' in written) return closing.close(written.pending, true);
  closing.requests.push(
    // The row is in: the ledger says so in the same write as the status.
    appendRequest(
      sheets.ledger.sheetId,
      [[candidate.fingerprint, written.plan.statuses[0] ?? '', reading.when]],
      zone,
    ),
  );
  const judged = judgeWritten(reading, to, keys, below, written, lang);
  closeTakenIn(submission, reading, to, keys, below, written, judged, closing);
  return true;
}

/** Step 1: true when there is nothing to do, false when SpreadsheetApp must take it in. */
export function readSubmission(submission: Submission): Reading | boolean {
  const { spreadsheet, sheet, row, kind, lang, store } = submission;
  const id = spreadsheet.getId();
  const layout = readLayout(id);
  const zone = layout.timeZone;
  const sheetId = sheet.getSheetId();
  const sheets = findSheets(layout, sheetId, lang);
  if (!sheets) return false;
  const read = readResponse(id, zone, sheets, row);
  if (!read) return false;
  const { header, values, status } = read;
  if (values.every(isBlank) || isTakenIn(values[status] as CellValue)) return true;
  const now = nowMs();
  const clock = { nowMs: now, timeZone: zone };
  const candidate: IntakeCandidate = {
    kind,
    sheetName: sheets.response.title,
    row,
    statusColumn: status + 1,
    header,
    values,
    fingerprint: responseFingerprint(formIds(store)[kind] ?? kind, values, status),
  };
  const mapped = mapCandidates([candidate], lang, clock);
  const [group] = [...mapped.groups];
  const reading = { id, zone, sheetId, sheets, read, candidate, clock, when: new Date(now) };
  if (!group) return { ...reading, to: null, pending: mapped.pending[0] };
  const [key, mappedRows] = group;
  const target = sheets.canonical.find((c) => c.key === key)?.tab;
  const head = read.heads.get(key) ?? [];
  const shape = sheetLayout(key, head, head.length, lang);
  // A sheet or columns to make: SpreadsheetApp's work, before anything is written.
  if (!target || shape.missing) return false;
  const rows = mappedRows.map((g) => g.row);
  const to = { key, target, header: head, shape, group: mappedRows, rows };
  return { ...reading, to, pending: undefined };
}
