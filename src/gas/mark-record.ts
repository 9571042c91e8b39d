/**
 * What Korgoo marked last (Validate now, an edit's check), kept by the add-on so the next run
 * reads and rewrites the notes and colours of those columns only, never of every cell: per
 * data sheet, the data rows it covered and the columns holding its marks, by schema key (a
 * column moved or a column inserted before it keeps its key) or `#n` outside the schema. A few
 * hundred bytes whatever the rows: a document property (9 KB per value) holds it.
 */
import { clearSetting, getSetting, SETTINGS, setSetting } from '../core/ports/settings';
import { locateColumns } from '../core/read/locate';
import type { ColumnDef, DataSheetKey } from '../core/schema/sheets';
import { SHEETS } from '../core/schema/sheets';
import type { Problem } from '../core/validate/problem';
import { markColumnOf } from './place-marks';
import { settings } from './settings-store';

export interface MarkRecord {
  /** Data rows the marks may be on (rows emptied at the end since keep theirs until cleared). */
  readonly rows: number;
  readonly columns: readonly string[];
}

export type MarkRecords = Partial<Record<DataSheetKey, MarkRecord>>;

function isRecord(value: unknown): value is MarkRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { rows, columns } = value as Partial<MarkRecord>;
  return (
    typeof rows === 'number' &&
    Array.isArray(columns) &&
    columns.every((column) => typeof column === 'string')
  );
}

/**
 * The record, or null when there is none (a workbook an earlier version validated, whose marks
 * may be in any column: then every column is looked at once, over the rows it said it marked).
 */
export function readMarkRecords(): MarkRecords | null {
  const saved = getSetting(settings, SETTINGS.marks);
  if (typeof saved !== 'object' || saved === null) return null;
  const records: MarkRecords = {};
  for (const [key, record] of Object.entries(saved))
    if (key in SHEETS && isRecord(record)) records[key as DataSheetKey] = record;
  return records;
}

/** The rows per sheet an earlier version's Validate now covered (its only record). */
export function legacyMarkedRows(): Record<string, number> {
  const saved = getSetting(settings, SETTINGS.markedRows);
  if (typeof saved !== 'object' || saved === null) return {};
  return Object.fromEntries(
    Object.entries(saved).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  );
}

export function writeMarkRecords(records: MarkRecords): void {
  setSetting(settings, SETTINGS.marks, records);
  clearSetting(settings, SETTINGS.markedRows);
}

/** A fresh workbook (set up by this version) has no mark anywhere: an empty record says so. */
export function startMarkRecords(): void {
  if (
    getSetting(settings, SETTINGS.marks) === null &&
    getSetting(settings, SETTINGS.markedRows) === null
  )
    setSetting(settings, SETTINGS.marks, {});
}

/** Each header position's column id: its schema key, or `#n` (1-based) outside the schema. */
export function columnIds(key: DataSheetKey, header: readonly unknown[]): string[] {
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  const ids = header.map((_, i) => `#${i + 1}`);
  locateColumns(columns, header).forEach((index, i) => {
    if (index >= 0) ids[index] = (columns[i] as ColumnDef).key;
  });
  return ids;
}

/** The 1-based positions of the recorded columns in today's header (a column gone: none). */
export function positionsOf(record: MarkRecord, ids: readonly string[]): number[] {
  return record.columns.map((id) => ids.indexOf(id) + 1).filter((position) => position > 0);
}

/**
 * Adds the columns marks went to (an edit's check, a form response's), and their rows, to the mark record, so the next
 * Validate now clears them once fixed. No record (an earlier version's workbook): Validate now
 * looks at every column anyway.
 */
export function recordMarks(
  key: DataSheetKey,
  header: readonly unknown[],
  lastDataRow: number,
  problems: readonly Problem[],
): void {
  const records = readMarkRecords();
  if (records === null) return;
  const ids = columnIds(key, header);
  const before = records[key] ?? { rows: 0, columns: [] };
  const columns = new Set(before.columns);
  for (const p of problems) columns.add(ids[markColumnOf(p) - 1] ?? `#${markColumnOf(p)}`);
  const rows = Math.max(before.rows, lastDataRow);
  if (columns.size === before.columns.length && rows === before.rows) return;
  writeMarkRecords({ ...records, [key]: { rows, columns: [...columns] } });
}
