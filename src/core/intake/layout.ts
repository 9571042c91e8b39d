/**
 * Where each schema column of a canonical sheet is, from its header: a column someone deleted
 * comes back at the end (its label in the workbook's language), so an answer is never dropped.
 */
import type { CanonicalSheet } from '../forms/map-response';
import type { Lang } from '../i18n/lang';
import { locateColumns } from '../read/locate';
import type { CellValue } from '../read/workbook';
import type { ColumnDef } from '../schema/sheets';
import { SHEETS } from '../schema/sheets';

export interface SheetLayout {
  /** The 1-based position of a schema column. */
  positionOf(column: string): number;
  /** How many columns the new rows span. */
  readonly width: number;
  /** Labels to write in row 1 from `firstColumn` on (schema columns the header lacks). */
  readonly missing: { readonly firstColumn: number; readonly labels: readonly string[] } | null;
}

export function sheetLayout(
  key: CanonicalSheet,
  header: readonly CellValue[],
  lastColumn: number,
  lang: Lang,
): SheetLayout {
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  const found = locateColumns(columns, header);
  const missing = columns.filter((_, i) => found[i] === -1);
  const firstMissing = Math.max(lastColumn, header.length) + 1;
  let next = firstMissing;
  const positions = found.map((index) => (index === -1 ? next++ : index + 1));
  const byKey = new Map(columns.map((column, i) => [column.key, positions[i] as number]));
  return {
    positionOf: (column) => {
      const position = byKey.get(column);
      if (position === undefined) throw new Error(`no column ${column} in ${key}`);
      return position;
    },
    width: next - 1,
    missing:
      missing.length > 0
        ? { firstColumn: firstMissing, labels: missing.map((column) => column.labels[lang]) }
        : null,
  };
}

/** The column intake reads of the other rows: the one it assigns (ID, case code) or the case code. */
export function keyColumnOf(key: CanonicalSheet): 'eventId' | 'caseCode' {
  return key === 'events' ? 'eventId' : 'caseCode';
}
