/**
 * One form response through the Sheets API (docs/sheets-api.md): the layout in one read, what
 * the response and its check need in three more (intake-api-read.ts: the response and the
 * small sheets; intake-api-target.ts: the key columns and the ledger, then the rows near its
 * day and below the last entry with their notes), its row written and read back through
 * SpreadsheetApp (answers as a person gave them), and the ledger, the status, the marks, the
 * Problems line and the Log in ONE batchUpdate (intake-api-close.ts), all or nothing: the
 * response is marked done in the same write that records it, after its row.
 *
 * Returns false, having written nothing, when this response needs what only SpreadsheetApp
 * does (a sheet or a column to make): the caller then takes it in as before; so does a read
 * that fails (the API off, a quota). `state.written` says when the row is in: from then on an
 * error must not let the caller take the response in again.
 */
import { columnLetters } from '../../core/a1';
import { errorText } from '../../core/error-text';
import { responseFingerprint } from '../../core/forms/fingerprint';
import type { FormKind } from '../../core/forms/spec';
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { CHECK_SCOPE } from '../../core/intake/check-scope';
import { sheetLayout } from '../../core/intake/layout';
import {
  errorReason,
  type IntakeCandidate,
  type IntakeOutcome,
  mapCandidates,
  pendingOutcome,
  planSheetRows,
  restoredOutcome,
  takenInOutcomes,
} from '../../core/intake/plan';
import type { SettingsStore } from '../../core/ports/settings';
import { isBlank } from '../../core/read/cells';
import type { CellValue } from '../../core/read/workbook';
import { wallTimeOfInstant } from '../../core/time/wall-time';
import { logApprovedChanges } from '../approval/log-changes';
import { approvedPairsOfValues } from '../approval/read';
import { setValuesAsAnswered } from '../cell-text';
import { nowMs } from '../clock';
import { recordMarks } from '../mark-record';
import { problemRow } from '../problems-sheet';
import { appendRequest, notesRequest, readLayout } from '../sheets-api';
import { judgeNewRows, writeProblemLines } from './check-new-rows';
import { ClosingWrite } from './intake-api-close';
import { findSheets, readResponse } from './intake-api-read';
import { readBelow, readKeys } from './intake-api-target';
import { IntakeLedger } from './intake-ledger';
import { isTakenIn } from './response-sheet';
import { SheetsOnce } from './sheets-once';
import { counters, formIds, markPending, saveCounters } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Korgoo's marker apostrophe taken off: a stringValue is written as it is, never parsed. */
const raw = (v: CellValue): CellValue =>
  typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;

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

export function takeInThroughApi(submission: Submission, state: { written: boolean }): boolean {
  const { spreadsheet, sheet, row, kind, lang, store, logs } = submission;
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
  const key = group?.[0];
  const target = key ? sheets.canonical.find((c) => c.key === key)?.tab : undefined;
  const targetHeader = key ? (read.heads.get(key) ?? []) : [];
  const shape = key ? sheetLayout(key, targetHeader, targetHeader.length, lang) : null;
  // A sheet or columns to make: SpreadsheetApp's work, before anything is written.
  if (group && (!target || !shape || shape.missing)) return false;

  const keys = readKeys(id, zone, sheets, read.heads, key, target);
  const when = new Date(now);
  const closing = new ClosingWrite(
    id,
    zone,
    { sheet, sheetId, row, status },
    sheets.log.sheetId,
    when,
    kind,
    lang,
    logs,
  );
  const ledgerAt = keys.fingerprints.indexOf(candidate.fingerprint);
  if (ledgerAt !== -1) {
    // Apps Script fired twice, or the row came back: taken in already, never again.
    const ledger = spreadsheet.getSheetByName(sheets.ledger.title) as Sheet;
    const earlier = String(ledger.getSheetValues(ledgerAt + 2, 2, 1, 1)[0]?.[0] ?? '');
    return closing.close(restoredOutcome(candidate, earlier), false);
  }
  if (!group || !key || !target || !shape)
    return closing.close(mapped.pending[0] as IntakeOutcome, true);
  const rows = group[1].map((g) => g.row);
  const below = readBelow(id, zone, target, key, keys, shape.width, rows);

  let plan: ReturnType<typeof planSheetRows>;
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    plan = planSheetRows(
      lang,
      {
        name: target.title,
        header: targetHeader,
        lastColumn: targetHeader.length,
        keys: keys.keys,
        firstFreeRow: below.firstFreeRow,
      },
      shape,
      rows,
      counters(store),
      clock,
    );
    // The counters first: a failure in between may skip a number, never hand one out twice.
    saveCounters(plan.eventCounter, plan.caseCounters, store);
    const last = plan.firstRow + rows.length - 1;
    range = spreadsheet.getRange(
      `'${target.title.replace(/'/g, "''")}'!A${plan.firstRow}:${columnLetters(shape.width)}${last}`,
    );
    state.written = true;
    setValuesAsAnswered(range, plan.rows);
  } catch (error) {
    markPending(store);
    return closing.close(pendingOutcome(candidate, lang, errorReason(error, lang)), true);
  }
  // The row is in: the ledger says so in the same write as the status.
  closing.requests.push(
    appendRequest(
      sheets.ledger.sheetId,
      [[candidate.fingerprint, plan.statuses[0] ?? '', when]],
      zone,
    ),
  );
  const { notes, backgrounds } = below;
  const last = plan.firstRow + rows.length - 1;
  let judged: ReturnType<typeof judgeNewRows> = {
    problems: 0,
    changed: [],
    list: [],
    notes,
    backgrounds,
  };
  let problems: string;
  try {
    judged = judgeNewRows(
      {
        key,
        sheetName: target.title,
        header: targetHeader,
        above: keys.above.slice(0, plan.firstRow - 1),
        firstRow: plan.firstRow,
        count: rows.length,
        width: shape.width,
      },
      // Read back: the values as Sheets keeps them (numbers parsed, text markers gone).
      range.getValues() as CellValue[][],
      {
        sheets: {
          ...keys.context,
          ...(sheets.committees && read.committees && CHECK_SCOPE[key].context.committees
            ? { committees: { name: sheets.committees.title, values: read.committees } }
            : {}),
        },
        approved:
          read.approvals && sheets.approvals
            ? approvedPairsOfValues(read.approvals, zone, sheets.approvals.title)
            : new Set(),
      },
      { notes, backgrounds },
      lang,
      zone,
      wallTimeOfInstant(when, zone),
    );
    problems = String(judged.problems);
  } catch (error) {
    // The row is in whatever the check does: a failed check only waits for Validate now.
    problems = text('notValidated', lang, { message: errorText(error) });
  }
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
  if (judged.list.length > 0) recordMarks(key, targetHeader, last - 1, judged.list);
  // A line left from a row deleted since, or no Problems sheet: SpreadsheetApp's steps.
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
  const [outcome] = takenInOutcomes(lang, target.title, group[1], plan, problems);
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
  return true;
}
