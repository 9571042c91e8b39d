import type { SheetKey } from '../schema/sheets';

export type Severity = 'error' | 'warning';

/**
 * One thing wrong with one cell (or row, or sheet). The message is rendered from `rule` and
 * `params` in the reader's language, so a problem found once can be shown in ru, ky and en.
 */
export interface Problem {
  readonly sheet: SheetKey;
  /** The sheet's name as found in the workbook. */
  readonly sheetName: string;
  /** 1-based row in the sheet (the header is row 1). */
  readonly row: number;
  /** The column's key in the schema, or null for a problem of the whole row or sheet. */
  readonly column: string | null;
  /** 1-based column in the sheet, or null when the column is missing or the problem is row-wide. */
  readonly columnIndex: number | null;
  /** The header of a column the schema does not know (an extra column), when `column` is null. */
  readonly columnName?: string;
  readonly severity: Severity;
  readonly rule: string;
  /** The offending cell as text (kept short). */
  readonly value: string;
  /** Values the message needs besides sheet, row and column (expected choices, a date, …). */
  readonly params?: Readonly<Record<string, string | number>>;
}
