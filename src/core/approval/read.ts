import { normalizeEmail } from '../email';
import { isEmptyRow, readCell } from '../read/cells';
import { locateColumns, locateSheets } from '../read/locate';
import type { CellValue, ReadOptions, WorkbookSource } from '../read/workbook';
import { UnreadableCell } from '../read/workbook';
import type { ApprovalSheetKey, ColumnDef } from '../schema/sheets';
import { SHEETS } from '../schema/sheets';
import type {
  ApprovalEntry,
  ApprovalLedger,
  ApprovalStatus,
  ApprovedFigure,
  Coordinator,
  CoordinatorRole,
} from './model';

type Cells = Readonly<Record<string, string | number | readonly string[] | null>>;

/**
 * The rows of one month-close sheet, each read by the schema (a column found by its label in
 * any language). A row with a required cell missing or unreadable is counted, not guessed at.
 */
function readRows(
  source: WorkbookSource,
  name: string | undefined,
  key: ApprovalSheetKey,
  options: ReadOptions,
): { rows: Cells[]; unread: number } {
  if (name === undefined) return { rows: [], unread: 0 };
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  const values: readonly (readonly CellValue[])[] = source.values(name);
  const headerAt = values.findIndex((row) => row !== undefined && !isEmptyRow(row));
  if (headerAt === -1) return { rows: [], unread: 0 };
  const positions = locateColumns(columns, values[headerAt] ?? []);
  const rows: Cells[] = [];
  let unread = 0;
  for (let r = headerAt + 1; r < values.length; r++) {
    const raw = values[r];
    if (raw === undefined || isEmptyRow(raw)) continue;
    const cells: Record<string, string | number | readonly string[] | null> = {};
    let ok = true;
    columns.forEach((column, i) => {
      const index = positions[i] as number;
      const cell = index === -1 ? null : raw[index];
      if (cell instanceof UnreadableCell) {
        ok = false;
        return;
      }
      // Figures are sums (cash aid in KGS may pass any count's limit): read as plain numbers.
      if (column.type === 'amount') {
        const number = typeof cell === 'number' ? cell : Number(String(cell ?? '').trim());
        if (cell === null || cell === undefined || cell === '' || !Number.isFinite(number)) {
          ok = false;
        } else cells[column.key] = number;
        return;
      }
      const result = readCell(column, cell, options);
      if (result.ok) cells[column.key] = result.value;
      else ok = false;
    });
    if (ok) rows.push(cells);
    else unread++;
  }
  return { rows, unread };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Approvals, Approved figures and Coordinators of a workbook, found by name in any language. */
export function readApprovalLedger(source: WorkbookSource, options: ReadOptions): ApprovalLedger {
  const names = locateSheets(source.sheetNames());
  const approvals = readRows(source, names.approvals, 'approvals', options);
  const figures = readRows(source, names.approvedFigures, 'approvedFigures', options);
  const coordinators = readRows(source, names.coordinators, 'coordinators', options);
  return {
    approvals: approvals.rows.map(
      (c): ApprovalEntry => ({
        month: text(c.month),
        committeeId: text(c.committeeId),
        status: text(c.status) as ApprovalStatus,
        by: text(c.by),
        at: c.at as number,
        note: text(c.note),
      }),
    ),
    figures: figures.rows.map(
      (c): ApprovedFigure => ({
        month: text(c.month),
        committeeId: text(c.committeeId),
        indicator: text(c.indicator).trim(),
        value: c.value as number,
        approvedAt: c.approvedAt as number,
      }),
    ),
    coordinators: coordinators.rows.map(
      (c): Coordinator => ({
        email: normalizeEmail(text(c.email)),
        role: text(c.role) as CoordinatorRole,
        region: typeof c.region === 'string' ? c.region : null,
        committees: Array.isArray(c.committees)
          ? (c.committees as readonly string[]).map((id) => id.trim().toUpperCase())
          : [],
        active: c.active === 'yes',
      }),
    ),
    unreadRows: approvals.unread + figures.unread + coordinators.unread,
  };
}
