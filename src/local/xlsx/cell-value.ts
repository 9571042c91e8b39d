import type { CellValue as ExcelCellValue } from 'exceljs';
import type { CellValue } from '../../core/read/workbook';

/**
 * An exceljs cell as the core reads it: formulas give their cached result (never evaluated
 * again), rich text its plain text, hyperlinks their text, errors their code ('#N/A').
 */
export function toCoreCell(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((part) => part.text).join('');
    }
    if ('error' in value) return String(value.error);
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelCellValue }).result;
      return result === undefined ? null : toCoreCell(result);
    }
    if ('text' in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === 'string' ? text : toCoreCell(text as ExcelCellValue);
    }
  }
  return String(value);
}
