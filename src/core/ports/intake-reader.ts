/**
 * What intake reads of a spreadsheet, and no more: the header and key column of the sheet a
 * response goes to, where its free rows start, and the rows of a response sheet with their
 * statuses. The Apps Script adapter (src/gas/forms/intake.ts) implements it.
 */

import type { CanonicalSheet, MappedRow } from '../forms/map-response';
import type { ScannedRow } from '../intake/choose';
import type { CellValue } from '../read/workbook';

/** A canonical sheet (Events, Cases, Referrals or Assistance) as intake needs it. */
export interface TargetSheet {
  /** Its name as the workbook spells it. */
  readonly name: string;
  /** Row 1 as it stands, and the sheet's last column with content. */
  readonly header: readonly CellValue[];
  readonly lastColumn: number;
  /** The key column (Event ID, case code) of rows 2 to the last row. */
  readonly keys: readonly CellValue[];
  /** The first row below every entry: new rows are written from here. */
  readonly firstFreeRow: number;
}

export interface IntakeReader {
  /** The canonical sheet `rows` go to (made with its header when missing). */
  targetSheet(key: CanonicalSheet, rows: readonly MappedRow[]): TargetSheet;
  /** Every non-blank row of a response sheet, with its status. */
  responseRows(sheetName: string): readonly ScannedRow[];
}
