import { cellTextFor } from '../core/safe-text';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Value = string | number | boolean | Date;

/**
 * Writes `rows` (text already through asCellText) into `range` so that each cell keeps the
 * text as meant whatever its number format: one getNumberFormats(), one setValues().
 */
export function setValuesAsText(range: Range, rows: readonly (readonly Value[])[]): void {
  const formats = range.getNumberFormats();
  range.setValues(
    rows.map((row, r) =>
      row.map((value, c) =>
        typeof value === 'string' ? cellTextFor(value, formats[r]?.[c] ?? '') : value,
      ),
    ),
  );
}
