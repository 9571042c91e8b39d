/**
 * One form response through the Sheets API (docs/sheets-api.md): the layout in one read, what
 * the response and its check need in three more (the response and the small sheets; the key
 * columns and the ledger; the rows near its day and below the last entry, with their notes),
 * its row written and read back through SpreadsheetApp (answers as a person gave them), and
 * the ledger, the status, the marks, the Problems line and the Log in ONE batchUpdate, all or
 * nothing: the response is marked done in the same write that records it, after its row.
 *
 * Returns false, having written nothing, when this response needs what only SpreadsheetApp
 * does (a sheet or a column to make): the caller then takes it in as before. A failure of the
 * closing batchUpdate (a quota) leaves the row in and does the closing writes through
 * SpreadsheetApp instead.
 */

import { columnLetters } from '../../core/a1';
import { errorText } from '../../core/error-text';
import { responseFingerprint } from '../../core/forms/fingerprint';
import type { FormKind } from '../../core/forms/spec';
import { FORM_TEXT } from '../../core/forms/texts';
import { LANGS, type Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { CHECK_SCOPE } from '../../core/intake/check-scope';
import { keyColumnOf, sheetLayout } from '../../core/intake/layout';
import { responseWhat } from '../../core/intake/log-lines';
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
import { sameDayRuns } from '../../core/intake/repeat-window';
import type { SettingsStore } from '../../core/ports/settings';
import { isEmptyRow } from '../../core/read/cells';
import { locateColumns, locateSheets } from '../../core/read/locate';
import type { CellValue } from '../../core/read/workbook';
import { asCellText } from '../../core/safe-text';
import { type ColumnDef, type DataSheetKey, SHEETS, type SheetKey } from '../../core/schema/sheets';
import { wallTimeOfInstant } from '../../core/time/wall-time';
import { logApprovedChanges } from '../approval/log-changes';
import { approvedPairsOfValues } from '../approval/read';
import { setValuesAsAnswered } from '../cell-text';
import { nowMs } from '../clock';
import { actor } from '../log';
import { recordMarks } from '../mark-record';
import { problemRow } from '../problems-sheet';
import {
  appendRequest,
  type Block,
  backgroundOf,
  batchUpdate,
  formatOfBackground,
  readBlocks,
  readLayout,
  type SheetLayout,
  VALUE_FIELDS,
  valueOfCell,
} from '../sheets-api';
import { judgeNewRows, writeProblemLines } from './check-new-rows';
import { IntakeLedger } from './intake-ledger';
import { isTakenIn, statusIndex } from './response-sheet';
import { SheetsOnce } from './sheets-once';
import { counters, formIds, markPending, saveCounters } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;

/** Korgoo's own text, the mark of a Korgoo-made or pasted text: as written, never parsed. */
const raw = (v: CellValue): CellValue =>
  typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;

const isBlank = (v: CellValue): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** A sheet's block of rows [top, top+rows) and columns [left, left+columns), 0-based. */
const block = (
  tab: SheetLayout,
  top: number,
  left: number,
  rows: number,
  columns: number,
): Block => ({
  sheetId: tab.sheetId,
  top,
  left,
  rows: Math.max(0, rows),
  columns: Math.max(0, columns),
});

export function takeInThroughApi(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  row: number,
  kind: FormKind,
  lang: Lang,
  store: SettingsStore,
  logs: (readonly [string, string])[],
  /** Set once the row is written: from then on a failure must not be taken in again. */
  state: { written: boolean },
): boolean {
  const id = spreadsheet.getId();
  const layout = readLayout(id);
  const zone = layout.timeZone;
  const sheetId = sheet.getSheetId();
  const titles = layout.sheets.map((tab) => tab.title);
  const titled = (title: string | undefined) => layout.sheets.find((tab) => tab.title === title);
  const located = locateSheets(titles);
  const tabOf = (key: SheetKey) => titled(SHEETS[key].labels[lang]) ?? titled(located[key]);
  const byLabel = (labels: Record<Lang, string>) =>
    [lang, ...LANGS].map((l) => titled(labels[l])).find(Boolean);
  const response = layout.sheets.find((tab) => tab.sheetId === sheetId);
  const ledgerTab = byLabel(FORM_TEXT.ledgerSheet);
  const logTab = tabOf('log');
  const problemsTab = tabOf('problems');
  if (!response || !ledgerTab || !logTab) return false;
  const canonical = (['events', 'cases', 'referrals', 'assistance'] as const).flatMap((key) => {
    const tab = tabOf(key);
    return tab ? [{ key, tab }] : [];
  });
  const committees = tabOf('committees');
  const approvals = byLabel(SHEETS.approvals.labels);
  const whole = (tab: SheetLayout) => block(tab, 0, 0, tab.rowCount, tab.columnCount);
  // 1: the response with its header, the canonical sheets' headers, the small sheets.
  const first = readBlocks(
    id,
    [
      block(response, 0, 0, 1, response.columnCount),
      block(response, row - 1, 0, 1, response.columnCount),
      ...canonical.map(({ tab }) => block(tab, 0, 0, 1, tab.columnCount)),
      ...(committees ? [whole(committees)] : []),
      ...(approvals ? [whole(approvals)] : []),
    ],
    VALUE_FIELDS,
    (cell) => valueOfCell(cell, zone),
    '' as CellValue,
  );
  const trimmed = (line: CellValue[] = []) => {
    let n = line.length;
    while (n > 0 && isBlank(line[n - 1] as CellValue)) n--;
    return line.slice(0, n);
  };
  const rowsOf = (grid: CellValue[][] = []) => {
    const lines = grid.map((line) => trimmed(line));
    while (lines.length > 0 && (lines[lines.length - 1]?.length ?? 0) === 0) lines.pop();
    return lines;
  };
  const head = trimmed(first[0]?.[0]);
  const answered = trimmed(first[1]?.[0]);
  const status = statusIndex(head);
  if (status === -1) return false;
  const width = Math.max(head.length, answered.length);
  const header = Array.from({ length: width }, (_, i) => head[i] ?? '');
  const values = Array.from({ length: width }, (_, i) => answered[i] ?? '');
  if (values.every(isBlank) || isTakenIn(values[status] as CellValue)) return true;
  const heads = new Map(canonical.map(({ key }, i) => [key, trimmed(first[2 + i]?.[0])]));
  let at = 2 + canonical.length;
  const committeeValues = committees ? rowsOf(first[at++]) : undefined;
  const approvalValues = approvals ? rowsOf(first[at++]) : undefined;

  const now = nowMs();
  const clock = { nowMs: now, timeZone: zone };
  const candidate: IntakeCandidate = {
    kind,
    sheetName: response.title,
    row,
    statusColumn: status + 1,
    header,
    values,
    fingerprint: responseFingerprint(formIds(store)[kind] ?? kind, values, status),
  };
  const mapped = mapCandidates([candidate], lang, clock);
  const [group] = [...mapped.groups];
  const key = group?.[0];
  const target = key ? canonical.find((c) => c.key === key)?.tab : undefined;
  const targetHeader = key ? (heads.get(key) ?? []) : [];
  const sheetShape = key ? sheetLayout(key, targetHeader, targetHeader.length, lang) : null;
  // A sheet or columns to make: SpreadsheetApp's work, before anything is written.
  if (group && (!target || !key || !sheetShape || sheetShape.missing)) return false;

  // 2: the ledger's fingerprints, the Problems sheet's row numbers, the target's key columns.
  const scope = key ? CHECK_SCOPE[key] : null;
  const defs = key ? (SHEETS[key].columns as readonly ColumnDef[]) : [];
  const positions = locateColumns(defs, targetHeader);
  const indexOf = (column: string) => positions[defs.findIndex((c) => c.key === column)] ?? -1;
  const isDate = (def: ColumnDef | undefined) => def?.type === 'date' || def?.type === 'datetime';
  const own = key && scope ? [...new Set([keyColumnOf(key), ...scope.own])] : [];
  const ownIndexes = own.map(indexOf).filter((i) => i !== -1);
  const contextCols = Object.entries(scope?.context ?? {}).flatMap(([k, columns]) => {
    const tab = tabOf(k as DataSheetKey);
    const contextHead = heads.get(k as 'cases');
    if (!tab || !contextHead || columns === 'all' || !columns) return [];
    const contextDefs = SHEETS[k as DataSheetKey].columns as readonly ColumnDef[];
    const found = locateColumns(contextDefs, contextHead);
    return [{ key: k as DataSheetKey, tab, head: contextHead, defs: contextDefs, found, columns }];
  });
  const columnBlocks = (tab: SheetLayout, indexes: readonly number[]) =>
    indexes.map((i) => block(tab, 1, i, tab.rowCount - 1, 1));
  const contextIndexes = contextCols.map((c) =>
    c.columns
      .map((col) => c.found[c.defs.findIndex((d) => d.key === col)] ?? -1)
      .filter((i) => i !== -1),
  );
  const second = readBlocks(
    id,
    [
      block(ledgerTab, 1, 0, ledgerTab.rowCount - 1, 1),
      ...(problemsTab ? [block(problemsTab, 1, 1, problemsTab.rowCount - 1, 1)] : []),
      ...(target ? columnBlocks(target, ownIndexes) : []),
      ...contextCols.flatMap((c, i) => columnBlocks(c.tab, contextIndexes[i] ?? [])),
    ],
    'effectiveValue',
    (cell) => cell,
    {} as CellData,
  );
  const fingerprints = (second[0] ?? []).map((line) =>
    String(valueOfCell(line[0] ?? {}, zone)).trim(),
  );
  const problemRows = problemsTab
    ? (second[1] ?? []).map((line) => valueOfCell(line[0] ?? {}, zone))
    : [];
  let next = problemsTab ? 2 : 1;
  const requests: Request[] = [];
  const statusRequest = (text: string): Request => ({
    updateCells: {
      start: { sheetId, rowIndex: row - 1, columnIndex: status },
      rows: [{ values: [{ userEnteredValue: { stringValue: text }, note: '' }] }],
      fields: 'userEnteredValue,note',
    },
  });
  const when = new Date(now);
  const logLine = (outcome: string) =>
    appendRequest(logTab.sheetId, [[actor(), responseWhat(kind, lang), when, outcome]], zone);
  const sheets = new SheetsOnce(spreadsheet, lang);

  /** The closing write; SpreadsheetApp's own steps when Google refuses it (a quota). */
  const close = (outcome: IntakeOutcome, fallback: () => void, logged: boolean): true => {
    requests.push(statusRequest(outcome.status));
    if (logged) requests.push(logLine(outcome.log));
    try {
      batchUpdate(id, requests);
    } catch (error) {
      console.warn(`Form response without the Sheets API: ${String(error)}`);
      fallback();
      sheet
        .getRange(row, status + 1)
        .setValue(asCellText(outcome.status))
        .setNote('');
      if (logged) logs.push([responseWhat(kind, lang), outcome.log]);
    }
    return true;
  };

  const ledgerAt = fingerprints.indexOf(candidate.fingerprint);
  if (ledgerAt !== -1) {
    // Apps Script fired twice, or the row came back: taken in already, never again.
    const ledger = spreadsheet.getSheetByName(ledgerTab.title) as Sheet;
    const earlier = String(ledger.getSheetValues(ledgerAt + 2, 2, 1, 1)[0]?.[0] ?? '');
    return close(restoredOutcome(candidate, earlier), () => {}, false);
  }
  if (!group || !key || !target || !sheetShape || !scope) {
    return close(mapped.pending[0] as IntakeOutcome, () => {}, true);
  }
  // The key and own columns of rows 2.., as readColumnsInto leaves them.
  const above: CellValue[][] = [[...targetHeader]];
  ownIndexes.forEach((index, i) => {
    into(above, 1, second[next + i], index, zone, isDate(defs[positions.indexOf(index)]));
  });
  next += ownIndexes.length;
  const context: Partial<Record<DataSheetKey, { name: string; values: CellValue[][] }>> = {};
  if (committees && committeeValues && CHECK_SCOPE[key].context.committees)
    context.committees = { name: committees.title, values: committeeValues };
  contextCols.forEach((c, i) => {
    const grid: CellValue[][] = [[...c.head]];
    for (const index of contextIndexes[i] ?? [])
      into(grid, 1, second[next++], index, zone, isDate(c.defs[c.found.indexOf(index)]));
    context[c.key] = {
      name: c.tab.title,
      values: grid.map((line) => Array.from(line, (v) => v ?? '')),
    };
  });
  for (let r = 1; r < above.length; r++) above[r] = Array.from(above[r] ?? [], (v) => v ?? '');
  const keyIndex = indexOf(keyColumnOf(key));
  const keys = above.slice(1).map((line) => line[keyIndex] ?? '');
  let keyed = above.length - 1;
  while (keyed > 0 && isEmptyRow(above[keyed] ?? [])) keyed--;

  // 3: the rows near the new row's day, and every row below the last entry with its marks.
  const rows = group[1].map((g) => g.row);
  const day = scope.sameDay ? indexOf(scope.sameDay.day) : -1;
  const runs =
    scope.sameDay && day !== -1
      ? sameDayRuns(
          above.slice(1).map((line) => line[day] ?? ''),
          rows.map((r) => r.values[scope.sameDay?.day ?? '']),
        )
      : [];
  const windowIndexes = (scope.sameDay?.columns ?? []).map(indexOf).filter((i) => i !== -1);
  const near = runs.flatMap(([top, bottom]) =>
    windowIndexes.map((index) => ({ top, index, rows: bottom - top + 1 })),
  );
  const belowTop = keyed + 1;
  const third = readBlocks(
    id,
    [
      block(target, belowTop, 0, target.rowCount - belowTop, sheetShape.width),
      ...near.map((n) => block(target, n.top - 1, n.index, n.rows, 1)),
    ],
    '(effectiveValue,note,userEnteredFormat.backgroundColorStyle)',
    (cell) => cell,
    {} as CellData,
  );
  near.forEach((n, i) => {
    (third[1 + i] ?? []).forEach((line, r) => {
      const cells = above[n.top - 1 + r];
      if (cells) cells[n.index] = valueOfCell(line[0] ?? {}, zone);
    });
  });
  const below = third[0] ?? [];
  let filled = below.length;
  while (filled > 0 && isEmptyRow((below[filled - 1] ?? []).map((cell) => valueOfCell(cell, zone))))
    filled--;
  const firstFreeRow = belowTop + 1 + filled;

  let plan: ReturnType<typeof planSheetRows>;
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    plan = planSheetRows(
      lang,
      {
        name: target.title,
        header: targetHeader,
        lastColumn: targetHeader.length,
        keys,
        firstFreeRow,
      },
      sheetShape,
      rows,
      counters(store),
      clock,
    );
    // The counters first: a failure in between may skip a number, never hand one out twice.
    saveCounters(plan.eventCounter, plan.caseCounters, store);
    range = spreadsheet.getRange(
      `'${target.title.replace(/'/g, "''")}'!A${plan.firstRow}:${columnLetters(sheetShape.width)}${plan.firstRow + rows.length - 1}`,
    );
    state.written = true;
    setValuesAsAnswered(range, plan.rows);
  } catch (error) {
    markPending(store);
    return close(pendingOutcome(candidate, lang, errorReason(error, lang)), () => {}, true);
  }
  // The row is in: the ledger says so in the same write as the status.
  requests.push(
    appendRequest(ledgerTab.sheetId, [[candidate.fingerprint, plan.statuses[0] ?? '', when]], zone),
  );
  const marked = plan.firstRow - 1 - belowTop;
  const before = Array.from({ length: rows.length }, (_, r) =>
    Array.from({ length: sheetShape.width }, (_, c) => below[marked + r]?.[c] ?? {}),
  );
  const notes = before.map((line) => line.map((cell) => cell.note ?? ''));
  const backgrounds = before.map((line) =>
    line.map((cell) => backgroundOf(cell.userEnteredFormat)),
  );
  // Read back: the values as Sheets keeps them (numbers parsed, text markers gone).
  const check = () =>
    judgeNewRows(
      {
        key,
        sheetName: target.title,
        header: targetHeader,
        above: above.slice(0, plan.firstRow - 1),
        firstRow: plan.firstRow,
        count: rows.length,
        width: sheetShape.width,
      },
      range.getValues() as CellValue[][],
      {
        sheets: context,
        approved:
          approvalValues && approvals
            ? approvedPairsOfValues(approvalValues, zone, approvals.title)
            : new Set(),
      },
      { notes, backgrounds },
      lang,
      zone,
      wallTimeOfInstant(when, zone),
    );
  let judged: ReturnType<typeof check> = { problems: 0, changed: [], list: [], notes, backgrounds };
  let problems: string;
  try {
    judged = check();
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
    requests.push({
      updateCells: {
        start: { sheetId: target.sheetId, rowIndex: plan.firstRow - 1, columnIndex: 0 },
        rows: judged.notes.map((line, r) => ({
          values: line.map((note, c) => ({
            note,
            userEnteredFormat: formatOfBackground(judged.backgrounds[r]?.[c] ?? '#ffffff'),
          })),
        })),
        fields: recolour ? 'note,userEnteredFormat.backgroundColorStyle' : 'note',
      },
    });
  const last = plan.firstRow + rows.length - 1;
  if (judged.list.length > 0) recordMarks(key, targetHeader, last - 1, judged.list);
  // A line left from a row deleted since, or no Problems sheet: SpreadsheetApp's steps.
  const stale =
    !problemsTab || problemRows.some((n) => Number(n) >= plan.firstRow && Number(n) <= last);
  if (!stale && judged.list.length > 0)
    requests.push(
      appendRequest(
        problemsTab.sheetId,
        judged.list.map((p) => problemRow(p, lang).map(raw)),
        zone,
      ),
    );
  const [outcome] = takenInOutcomes(lang, target.title, group[1], plan, problems);
  close(
    outcome as IntakeOutcome,
    () => {
      IntakeLedger.forFew(spreadsheet, lang).record([
        { fingerprint: candidate.fingerprint, status: plan.statuses[0] ?? '' },
      ]);
      if (renote) range.setNotes(judged.notes);
      if (recolour) range.setBackgrounds(judged.backgrounds);
      if (!stale) writeProblemLines(sheets, target.title, plan.firstRow, last, judged.list, lang);
    },
    true,
  );
  if (stale) writeProblemLines(sheets, target.title, plan.firstRow, last, judged.list, lang);
  logApprovedChanges(spreadsheet, lang, judged);
  return true;
}

/** A column read (one cell a line) into `grid` from its row `top` (0-based), typed. */
function into(
  grid: CellValue[][],
  top: number,
  column: readonly CellData[][] | undefined,
  index: number,
  zone: string,
  asDate: boolean,
): void {
  (column ?? []).forEach((line, r) => {
    const cells = grid[top + r] ?? [];
    grid[top + r] = cells;
    cells[index] = valueOfCell(line[0] ?? {}, zone, asDate);
  });
}
