/**
 * A form response's first read through the Sheets API: the sheets it needs found in the layout
 * (by their labels, never by asking a sheet its name), then in one request the response and
 * its header, the canonical sheets' headers, Committees and Approvals, typed as getValues()
 * types them (dates by their cells' format).
 */
import { FORM_TEXT } from '../../core/forms/texts';
import { LANGS, type Lang } from '../../core/i18n/lang';
import { isBlank } from '../../core/read/cells';
import { locateSheets } from '../../core/read/locate';
import type { CellValue } from '../../core/read/workbook';
import { SHEETS, type SheetKey } from '../../core/schema/sheets';
import {
  type Block,
  readBlocks,
  type SheetLayout,
  type SpreadsheetLayout,
  VALUE_FIELDS,
  valueOfCell,
} from '../sheets-api';
import { statusIndex } from './response-sheet';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;
export type Canonical = 'events' | 'cases' | 'referrals' | 'assistance';
const CANONICAL: readonly Canonical[] = ['events', 'cases', 'referrals', 'assistance'];

/** A sheet's block of rows [top, top+rows) and columns [left, left+columns), 0-based. */
export const block = (
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

/** A line without its empty cells at the end. */
export const trimmed = (line: CellValue[] = []): CellValue[] => {
  let n = line.length;
  while (n > 0 && isBlank(line[n - 1] as CellValue)) n--;
  return line.slice(0, n);
};

/** A grid as getDataRange().getValues() gives it: no empty rows or cells at its end. */
const rowsOf = (grid: CellValue[][] = []): CellValue[][] => {
  const lines = grid.map((line) => trimmed(line));
  while (lines.length > 0 && (lines[lines.length - 1]?.length ?? 0) === 0) lines.pop();
  return lines;
};

/** A column read (one cell a line) into `grid` from its row `top` (0-based), typed. */
export function into(
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

/** The sheets a response needs, as the layout lists them. */
export interface ResponseSheets {
  readonly response: SheetLayout;
  readonly ledger: SheetLayout;
  readonly log: SheetLayout;
  readonly problems: SheetLayout | undefined;
  readonly canonical: readonly { key: Canonical; tab: SheetLayout }[];
  readonly committees: SheetLayout | undefined;
  readonly approvals: SheetLayout | undefined;
  tabOf(key: SheetKey): SheetLayout | undefined;
}

/** Null when the response sheet, the ledger or the Log is not there (SpreadsheetApp makes them). */
export function findSheets(
  layout: SpreadsheetLayout,
  sheetId: number,
  lang: Lang,
): ResponseSheets | null {
  const titled = (title: string | undefined) => layout.sheets.find((tab) => tab.title === title);
  const located = locateSheets(layout.sheets.map((tab) => tab.title));
  // The label in the workbook's language first, as SheetsOnce asks for it.
  const tabOf = (key: SheetKey) => titled(SHEETS[key].labels[lang]) ?? titled(located[key]);
  const byLabel = (labels: Record<Lang, string>) =>
    [lang, ...LANGS].map((l) => titled(labels[l])).find(Boolean);
  const response = layout.sheets.find((tab) => tab.sheetId === sheetId);
  const ledger = byLabel(FORM_TEXT.ledgerSheet);
  const log = tabOf('log');
  if (!response || !ledger || !log) return null;
  return {
    response,
    ledger,
    log,
    problems: tabOf('problems'),
    canonical: CANONICAL.flatMap((key) => {
      const tab = tabOf(key);
      return tab ? [{ key, tab }] : [];
    }),
    committees: tabOf('committees'),
    approvals: byLabel(SHEETS.approvals.labels),
    tabOf,
  };
}

export interface ResponseRead {
  readonly header: CellValue[];
  readonly values: CellValue[];
  /** The status column's 0-based index. */
  readonly status: number;
  readonly heads: ReadonlyMap<Canonical, CellValue[]>;
  readonly committees: CellValue[][] | undefined;
  readonly approvals: CellValue[][] | undefined;
}

/** The first read; null when the response sheet has no status column yet (SpreadsheetApp adds it). */
export function readResponse(
  spreadsheetId: string,
  zone: string,
  sheets: ResponseSheets,
  row: number,
): ResponseRead | null {
  const { response, canonical, committees, approvals } = sheets;
  const whole = (tab: SheetLayout) => block(tab, 0, 0, tab.rowCount, tab.columnCount);
  const grids = readBlocks(
    spreadsheetId,
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
    false,
  );
  const head = trimmed(grids[0]?.[0]);
  const answered = trimmed(grids[1]?.[0]);
  const status = statusIndex(head);
  if (status === -1) return null;
  // As getSheetValues(row, 1, 1, header width) gives it.
  const width = Math.max(head.length, answered.length);
  let at = 2 + canonical.length;
  return {
    header: Array.from({ length: width }, (_, i) => head[i] ?? ''),
    values: Array.from({ length: width }, (_, i) => answered[i] ?? ''),
    status,
    heads: new Map(canonical.map(({ key }, i) => [key, trimmed(grids[2 + i]?.[0])])),
    committees: committees ? rowsOf(grids[at++]) : undefined,
    approvals: approvals ? rowsOf(grids[at++]) : undefined,
  };
}
