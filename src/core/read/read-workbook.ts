import type { LooseRecord } from '../schema/records';
import type { ColumnDef, DataSheetKey } from '../schema/sheets';
import { DATA_SHEETS, SHEETS } from '../schema/sheets';
import type { Problem } from '../validate/problem';
import { cellText, isBlank, isEmptyRow, readCell } from './cells';
import { locateColumns, locateSheetGroups, repeatedColumns } from './locate';
import { type CellValue, type ReadOptions, UnreadableCell, type WorkbookSource } from './workbook';

export interface ReadRow<S extends DataSheetKey> {
  /** 1-based row in the sheet. */
  readonly row: number;
  readonly rec: LooseRecord<S>;
  readonly raw: readonly CellValue[];
}

/** How a sheet's rows were read: every row below the header is read, blank or unread. */
export interface RowTally {
  /** Rows below the header, to the last one that holds anything (blank rows between count). */
  readonly rowsInFile: number;
  readonly blankRows: number;
  /** Rows holding something that could not be read as records (no header, a second sheet). */
  readonly unreadRows: number;
}

export interface ReadSheet<S extends DataSheetKey> extends RowTally {
  readonly key: S;
  /** The sheet's name in the workbook, or null when the workbook has no such sheet. */
  readonly name: string | null;
  /** 0-based position of each schema column in the sheet, -1 when absent. */
  readonly columnIndex: readonly number[];
  readonly rows: readonly ReadRow<S>[];
  /** The sheet row holding the header: 1 as Korgoo writes it, 0 when none was found. */
  readonly headerRow: number;
}

/** A second sheet for a schema sheet already read ("Мероприятия" beside "Events"). */
export interface SecondSheet extends RowTally {
  readonly key: DataSheetKey;
  readonly name: string;
}

export type ReadSheets = { readonly [S in DataSheetKey]: ReadSheet<S> };

export interface ReadWorkbook {
  readonly sheets: ReadSheets;
  /** Problems found while reading: cells (required, type, choice…), headers, sheets. */
  readonly problems: readonly Problem[];
  readonly options: ReadOptions;
  /** Sheets left unread because another sheet already stands for the same schema sheet. */
  readonly secondSheets?: readonly SecondSheet[];
}

const VALUE_TEXT_MAX = 200;
/** A header is looked for in the first rows only: below them a row is data, not a title. */
const HEADER_SEARCH_LAST_ROW = 10;

/** The cell as text for a problem report, cut to a readable length. */
export function problemValue(raw: CellValue, options: ReadOptions): string {
  const text = cellText(raw, options);
  return text.length > VALUE_TEXT_MAX ? `${text.slice(0, VALUE_TEXT_MAX - 1)}…` : text;
}

function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  // every() skips the holes of a sparse row: a row with one cell in column XFD costs one check.
  // An unticked checkbox is no entry (Sheets' Insert > Checkbox fills far below the last row).
  return row === undefined || isEmptyRow(row);
}

/** The first cells of a row, as the text a person would recognise it by. */
function rowText(row: readonly CellValue[] | undefined, options: ReadOptions): string {
  const parts: string[] = [];
  for (const cell of row ?? []) {
    if (!isBlank(cell)) parts.push(cellText(cell, options));
    if (parts.length === 3) break;
  }
  return problemValue(parts.join(' | '), options);
}

/** Counts the rows of a sheet that is not read (no header, or a second sheet). */
function unreadTally(
  values: readonly (readonly CellValue[])[],
  rowOf: (index: number) => number,
  afterRow: number,
): RowTally {
  let last = afterRow;
  let unread = 0;
  values.forEach((row, index) => {
    const number = rowOf(index);
    if (number <= afterRow || isBlankRow(row)) return;
    unread++;
    last = Math.max(last, number);
  });
  const rowsInFile = last - afterRow;
  return { rowsInFile, blankRows: rowsInFile - unread, unreadRows: unread };
}

/** The position in `values` of the header: the first of the top rows naming a schema column. */
function findHeader(
  columns: readonly ColumnDef[],
  values: readonly (readonly CellValue[])[],
  rowOf: (index: number) => number,
): number {
  for (let i = 0; i < values.length && rowOf(i) <= HEADER_SEARCH_LAST_ROW; i++) {
    const row = values[i];
    if (isBlankRow(row)) continue;
    if (locateColumns(columns, row ?? []).some((index) => index >= 0)) return i;
  }
  return -1;
}

type SheetProblem = Omit<Problem, 'sheet' | 'sheetName' | 'severity'>;

/**
 * Reads one sheet's rows from its values (header first). Never throws on cell content.
 * `rowNumbers` gives the sheet row of each of `values` (an .xlsx file leaves empty rows out);
 * without it, `values[i]` is row `firstRow - 1 + i`.
 */
export function readSheetValues<S extends DataSheetKey>(
  key: S,
  name: string | null,
  values: readonly (readonly CellValue[])[],
  options: ReadOptions,
  problems: Problem[],
  firstRow = 2,
  rowNumbers?: readonly number[],
): ReadSheet<S> {
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  const sheetName = name ?? SHEETS[key].labels.en;
  const rowOf = (index: number): number => rowNumbers?.[index] ?? firstRow - 1 + index;
  const problem = (found: SheetProblem): void => {
    problems.push({ sheet: key, sheetName, severity: 'error', ...found });
  };
  const absent = { rowsInFile: 0, blankRows: 0, unreadRows: 0, headerRow: 0 };
  if (name === null) return { key, name, columnIndex: columns.map(() => -1), rows: [], ...absent };
  // A sheet with nothing in it is read as a header without rows: its missing columns are told.
  const empty = values.every(isBlankRow);
  const headerAt = empty ? 0 : findHeader(columns, values, rowOf);
  if (headerAt === -1) {
    const first = values.findIndex((row) => !isBlankRow(row));
    problem({
      row: first === -1 ? 1 : rowOf(first),
      column: null,
      columnIndex: null,
      rule: 'no_header',
      value: rowText(values[first], options),
    });
    return {
      key,
      name,
      columnIndex: columns.map(() => -1),
      rows: [],
      headerRow: 0,
      ...unreadTally(values, rowOf, 0),
    };
  }
  const header = values[headerAt] ?? [];
  const headerRow = empty ? 1 : rowOf(headerAt);
  if (headerRow !== 1) {
    problem({
      row: headerRow,
      column: null,
      columnIndex: null,
      rule: 'header_not_first_row',
      value: rowText(header, options),
      params: { headerRow },
    });
  }
  const columnIndex = locateColumns(columns, header);
  columns.forEach((column, i) => {
    if (column.required && columnIndex[i] === -1) {
      problem({
        row: headerRow,
        column: column.key,
        columnIndex: null,
        rule: 'missing_column',
        value: '',
      });
    }
  });
  for (const { column, indexes } of repeatedColumns(columns, header)) {
    problem({
      row: headerRow,
      column: column.key,
      columnIndex: (indexes[1] as number) + 1,
      rule: 'duplicate_column',
      value: cellText(header[indexes[1] as number], options),
      params: { count: indexes.length },
    });
  }
  const rows: ReadRow<S>[] = [];
  // Every record starts as a copy of one template, so all share one shape (fast property access).
  const template: Record<string, null> = {};
  for (const column of columns) template[column.key] = null;
  let lastRow = headerRow;
  for (let r = headerAt + 1; r < values.length; r++) {
    const raw = values[r] ?? [];
    if (isBlankRow(raw)) continue;
    const rowNumber = rowOf(r);
    lastRow = rowNumber;
    const rec: Record<string, unknown> = { ...template };
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as ColumnDef;
      const index = columnIndex[c] as number;
      if (index === -1) continue;
      const cell = raw[index];
      if (cell instanceof UnreadableCell) {
        // An error or a formula never computed: its own problem, never "the cell is empty".
        problem({
          row: rowNumber,
          column: column.key,
          columnIndex: index + 1,
          rule: cell.kind === 'error' ? 'cell_error' : 'not_computed',
          value: problemValue(cell, options),
        });
        continue;
      }
      const result = readCell(column, cell, options);
      if (result.ok) {
        rec[column.key] = result.value;
      } else {
        problem({
          row: rowNumber,
          column: column.key,
          columnIndex: index + 1,
          rule: result.rule,
          value: problemValue(cell, options),
          ...(result.params ? { params: result.params } : {}),
        });
      }
    }
    rows.push({ row: rowNumber, rec: rec as LooseRecord<S>, raw });
  }
  const rowsInFile = lastRow - headerRow;
  return {
    key,
    name,
    columnIndex,
    rows,
    headerRow,
    rowsInFile,
    blankRows: rowsInFile - rows.length,
    unreadRows: 0,
  };
}

/** Thrown when a file holds none of Korgoo's sheets: there is nothing to check or count. */
export class NotAKorgooWorkbookError extends Error {
  constructor(readonly sheetNames: readonly string[]) {
    super('not_a_korgoo_workbook');
  }
}

/** Reads every data sheet of a workbook, by name in any language. */
export function readWorkbook(source: WorkbookSource, options: ReadOptions): ReadWorkbook {
  const names = source.sheetNames();
  const groups = locateSheetGroups(names);
  if (!DATA_SHEETS.some((key) => groups[key] !== undefined))
    throw new NotAKorgooWorkbookError(names);
  const problems: Problem[] = [];
  const secondSheets: SecondSheet[] = [];
  const read = <S extends DataSheetKey>(key: S): ReadSheet<S> => {
    const [name = null, ...others] = groups[key] ?? [];
    const sheet =
      name === null
        ? readSheetValues(key, null, [], options, problems)
        : readSheetValues(
            key,
            name,
            source.values(name),
            options,
            problems,
            2,
            source.rowNumbers?.(name),
          );
    for (const other of others) {
      // Only the first is read; the rows of the other are counted and the person told.
      const values = source.values(other);
      const numbers = source.rowNumbers?.(other);
      problems.push({
        sheet: key,
        sheetName: other,
        row: 1,
        column: null,
        columnIndex: null,
        severity: 'error',
        rule: 'duplicate_sheet',
        value: other,
        params: { first: name ?? '', sheet: key },
      });
      const rowOf = (index: number): number => numbers?.[index] ?? index + 1;
      secondSheets.push({ key, name: other, ...unreadTally(values, rowOf, 1) });
    }
    return sheet;
  };
  const sheets: ReadSheets = {
    committees: read('committees'),
    members: read('members'),
    events: read('events'),
    cases: read('cases'),
    referrals: read('referrals'),
    assistance: read('assistance'),
    plan: read('plan'),
    recipients: read('recipients'),
  };
  return { sheets, problems, options, secondSheets };
}
