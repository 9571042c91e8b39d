/** Why a file cannot be read as a workbook; the command line turns each into one clear line. */
export type UnusableReason =
  | 'missing'
  | 'folder'
  | 'not_xlsx'
  | 'not_korgoo'
  | 'encrypted'
  | 'xls'
  | 'ods'
  | 'zip_bomb'
  | 'over_excel_limits'
  | 'too_many_cells';

export class UnusableFileError extends Error {
  constructor(
    readonly reason: UnusableReason,
    readonly path: string,
    /** What the line says besides the path (the sheet and row beyond Excel's limits…). */
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(reason);
  }
}

/** Thrown while a part is read; the reader adds the file's path. */
export class UnusablePartError extends Error {
  constructor(
    readonly reason: UnusableReason,
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(reason);
  }
}
