import type { ReadRow, ReadSheet } from '../read/read-workbook';
import { problemValue } from '../read/read-workbook';
import type { CellValue, ReadOptions } from '../read/workbook';
import type { ColumnDef, ColumnKey, DataSheetKey } from '../schema/sheets';
import { DATA_SHEETS, SHEETS } from '../schema/sheets';
import { dottedDate, type WallTime } from '../time/wall-time';
import type { Problem } from './problem';
import { RULE_DEFS, type RuleId } from './rule-defs';

export type Params = Record<string, string | number>;

/** Position of each column key in its sheet's schema (the reader's columnIndex is in that order). */
const POSITION: Readonly<Record<DataSheetKey, ReadonlyMap<string, number>>> = Object.fromEntries(
  DATA_SHEETS.map((key) => [
    key,
    new Map((SHEETS[key].columns as readonly ColumnDef[]).map((c, i) => [c.key, i])),
  ]),
) as unknown as Record<DataSheetKey, ReadonlyMap<string, number>>;

/** What the sink needs of a sheet, whatever its records. */
export interface SheetPlace {
  readonly key: DataSheetKey;
  readonly name: string | null;
  readonly columnIndex: readonly number[];
}

/** Collects the problems of the cross-field rules, filling in where each one is. */
export class ProblemSink {
  readonly problems: Problem[] = [];
  constructor(private readonly options: ReadOptions) {}

  /** The 0-based index in the row of a schema column, or -1 when the sheet lacks it. */
  rawIndex(sheet: SheetPlace, column: string): number {
    const position = POSITION[sheet.key].get(column);
    return position === undefined ? -1 : (sheet.columnIndex[position] ?? -1);
  }

  /** A problem on a schema column of a row (or on the whole row when `column` is null). */
  add<S extends DataSheetKey>(
    sheet: ReadSheet<S>,
    row: ReadRow<S>,
    rule: RuleId,
    column: ColumnKey<S> | null,
    params?: Params,
  ): void {
    const index = column === null ? -1 : this.rawIndex(sheet, column);
    this.push(sheet, row.row, rule, column, index, row.raw[index], params);
  }

  /** The same, for code that holds the column key as a plain string (it must be the sheet's). */
  addAt(
    sheet: SheetPlace,
    row: { readonly row: number; readonly raw: readonly CellValue[] },
    rule: RuleId,
    column: string,
    params?: Params,
    /** The cell as it may be shown, when not as typed (personal data masked). */
    shown?: string,
  ): void {
    const index = this.rawIndex(sheet, column);
    this.push(sheet, row.row, rule, column, index, shown ?? row.raw[index], params);
  }

  /** A problem on a cell of a column the schema does not know (an extra column). */
  addExtra<S extends DataSheetKey>(
    sheet: ReadSheet<S>,
    row: ReadRow<S>,
    rule: RuleId,
    index: number,
    header: string,
    params?: Params,
    shown?: string,
  ): void {
    this.push(sheet, row.row, rule, null, index, shown ?? row.raw[index], params, header);
  }

  private push(
    sheet: SheetPlace,
    rowNumber: number,
    rule: RuleId,
    column: string | null,
    index: number,
    cell: CellValue,
    params: Params | undefined,
    columnName?: string,
  ): void {
    // Built without spreads: this runs for every problem of workbooks with 100,000 rows.
    const problem: { -readonly [K in keyof Problem]: Problem[K] } = {
      sheet: sheet.key,
      sheetName: sheet.name ?? SHEETS[sheet.key].labels.en,
      row: rowNumber,
      column,
      columnIndex: index >= 0 ? index + 1 : null,
      severity: RULE_DEFS[rule].severity,
      rule,
      value: index >= 0 ? problemValue(cell, this.options) : '',
    };
    if (columnName !== undefined) problem.columnName = columnName;
    if (params) problem.params = params;
    this.problems.push(problem);
  }
}

/** Dates in messages are written as people in Kyrgyzstan write them, in every language. */
export const dateParam = (time: WallTime): string => dottedDate(time);
