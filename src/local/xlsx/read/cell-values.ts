import { type CellValue, UnreadableCell } from '../../../core/read/workbook';

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A date serial as the wall clock it stands for (the Date's UTC fields). Excel's 1900 system
 * counts a 29 February 1900 that never was: serials before it are one day later than counted.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? EPOCH_1904 : serial < 61 ? EPOCH_1900 + DAY_MS : EPOCH_1900;
  // Rounded to the second: a stored serial like 46298.999999999 means midnight.
  return new Date(epoch + Math.round(serial * 86_400) * 1000);
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** A `t="d"` cell's ISO 8601 text as a wall-clock date; the text itself when it is no date. */
export function isoToDate(text: string): CellValue {
  const m = ISO.exec(text.trim());
  if (!m) return text;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1);
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}

/** How a cell of the sheet is to be understood, from its `t`, `s`, value and formula. */
export interface RawCell {
  readonly type: string;
  readonly isDateStyle: boolean;
  readonly value: string | null;
  readonly inline: string | null;
  readonly formula: string | null;
}

/** The core's value of one cell: text, number, boolean, Date, an error, or null. */
export function cellValueOf(
  cell: RawCell,
  sharedStrings: readonly string[],
  date1904: boolean,
): CellValue {
  const { type, value } = cell;
  if (type === 'inlineStr') return cell.inline ?? value ?? '';
  if (value === null) {
    // A formula without its cached value was never computed (the writer did not calculate).
    return cell.formula === null ? null : new UnreadableCell('uncomputed', cell.formula);
  }
  switch (type) {
    case 's':
      return sharedStrings[Number(value)] ?? '';
    case 'str':
      return value;
    case 'b':
      return value === '1' || value.toLowerCase() === 'true';
    case 'd':
      return isoToDate(value);
    case 'e':
      return new UnreadableCell('error', value);
    default: {
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number)) return value;
      return cell.isDateStyle ? serialToDate(number, date1904) : number;
    }
  }
}
