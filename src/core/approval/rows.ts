import type { Lang } from '../i18n/lang';
import { locateColumns } from '../read/locate';
import { CHOICES } from '../schema/choices';
import type { ApprovalSheetKey, ColumnDef } from '../schema/sheets';
import { SHEETS } from '../schema/sheets';
import type { ApprovalEntry, ApprovedFigure } from './model';

/** A cell to write: text, a number, or a wall-clock time (`{ wall }`) the adapter makes a date of. */
export type OutCell = string | number | { readonly wall: number };

/** An Approvals row by column key: the status as its label in the workbook's language. */
export function approvalCells(entry: ApprovalEntry, lang: Lang): Record<string, OutCell> {
  const status = CHOICES.approvalStatus.find((c) => c.key === entry.status);
  return {
    month: entry.month,
    committeeId: entry.committeeId,
    status: status ? status.labels[lang] : entry.status,
    by: entry.by,
    at: { wall: entry.at },
    note: entry.note,
  };
}

export function figureCells(figure: ApprovedFigure): Record<string, OutCell> {
  return {
    month: figure.month,
    committeeId: figure.committeeId,
    indicator: figure.indicator,
    value: figure.value,
    approvedAt: { wall: figure.approvedAt },
  };
}

/**
 * Where each schema column of a month-close sheet sits under `header` (0-based): found by its
 * label in any language; a missing one goes after the last, so a damaged header loses nothing.
 */
export function columnPositions(key: ApprovalSheetKey, header: readonly unknown[]): number[] {
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  const found = locateColumns(columns, header);
  let next = Math.max(header.length, ...found.map((i) => i + 1));
  return found.map((index) => (index === -1 ? next++ : index));
}

/** A row laid out by `positions` (holes are ''). */
export function layoutRow(
  cells: Readonly<Record<string, OutCell>>,
  key: ApprovalSheetKey,
  positions: readonly number[],
): OutCell[] {
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  const row: OutCell[] = new Array(Math.max(...positions) + 1).fill('');
  columns.forEach((column, i) => {
    row[positions[i] as number] = cells[column.key] ?? '';
  });
  return row;
}
