import type { Analysis } from '../analyse';
import type { Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import { isBlank, readCell } from '../read/cells';
import { locateColumns, locateSheets } from '../read/locate';
import type { CellValue, WorkbookSource } from '../read/workbook';
import type { ColumnDef } from '../schema/sheets';
import { SHEETS } from '../schema/sheets';
import type { WallTime } from '../time/wall-time';
import { readReturnSheet } from './read-return';
import type { Return } from './return';
import { RETURN_COLUMNS } from './return-sheet';
import { combineSources, type Rollup } from './rollup';
import { type FigureSource, returnSource, workbookSource } from './sources';
import { workbookApprovalOf } from './workbook-approval';

/** A row of the Sources sheet as the reporting rate reads it. */
export interface SourceRow {
  /** The name Returns files its rows under: the Name, else the Spreadsheet cell. */
  readonly label: string;
  readonly row: number;
  /** yes, no, or null when the Active cell is neither. */
  readonly active: boolean | null;
  /** What the last "Update roll-up" said of it (Sources' State). */
  readonly state: string;
  readonly readAt: WallTime | null;
  readonly checkedAt: WallTime | null;
}

/**
 * A regional or national workbook (DESIGN §11): its own rows, if any, and the returns its
 * Returns sheet holds, one source each, as one roll-up; and its Sources rows.
 */
export interface Regional {
  readonly rollup: Rollup;
  /** Source label → its last good return in Returns. */
  readonly returns: ReadonlyMap<string, Return>;
  readonly sources: readonly SourceRow[];
  /** Returns rows that could not be read, by sheet, row and column (those sources left out). */
  readonly problems: readonly string[];
}

const SOURCE_COLUMNS = SHEETS.sources.columns as readonly ColumnDef[];
const SOURCE_AT = RETURN_COLUMNS.length;

function rowsOf(source: WorkbookSource, name: string | undefined): CellValue[][] {
  return name === undefined ? [] : source.values(name);
}

/** Returns' rows split by their Source cell, each group a sheet of its own with the header. */
function returnsBySource(
  source: WorkbookSource,
  name: string,
): Map<string, { values: CellValue[][]; rows: number[] }> {
  const values = source.values(name);
  const numbers = source.rowNumbers?.(name);
  const header = values[0] ?? [];
  const sourceAt =
    locateColumns(SHEETS.returns.columns as readonly ColumnDef[], header)[SOURCE_AT] ?? -1;
  const groups = new Map<string, { values: CellValue[][]; rows: number[] }>();
  if (sourceAt < 0) return groups;
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((cell) => isBlank(cell))) continue;
    const label = isBlank(row[sourceAt]) ? '' : String(row[sourceAt]).trim();
    let group = groups.get(label);
    if (!group) {
      group = { values: [header], rows: [numbers?.[0] ?? 1] };
      groups.set(label, group);
    }
    group.values.push(row);
    group.rows.push(numbers?.[r] ?? r + 1);
  }
  return groups;
}

function readSources(analysis: Analysis, name: string | undefined): SourceRow[] {
  const values = rowsOf(analysis.source, name);
  const numbers = name === undefined ? undefined : analysis.source.rowNumbers?.(name);
  const at = locateColumns(SOURCE_COLUMNS, values[0] ?? []);
  const options = analysis.workbook.options;
  const rows: SourceRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const cell = (key: string): CellValue => {
      const i = at[SOURCE_COLUMNS.findIndex((c) => c.key === key)] ?? -1;
      return i < 0 ? null : (row[i] ?? null);
    };
    if (isBlank(cell('spreadsheet'))) continue;
    const column = (key: string) => SOURCE_COLUMNS.find((c) => c.key === key) as ColumnDef;
    const time = (key: string): WallTime | null => {
      const read = readCell(column(key), cell(key), options);
      return read.ok && typeof read.value === 'number' ? read.value : null;
    };
    const active = readCell(column('active'), cell('active'), options);
    rows.push({
      label: isBlank(cell('name'))
        ? String(cell('spreadsheet')).trim()
        : String(cell('name')).trim(),
      row: numbers?.[r] ?? r + 1,
      active: active.ok ? active.value === 'yes' : null,
      state: isBlank(cell('state')) ? '' : String(cell('state')).trim(),
      readAt: time('readAt'),
      checkedAt: time('checkedAt'),
    });
  }
  return rows;
}

/** Whether the workbook rolls others up: its Returns sheet holds rows. */
export function hasReturns(analysis: Analysis): boolean {
  const name = locateSheets(analysis.source.sheetNames()).returns;
  return rowsOf(analysis.source, name)
    .slice(1)
    .some((row) => row.some((cell) => !isBlank(cell)));
}

/**
 * The roll-up of a workbook with a Returns sheet: its own rows (when it has committees of its
 * own) and each source's last good return, exactly as `korgoo report` adds up the same
 * sources. Null when Returns holds nothing: the workbook is then counted from its rows alone.
 * Throws RollupError when a committee is both in its own rows and in a return.
 */
export function regionalOf(analysis: Analysis, lang: Lang): Regional | null {
  if (!hasReturns(analysis)) return null;
  const names = locateSheets(analysis.source.sheetNames());
  const returns = new Map<string, Return>();
  const problems: string[] = [];
  const figureSources: FigureSource[] = [];
  const own = workbookSource(
    text('thisWorkbook', lang),
    analysis.dataset,
    workbookApprovalOf(analysis),
  );
  if (own.committees.length > 0) figureSources.push(own);
  for (const [label, group] of returnsBySource(analysis.source, names.returns as string)) {
    const sheet = names.returns as string;
    const read = readReturnSheet(
      { sheetNames: () => [sheet], values: () => group.values, rowNumbers: () => group.rows },
      sheet,
      analysis.workbook.options,
      lang,
    );
    if (!read.ok) {
      problems.push(...read.problems.slice(0, 3));
      continue;
    }
    returns.set(label, read.ret);
    figureSources.push(returnSource(label, read.ret));
  }
  return {
    rollup: combineSources(figureSources),
    returns,
    sources: readSources(analysis, names.sources),
    problems,
  };
}
