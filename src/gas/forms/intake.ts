/**
 * Intake: a form response, from its row in the response sheet to its canonical row in Events,
 * Cases, Referrals or Assistance. Under the document lock; a response already taken in (its
 * status says ✓, or the intake ledger knows its fingerprint: see intake-ledger.ts) is never
 * taken in again; an Event ID or case code is never reused. Nothing is lost: a response that
 * cannot be taken in now stays in its sheet, pending, and the Log says why; "Process pending
 * responses" and the next submission take it in later.
 */
import { errorText } from '../../core/error-text';
import {
  casePrefix,
  formatCaseCode,
  formatEventId,
  maxCaseSequence,
  maxEventNumber,
  Sequences,
} from '../../core/forms/codes';
import { responseFingerprint } from '../../core/forms/fingerprint';
import { type CanonicalSheet, type MappedRow, mapResponse } from '../../core/forms/map-response';
import { FORM_SPECS, type FormKind, wordOf } from '../../core/forms/spec';
import { type FormTextId, formText } from '../../core/forms/texts';
import type { Lang } from '../../core/i18n/lang';
import { locateColumns } from '../../core/read/locate';
import type { CellValue } from '../../core/read/workbook';
import { asCellText } from '../../core/safe-text';
import type { ColumnDef } from '../../core/schema/sheets';
import { SHEETS } from '../../core/schema/sheets';
import { wallTimeOfInstant } from '../../core/time/wall-time';
import { logApprovedChanges } from '../approval/log-changes';
import { setValuesAsAnswered } from '../cell-text';
import { appendLog, appendLogs } from '../log';
import { revalidateEditedRows } from '../on-edit';
import { workbookLang } from '../settings';
import { ensureSheet } from '../sheet-access';
import { syncIfDirty } from './committees';
import { firstFreeRow } from './free-row';
import { IntakeLedger } from './intake-ledger';
import {
  ensureStatusColumn,
  formKindOfUrl,
  isTakenIn,
  korgooResponseSheets,
  statusIndex,
} from './response-sheet';
import { catchUpDue, counters, formIds, markPending, markScanned, saveCounters } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How long a response waits for another action (another response, a validation) to finish. */
export const INTAKE_WAIT_MS = 30_000;
/** Pending responses one submission takes in besides its own (the rest wait for the next). */
const CATCH_UP_LIMIT = 200;

/** One response row to take in. */
interface Candidate {
  readonly sheet: Sheet;
  readonly sheetName: string;
  readonly kind: FormKind;
  readonly row: number;
  readonly header: readonly CellValue[];
  readonly values: readonly CellValue[];
  readonly statusColumn: number;
  /** The response's identity in the intake ledger (form, timestamp, answers). */
  readonly fingerprint: string;
}

export interface Outcome {
  readonly candidate: Candidate;
  readonly takenIn: boolean;
  /** The status cell's text. */
  readonly status: string;
  /** The Log's outcome text. */
  readonly log: string;
}

const isBlank = (v: CellValue): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function formName(kind: FormKind, lang: Lang): string {
  return wordOf(FORM_SPECS[kind].title, { lang, bilingual: false });
}

function pendingOutcome(candidate: Candidate, lang: Lang, reason: string): Outcome {
  return {
    candidate,
    takenIn: false,
    status: formText('statusPending', lang, { reason }),
    log: formText('leftPending', lang, {
      reason,
      sheet: candidate.sheetName,
      row: candidate.row,
    }),
  };
}

/**
 * The canonical rows of one sheet, written at its end in one call. The counters are saved
 * first: a failure in between may skip a number, never hand one out twice.
 */
function writeRows(
  spreadsheet: Spreadsheet,
  lang: Lang,
  key: CanonicalSheet,
  rows: readonly MappedRow[],
): { sheet: Sheet; sheetName: string; firstRow: number; ids: (string | null)[] } {
  const sheet = ensureSheet(spreadsheet, key, lang);
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  const lastColumn = sheet.getLastColumn();
  const header =
    lastColumn > 0 ? (sheet.getSheetValues(1, 1, 1, lastColumn)[0] as CellValue[]) : [];
  const found = locateColumns(columns, header);
  // A schema column someone deleted comes back at the end: the answer is never dropped.
  const missing = columns.filter((_, i) => found[i] === -1);
  let next = Math.max(lastColumn, header.length) + 1;
  const positions = found.map((index) => (index === -1 ? next++ : index + 1));
  if (missing.length > 0) {
    sheet
      .getRange(1, next - missing.length, 1, missing.length)
      .setValues([missing.map((column) => column.labels[lang])]);
  }
  const width = next - 1;
  const lastRow = Math.max(1, sheet.getLastRow());
  const positionOf = (column: string): number =>
    positions[columns.findIndex((c) => c.key === column)] as number;

  const assign = rows[0]?.assign ?? null;
  // The ID column (Event ID, case code) or, for follow-ups, the case code: read once.
  const keyColumn = positionOf(assign ?? 'caseCode');
  const keyValues =
    lastRow >= 2
      ? sheet.getSheetValues(2, keyColumn, lastRow - 1, 1).map((line) => line[0] as CellValue)
      : [];
  const existing: CellValue[] = assign !== null ? keyValues : [];
  const firstRow = firstFreeRow(sheet, lastRow, width, keyValues);
  const kept = counters();
  const sequences = new Sequences((prefix) =>
    prefix === ''
      ? Math.max(kept.event, maxEventNumber(existing))
      : Math.max(kept.cases(prefix), maxCaseSequence(existing, prefix)),
  );
  const currentYear = new Date().getFullYear();
  const ids: (string | null)[] = [];
  const block = rows.map((mapped) => {
    const line: CellValue[] = new Array(width).fill('');
    for (const [column, value] of Object.entries(mapped.values)) {
      line[positionOf(column) - 1] = value;
    }
    let id: string | null = null;
    if (mapped.assign === 'eventId') id = formatEventId(sequences.next(''));
    else if (mapped.assign === 'caseCode' && mapped.committeeId) {
      const year = mapped.year ?? currentYear;
      id = formatCaseCode(
        mapped.committeeId,
        year,
        sequences.next(casePrefix(mapped.committeeId, year)),
      );
    }
    if (mapped.assign !== null) line[positionOf(mapped.assign) - 1] = asCellText(id ?? '');
    ids.push(id);
    return line;
  });
  const issued = sequences.issued();
  const cases = new Map([...issued].filter(([prefix]) => prefix !== ''));
  saveCounters(issued.has('') ? (issued.get('') as number) : null, cases);
  setValuesAsAnswered(
    sheet.getRange(firstRow, 1, block.length, width),
    block as (string | number | Date)[][],
  );
  return { sheet, sheetName: sheet.getName(), firstRow, ids };
}

/**
 * Takes the candidates in: maps each, writes the canonical rows (one call per target sheet),
 * validates and marks them, and writes every candidate's status. The caller holds the lock.
 */
function takeIn(
  spreadsheet: Spreadsheet,
  lang: Lang,
  ledger: IntakeLedger,
  candidates: readonly Candidate[],
): Outcome[] {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const context = {
    lang,
    yearOf: (date: Date) => new Date(wallTimeOfInstant(date, timeZone)).getUTCFullYear(),
  };
  const outcomes = new Map<Candidate, Outcome>();
  const groups = new Map<CanonicalSheet, { candidate: Candidate; row: MappedRow }[]>();
  for (const candidate of candidates) {
    let result: ReturnType<typeof mapResponse>;
    try {
      result = mapResponse(candidate.kind, candidate.header, candidate.values, context);
    } catch (error) {
      outcomes.set(
        candidate,
        pendingOutcome(
          candidate,
          lang,
          formText('reasonError', lang, { message: errorText(error) }),
        ),
      );
      continue;
    }
    if (!result.ok) {
      outcomes.set(
        candidate,
        pendingOutcome(candidate, lang, formText(result.reason as FormTextId, lang)),
      );
      continue;
    }
    const list = groups.get(result.row.sheet) ?? [];
    list.push({ candidate, row: result.row });
    groups.set(result.row.sheet, list);
  }
  for (const [key, group] of groups) {
    let written: ReturnType<typeof writeRows>;
    try {
      written = writeRows(
        spreadsheet,
        lang,
        key,
        group.map((g) => g.row),
      );
    } catch (error) {
      markPending();
      for (const { candidate } of group) {
        outcomes.set(
          candidate,
          pendingOutcome(
            candidate,
            lang,
            formText('reasonError', lang, { message: errorText(error) }),
          ),
        );
      }
      continue;
    }
    // The rows are in: from here on these responses are taken in, whatever fails, so that no
    // later run takes them in a second time. The ledger says so first, before anything else
    // can fail; a failed check only waits for "Validate now".
    const statuses = group.map((_, i) => {
      const id = written.ids[i];
      const idText = id ? `${id} ` : '';
      return formText('statusTaken', lang, {
        id: idText,
        sheet: written.sheetName,
        row: written.firstRow + i,
      });
    });
    ledger.record(
      group.map(({ candidate }, i) => ({
        fingerprint: candidate.fingerprint,
        status: statuses[i] as string,
      })),
    );
    let problems: string;
    try {
      const check = revalidateEditedRows(
        spreadsheet,
        written.sheet,
        written.firstRow,
        group.length,
        lang,
      );
      problems = String(check?.problems ?? 0);
      logApprovedChanges(spreadsheet, lang, check);
    } catch (error) {
      problems = formText('notValidated', lang, { message: errorText(error) });
    }
    group.forEach(({ candidate }, i) => {
      const id = written.ids[i];
      const row = written.firstRow + i;
      outcomes.set(candidate, {
        candidate,
        takenIn: true,
        status: statuses[i] as string,
        log: formText('takenIn', lang, {
          sheet: written.sheetName,
          row,
          id: id ? `, ${id}` : '',
          problems,
        }),
      });
    });
  }
  const ordered = candidates.map((candidate) => outcomes.get(candidate) as Outcome);
  writeStatuses(ordered);
  return ordered;
}

/** Each run of consecutive rows of a sheet gets its statuses in one call, its notes cleared in one. */
function writeStatuses(outcomes: readonly Outcome[]): void {
  const sorted = [...outcomes].sort(
    (a, b) =>
      a.candidate.sheetName.localeCompare(b.candidate.sheetName) ||
      a.candidate.row - b.candidate.row,
  );
  let run: Outcome[] = [];
  const flush = () => {
    const first = run[0];
    if (!first) return;
    const range = first.candidate.sheet.getRange(
      first.candidate.row,
      first.candidate.statusColumn,
      run.length,
      1,
    );
    range.setValues(run.map((o) => [asCellText(o.status)]));
    range.setNotes(run.map(() => ['']));
    run = [];
  };
  for (const outcome of sorted) {
    const last = run[run.length - 1];
    const continues =
      last !== undefined &&
      last.candidate.sheetName === outcome.candidate.sheetName &&
      last.candidate.statusColumn === outcome.candidate.statusColumn &&
      last.candidate.row + 1 === outcome.candidate.row;
    if (!continues) flush();
    run.push(outcome);
  }
  flush();
}

/** A row whose status says nothing of a response the ledger knows: the ledger's status, again. */
function restoredOutcome(candidate: Candidate, status: string): Outcome {
  return { candidate, takenIn: false, status, log: '' };
}

/** The form's id as Korgoo keeps it (one properties read: ask once per sheet, not per row). */
function formIdOf(kind: FormKind): string {
  return formIds()[kind] ?? kind;
}

/**
 * How many responses wait to be taken in, read only (no sheet written, no lock needed): for a
 * run that cannot take them in itself, such as a clock run with no document lock, so that
 * what waits is said rather than silently left out.
 */
export function countPending(spreadsheet: Spreadsheet, lang: Lang): number {
  const ledger = IntakeLedger.open(spreadsheet, lang);
  let waiting = 0;
  for (const { sheet, kind } of korgooResponseSheets(spreadsheet)) {
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    if (lastRow < 2 || lastColumn < 1) continue;
    const [header = [], ...rows] = sheet.getSheetValues(1, 1, lastRow, lastColumn) as CellValue[][];
    const status = statusIndex(header);
    const formId = formIdOf(kind);
    for (const values of rows) {
      if (values.every(isBlank)) continue;
      if (status !== -1 && isTakenIn(values[status])) continue;
      if (ledger.statusOf(responseFingerprint(formId, values, status)) === undefined) waiting++;
    }
  }
  return waiting;
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
): { taken: number; left: number; outcomes: Outcome[] } {
  const started = Date.now();
  let taken = 0;
  let left = 0;
  let room = limit;
  const all: Outcome[] = [];
  for (const { sheet, kind } of korgooResponseSheets(spreadsheet)) {
    const { header, statusColumn } = ensureStatusColumn(sheet, lang);
    const lastRow = sheet.getLastRow();
    if (lastRow < 2) continue;
    const rows = sheet.getSheetValues(2, 1, lastRow - 1, header.length) as CellValue[][];
    const sheetName = sheet.getName();
    const candidates: Candidate[] = [];
    const restored: Outcome[] = [];
    const known: { fingerprint: string; status: string }[] = [];
    const seen = new Set<string>();
    const formId = formIdOf(kind);
    rows.forEach((values, i) => {
      if (values.every(isBlank)) return;
      const fingerprint = responseFingerprint(formId, values, statusColumn - 1);
      const status = values[statusColumn - 1];
      if (isTakenIn(status)) {
        known.push({ fingerprint, status: String(status) });
        return;
      }
      const candidate = {
        sheet,
        sheetName,
        kind,
        row: i + 2,
        header,
        values,
        statusColumn,
        fingerprint,
      };
      const earlier = ledger.statusOf(fingerprint);
      if (earlier !== undefined) {
        restored.push(restoredOutcome(candidate, earlier));
        return;
      }
      // The same response twice in one sheet (a row pasted again) is taken in once.
      if (seen.has(fingerprint)) return;
      seen.add(fingerprint);
      if (candidates.length >= room) {
        left++;
        return;
      }
      candidates.push(candidate);
    });
    ledger.record(known);
    if (restored.length > 0) writeStatuses(restored);
    if (candidates.length === 0) continue;
    room -= candidates.length;
    const outcomes = takeIn(spreadsheet, lang, ledger, candidates);
    for (const outcome of outcomes) {
      if (outcome.takenIn) taken++;
      else left++;
    }
    all.push(...outcomes);
  }
  if (room > 0) markScanned(started);
  return { taken, left, outcomes: all };
}

/** The spreadsheet trigger's handler: one response, then any pending ones. */
export function intakeFormSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit | undefined): void {
  const range = e?.range;
  if (!range || typeof range.getSheet !== 'function') return;
  const spreadsheet =
    (e as unknown as { source?: Spreadsheet }).source ?? SpreadsheetApp.getActiveSpreadsheet();
  const sheet = range.getSheet();
  const row = range.getRow();
  if (row < 2) return;
  const kind = formKindOfUrl(sheet.getFormUrl());
  // A form that is not Korgoo's (a coordinator's own survey) is none of the intake's business.
  if (kind === null) return;
  const lang = workbookLang();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(INTAKE_WAIT_MS)) {
    leaveWaiting(spreadsheet, sheet, row, kind, lang);
    return;
  }
  const logs: [string, string][] = [];
  try {
    syncIfDirty(spreadsheet);
    const ledger = IntakeLedger.open(spreadsheet, lang);
    const { header, statusColumn } = ensureStatusColumn(sheet, lang);
    const values = sheet.getSheetValues(row, 1, 1, header.length)[0] as CellValue[];
    if (!values.every(isBlank) && !isTakenIn(values[statusColumn - 1])) {
      const candidate = {
        sheet,
        sheetName: sheet.getName(),
        kind,
        row,
        header,
        values,
        statusColumn,
        fingerprint: responseFingerprint(formIdOf(kind), values, statusColumn - 1),
      };
      const earlier = ledger.statusOf(candidate.fingerprint);
      if (earlier !== undefined) {
        // Apps Script fired twice, or the row came back: taken in already, never again.
        writeStatuses([restoredOutcome(candidate, earlier)]);
      } else {
        const [outcome] = takeIn(spreadsheet, lang, ledger, [candidate]);
        if (outcome)
          logs.push([formText('logIntake', lang, { form: formName(kind, lang) }), outcome.log]);
      }
    }
    if (catchUpDue()) {
      const pending = takeInPending(spreadsheet, lang, CATCH_UP_LIMIT, ledger);
      for (const outcome of pending.outcomes) {
        if (outcome.takenIn) continue;
        logs.push([
          formText('logIntake', lang, { form: formName(outcome.candidate.kind, lang) }),
          outcome.log,
        ]);
      }
      if (pending.taken + pending.left > 0) {
        logs.push([
          formText('logPending', lang),
          formText('pendingDone', lang, { taken: pending.taken, left: pending.left }),
        ]);
      }
    }
  } catch (error) {
    markPending();
    logs.push([
      formText('logIntake', lang, { form: formName(kind, lang) }),
      formText('leftPending', lang, {
        reason: formText('reasonError', lang, { message: errorText(error) }),
        sheet: sheet.getName(),
        row,
      }),
    ]);
  } finally {
    try {
      appendLogs(spreadsheet, lang, logs);
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}

/**
 * The lock could not be had: the response stays as it is (its status empty, so pending), with
 * a note on its status cell, a Log line, and a mark that makes the next submission catch up.
 * Without the lock the status VALUE is never written: only the lock's holder writes it.
 */
function leaveWaiting(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  row: number,
  kind: FormKind,
  lang: Lang,
): void {
  markPending();
  const reason = formText('reasonBusy', lang);
  try {
    const lastColumn = sheet.getLastColumn();
    const header = sheet.getSheetValues(1, 1, 1, Math.max(1, lastColumn))[0] as CellValue[];
    const status = statusIndex(header);
    if (status !== -1) {
      const when = Utilities.formatDate(
        new Date(),
        spreadsheet.getSpreadsheetTimeZone(),
        'dd.MM.yyyy HH:mm',
      );
      sheet.getRange(row, status + 1).setNote(formText('waitingNote', lang, { when }));
    }
  } finally {
    appendLog(
      spreadsheet,
      lang,
      formText('logIntake', lang, { form: formName(kind, lang) }),
      formText('leftPending', lang, { reason, sheet: sheet.getName(), row }),
    );
  }
}
