import type { LooseRecord } from '../schema/records';
import type { ColumnDef, DataSheetKey } from '../schema/sheets';
import { DATA_SHEETS, SHEETS } from '../schema/sheets';
import type { Problem } from '../validate/problem';
import { cellText, isEmptyRow, readCell } from './cells';
import { locateColumns, locateSheets } from './locate';
import type { CellValue, ReadOptions, WorkbookSource } from './workbook';

export interface ReadRow<S extends DataSheetKey> {
  /** 1-based row in the sheet. */
  readonly row: number;
  readonly rec: LooseRecord<S>;
  readonly raw: readonly CellValue[];
}

export interface ReadSheet<S extends DataSheetKey> {
  readonly key: S;
  /** The sheet's name in the workbook, or null when the workbook has no such sheet. */
  readonly name: string | null;
  /** 0-based position of each schema column in the sheet, -1 when absent. */
  readonly columnIndex: readonly number[];
  readonly rows: readonly ReadRow<S>[];
}

export type ReadSheets = { readonly [S in DataSheetKey]: ReadSheet<S> };

export interface ReadWorkbook {
  readonly sheets: ReadSheets;
  /** Problems found while reading cells: required, type, choice, pattern; missing columns. */
  readonly problems: readonly Problem[];
  readonly options: ReadOptions;
}

const VALUE_TEXT_MAX = 200;

/** The cell as text for a problem report, cut to a readable length. */
export function problemValue(raw: CellValue, options: ReadOptions): string {
  const text = cellText(raw, options);
  return text.length > VALUE_TEXT_MAX ? `${text.slice(0, VALUE_TEXT_MAX - 1)}…` : text;
}

/** Reads one sheet's rows from its values (header first). Never throws on cell content. */
export function readSheetValues<S extends DataSheetKey>(
  key: S,
  name: string | null,
  values: readonly (readonly CellValue[])[],
  options: ReadOptions,
  problems: Problem[],
  firstRow = 2,
): ReadSheet<S> {
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  const sheetName = name ?? SHEETS[key].labels.en;
  const header = values[0] ?? [];
  const columnIndex = name === null ? columns.map(() => -1) : locateColumns(columns, header);
  if (name !== null) {
    columns.forEach((column, i) => {
      if (column.required && columnIndex[i] === -1) {
        problems.push({
          sheet: key,
          sheetName,
          row: 1,
          column: column.key,
          columnIndex: null,
          severity: 'error',
          rule: 'missing_column',
          value: '',
        });
      }
    });
  }
  const rows: ReadRow<S>[] = [];
  // Every record starts as a copy of one template, so all share one shape (fast property access).
  const template: Record<string, null> = {};
  for (const column of columns) template[column.key] = null;
  for (let r = 1; r < values.length; r++) {
    const raw = values[r] ?? [];
    if (isEmptyRow(raw)) continue;
    const rowNumber = firstRow + r - 1;
    const rec: Record<string, unknown> = { ...template };
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as ColumnDef;
      const index = columnIndex[c] as number;
      if (index === -1) continue;
      const cell = raw[index];
      const result = readCell(column, cell, options);
      if (result.ok) {
        rec[column.key] = result.value;
      } else {
        problems.push({
          sheet: key,
          sheetName,
          row: rowNumber,
          column: column.key,
          columnIndex: index + 1,
          severity: 'error',
          rule: result.rule,
          value: problemValue(cell, options),
          ...(result.params ? { params: result.params } : {}),
        });
      }
    }
    rows.push({ row: rowNumber, rec: rec as LooseRecord<S>, raw });
  }
  return { key, name, columnIndex, rows };
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
  const located = locateSheets(names);
  if (!DATA_SHEETS.some((key) => located[key] !== undefined))
    throw new NotAKorgooWorkbookError(names);
  const problems: Problem[] = [];
  const read = <S extends DataSheetKey>(key: S): ReadSheet<S> => {
    const name = located[key] ?? null;
    return readSheetValues(key, name, name === null ? [] : source.values(name), options, problems);
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
  return { sheets, problems, options };
}
