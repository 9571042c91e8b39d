/**
 * Intake: a form response, from its row in the response sheet to its canonical row in Events,
 * Cases, Referrals or Assistance. Under the document lock; a response already taken in (its
 * status says ✓, or the intake ledger knows its fingerprint: see intake-ledger.ts) is never
 * taken in again; an Event ID or case code is never reused. Nothing is lost: a response that
 * cannot be taken in now stays in its sheet, pending, and the Log says why; "Process pending
 * responses" and the next submission take it in later.
 *
 * This file only reads, calls the plan (src/core/intake) and writes.
 */

import { errorText } from '../../core/error-text';
import { responseFingerprint } from '../../core/forms/fingerprint';
import type { CanonicalSheet, MappedRow } from '../../core/forms/map-response';
import type { FormKind } from '../../core/forms/spec';
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { CHECK_SCOPE } from '../../core/intake/check-scope';
import { choosePending, type ScannedRow } from '../../core/intake/choose';
import { keyColumnOf, type SheetLayout, sheetLayout } from '../../core/intake/layout';
import { type PendingResult, pendingLogLines, responseWhat } from '../../core/intake/log-lines';
import {
  errorReason,
  type IntakeCandidate,
  type IntakeClock,
  type IntakeOutcome,
  mapCandidates,
  pendingOutcome,
  planSheetRows,
  restoredOutcome,
  takenInOutcomes,
} from '../../core/intake/plan';
import { sameDayWindow } from '../../core/intake/repeat-window';
import type { IntakeReader, TargetSheet } from '../../core/ports/intake-reader';
import type { SettingsStore } from '../../core/ports/settings';
import { settingsSnapshot } from '../../core/ports/settings-snapshot';
import { isEmptyRow } from '../../core/read/cells';
import type { CellValue } from '../../core/read/workbook';
import { asCellText } from '../../core/safe-text';
import { wallTimeOfInstant } from '../../core/time/wall-time';
import { logApprovedChanges } from '../approval/log-changes';
import { nowMs } from '../clock';
import { underDocumentLock } from '../lock';
import { appendLog, appendLogs } from '../log';
import { readColumnsInto, readHead } from '../read-columns';
import { workbookLang } from '../settings';
import { settings } from '../settings-store';
import { type GasSheetWriter, gasSheetWriter } from '../sheet-writer';
import { hasSheetsApi } from '../sheets-api';
import { checkNewRows } from './check-new-rows';
import { syncIfDirty } from './committees';
import { firstFreeRow } from './free-row';
import { takeInThroughApi } from './intake-api';
import { IntakeLedger } from './intake-ledger';
import {
  ensureStatusColumn,
  formKindOfUrl,
  isTakenIn,
  korgooResponseSheets,
  statusIndex,
} from './response-sheet';
import { SheetsOnce } from './sheets-once';
import {
  catchUpDue,
  counters,
  type FormIds,
  formIds,
  markPending,
  markScanned,
  saveCounters,
} from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How long a response waits for another action (another response, a validation) to finish. */
export const INTAKE_WAIT_MS = 30_000;
/** Pending responses one submission takes in besides its own (the rest wait for the next). */
const CATCH_UP_LIMIT = 200;

export type Outcome = IntakeOutcome;

/** No sheet's name: a sheet name cannot hold a control character. */
const SUBMITTED_SHEET = '\u0000submitted';

const isBlank = (v: CellValue): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * One execution's intake: its sheets found once, its clock, its reader and writer. The
 * sheets it opened stay known by name, for the writer and for the check of new rows.
 */
class IntakeRun implements IntakeReader {
  readonly sheets: SheetsOnce;
  readonly clock: IntakeClock;
  private readonly byName = new Map<string, Sheet>();
  private readonly kinds = new Map<string, FormKind>();
  /** The canonical sheets opened, with what the check of their new rows needs. */
  readonly opened = new Map<string, OpenTarget>();
  readonly writer: GasSheetWriter;
  private ids: FormIds | null = null;
  /** Candidates whose sheet the writer knows by another key than its name (keyOf). */
  private readonly keys = new Map<IntakeCandidate, string>();

  constructor(
    readonly spreadsheet: Spreadsheet,
    readonly lang: Lang,
    readonly ledger: IntakeLedger,
    now: number,
    /** The settings, read once in this run (taken under the lock: the counters are current). */
    readonly store: SettingsStore,
  ) {
    this.sheets = new SheetsOnce(spreadsheet, lang);
    this.clock = { nowMs: now, timeZone: spreadsheet.getSpreadsheetTimeZone() };
    this.writer = gasSheetWriter((name) => this.sheetNamed(name));
  }

  /** The form's id as Korgoo keeps it (a fingerprint's first part). */
  formIdOf(kind: FormKind): string {
    this.ids ??= formIds(this.store);
    return this.ids[kind] ?? kind;
  }

  sheetNamed(name: string): Sheet {
    const sheet = this.byName.get(name);
    if (!sheet) throw new Error(`sheet ${name} not open in this run`);
    return sheet;
  }

  /** Makes a sheet known by its name (response sheets, canonical sheets). */
  open(sheet: Sheet, name: string = this.sheets.nameOf(sheet)): string {
    this.byName.set(name, sheet);
    return name;
  }

  /**
   * The submitted response's candidate: its sheet known to the writer by a key of its own,
   * its name asked only when a text says it (a pending response's Log line), not to write.
   */
  submitted(sheet: Sheet, fields: Omit<IntakeCandidate, 'sheetName'>): IntakeCandidate {
    const sheets = this.sheets;
    const candidate: IntakeCandidate = {
      ...fields,
      get sheetName() {
        return sheets.nameOf(sheet);
      },
    };
    this.keys.set(candidate, this.open(sheet, SUBMITTED_SHEET));
    return candidate;
  }

  /** The key the writer knows the candidate's sheet by. */
  keyOf(candidate: IntakeCandidate): string {
    return this.keys.get(candidate) ?? candidate.sheetName;
  }

  /** A response sheet of a Korgoo form, to scan with responseRows. */
  openResponses(sheet: Sheet, kind: FormKind): string {
    const name = this.open(sheet);
    this.kinds.set(name, kind);
    return name;
  }

  targetSheet(key: CanonicalSheet, rows: readonly MappedRow[]): TargetSheet {
    const opened = openTarget(this, key, rows);
    this.opened.set(opened.target.name, opened);
    return opened.target;
  }

  responseRows(sheetName: string): readonly ScannedRow[] {
    return scanResponseSheet(
      this,
      this.sheetNamed(sheetName),
      this.kinds.get(sheetName) as FormKind,
    );
  }
}

/** A canonical sheet as the plan and the check need it, read in one block. */
interface OpenTarget {
  readonly sheet: Sheet;
  readonly target: TargetSheet;
  readonly layout: SheetLayout;
  readonly header: CellValue[];
  readonly above: CellValue[][];
}

function openTarget(run: IntakeRun, key: CanonicalSheet, rows: readonly MappedRow[]): OpenTarget {
  const sheet = run.sheets.ensure(key, run.lang);
  const name = run.open(sheet);
  const keyColumn = keyColumnOf(key);
  const scope = CHECK_SCOPE[key];
  const read = readHead(sheet, key);
  readColumnsInto(sheet, read, [keyColumn, ...scope.own]);
  if (scope.sameDay) {
    const { day, columns } = scope.sameDay;
    const window = sameDayWindow(
      read.column(day),
      rows.map((row) => row.values[day]),
    );
    if (window) readColumnsInto(sheet, read, columns, window);
  }
  const layout = sheetLayout(key, read.header, read.lastColumn, run.lang);
  const header: CellValue[] = [...read.header];
  if (layout.missing) {
    sheet
      .getRange(1, layout.missing.firstColumn, 1, layout.missing.labels.length)
      .setValues([[...layout.missing.labels]]);
    layout.missing.labels.forEach((label, i) => {
      header[(layout.missing?.firstColumn ?? 1) - 1 + i] = label;
    });
  }
  const keys = read.column(keyColumn);
  // A row with an entry in any column read is an entry: only rows below the last one are read
  // in full to find the first free row (the ID column alone is empty on rows typed by hand).
  const entries = read.values.slice(1).map((row) => (isEmptyRow(row) ? '' : 'entry'));
  return {
    sheet,
    layout,
    header,
    above: read.values,
    target: {
      name,
      header,
      lastColumn: read.lastColumn,
      keys,
      firstFreeRow: firstFreeRow(sheet, read.lastRow, layout.width, entries),
    },
  };
}

/**
 * Takes the candidates in: the plan maps each and gives the rows (one write per target sheet);
 * the new rows are checked and marked; every candidate's status is written. The caller holds
 * the lock.
 */
function takeIn(run: IntakeRun, candidates: readonly IntakeCandidate[]): Outcome[] {
  const { lang } = run;
  const mapped = mapCandidates(candidates, lang, run.clock);
  const outcomes = new Map<IntakeCandidate, Outcome>();
  for (const outcome of mapped.pending) outcomes.set(outcome.candidate, outcome);
  for (const [key, group] of mapped.groups) {
    let opened: OpenTarget;
    let plan: ReturnType<typeof planSheetRows>;
    try {
      const target = run.targetSheet(
        key,
        group.map((g) => g.row),
      );
      opened = run.opened.get(target.name) as OpenTarget;
      plan = planSheetRows(
        lang,
        opened.target,
        opened.layout,
        group.map((g) => g.row),
        counters(run.store),
        run.clock,
      );
      // The counters first: a failure in between may skip a number, never hand one out twice.
      saveCounters(plan.eventCounter, plan.caseCounters, run.store);
      run.writer.appendRows(opened.target.name, plan.firstRow, plan.rows);
    } catch (error) {
      markPending(run.store);
      for (const { candidate } of group)
        outcomes.set(candidate, pendingOutcome(candidate, lang, errorReason(error, lang)));
      continue;
    }
    // The rows are in: from here on these responses are taken in, whatever fails, so that no
    // later run takes them in a second time. The ledger says so first, before anything else
    // can fail; a failed check only waits for "Validate now".
    run.ledger.record(
      group.map(({ candidate }, i) => ({
        fingerprint: candidate.fingerprint,
        status: plan.statuses[i] as string,
      })),
    );
    let problems: string;
    try {
      const found = checkNewRows(
        run.sheets,
        {
          key,
          sheet: opened.sheet,
          sheetName: opened.target.name,
          header: opened.header,
          above: opened.above.slice(0, plan.firstRow - 1),
          firstRow: plan.firstRow,
          count: group.length,
          width: opened.layout.width,
          block: run.writer.range(
            opened.target.name,
            plan.firstRow,
            1,
            group.length,
            opened.layout.width,
          ),
        },
        lang,
        run.clock.timeZone,
        wallTimeOfInstant(new Date(run.clock.nowMs), run.clock.timeZone),
      );
      problems = String(found.problems);
      logApprovedChanges(run.sheets.spreadsheet, lang, found);
    } catch (error) {
      problems = text('notValidated', lang, { message: errorText(error) });
    }
    for (const outcome of takenInOutcomes(lang, opened.target.name, group, plan, problems))
      outcomes.set(outcome.candidate, outcome);
  }
  const ordered = candidates.map((candidate) => outcomes.get(candidate) as Outcome);
  writeStatuses(run, ordered);
  return ordered;
}

/** Each run of consecutive rows of a sheet gets its statuses in one call, its notes cleared in one. */
function writeStatuses(run: IntakeRun, outcomes: readonly Outcome[]): void {
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

/** Every non-blank row of a response sheet, as the plan's candidates. */
function scanResponseSheet(run: IntakeRun, sheet: Sheet, kind: FormKind): ScannedRow[] {
  const { header, statusColumn } = ensureStatusColumn(sheet, run.lang);
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return [];
  const rows = sheet.getSheetValues(2, 1, lastRow - 1, header.length) as CellValue[][];
  const sheetName = run.open(sheet);
  const formId = run.formIdOf(kind);
  const scanned: ScannedRow[] = [];
  rows.forEach((values, i) => {
    if (values.every(isBlank)) return;
    const status = values[statusColumn - 1];
    scanned.push({
      candidate: {
        kind,
        sheetName,
        row: i + 2,
        statusColumn,
        header,
        values,
        fingerprint: responseFingerprint(formId, values, statusColumn - 1),
      },
      takenIn: isTakenIn(status),
      status: String(status ?? ''),
    });
  });
  return scanned;
}

function pendingIn(run: IntakeRun, limit: number): PendingResult {
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
      takeInSubmitted(spreadsheet, sheet, row, kind, lang, store, logs);
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
function takeInSubmitted(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  row: number,
  kind: FormKind,
  lang: Lang,
  store: SettingsStore,
  logs: (readonly [string, string])[],
): void {
  syncIfDirty(spreadsheet, store);
  if (!throughApi(spreadsheet, sheet, row, kind, lang, store, logs))
    takeInThroughSpreadsheetApp(spreadsheet, sheet, row, kind, lang, store, logs);
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
function throughApi(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  row: number,
  kind: FormKind,
  lang: Lang,
  store: SettingsStore,
  logs: (readonly [string, string])[],
): boolean {
  if (!hasSheetsApi()) return false;
  const state = { written: false };
  try {
    return takeInThroughApi(spreadsheet, sheet, row, kind, lang, store, logs, state);
  } catch (error) {
    if (state.written) throw error;
    console.warn(`Form response through SpreadsheetApp: ${String(error)}`);
    return false;
  }
}

/** The submitted response through SpreadsheetApp alone; the caller holds the lock. */
function takeInThroughSpreadsheetApp(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  row: number,
  kind: FormKind,
  lang: Lang,
  store: SettingsStore,
  logs: (readonly [string, string])[],
): void {
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
