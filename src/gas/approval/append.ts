import type { ApprovalPlan } from '../../core/approval/plan';
import {
  approvalCells,
  columnPositions,
  figureCells,
  layoutRow,
  type OutCell,
} from '../../core/approval/rows';
import type { Lang } from '../../core/i18n/lang';
import { asCellText } from '../../core/safe-text';
import type { ApprovalSheetKey, ColumnDef } from '../../core/schema/sheets';
import { SHEETS } from '../../core/schema/sheets';
import { instantOfWallTime } from '../../core/time/wall-time';
import { setValuesAsText } from '../cell-text';
import { ensureSheet } from '../sheet-access';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function sheetValue(cell: OutCell, column: ColumnDef | undefined, timeZone: string) {
  if (typeof cell === 'object') return instantOfWallTime(cell.wall, timeZone);
  if (typeof cell === 'number') return cell;
  // The apostrophe keeps Sheets from turning 2026-10 into a date; other text stays text.
  return column?.type === 'month' ? `'${cell}` : asCellText(cell);
}

/** Appends rows below the last row of a month-close sheet: one read of the header, one write. */
function append(
  spreadsheet: Spreadsheet,
  key: ApprovalSheetKey,
  lang: Lang,
  cells: readonly Record<string, OutCell>[],
): void {
  if (cells.length === 0) return;
  const sheet = ensureSheet(spreadsheet, key, lang);
  const lastColumn = Math.max(1, sheet.getLastColumn());
  const header = sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? [];
  const positions = columnPositions(key, header);
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  const missing = columns.filter((_, i) => (positions[i] as number) >= header.length);
  if (missing.length > 0) {
    sheet
      .getRange(1, header.length + 1, 1, missing.length)
      .setValues([missing.map((c) => c.labels[lang])]);
  }
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const rows = cells.map((c) =>
    layoutRow(c, key, positions).map((cell, i) =>
      sheetValue(cell, columns[positions.indexOf(i)], timeZone),
    ),
  );
  const width = Math.max(...rows.map((row) => row.length));
  const full = rows.map((row) => [...row, ...new Array(width - row.length).fill('')]);
  setValuesAsText(sheet.getRange(sheet.getLastRow() + 1, 1, full.length, width), full);
}

/** Writes a plan's rows: the Approvals rows, then the Approved figures (call under the lock). */
export function appendPlan(spreadsheet: Spreadsheet, plan: ApprovalPlan, lang: Lang): void {
  append(
    spreadsheet,
    'approvals',
    lang,
    plan.approvals.map((e) => approvalCells(e, lang)),
  );
  append(spreadsheet, 'approvedFigures', lang, plan.figures.map(figureCells));
}
