/** What a cell can hold, and how Sheets turns a written JavaScript value into it. */

export type CellValue = string | number | boolean | Date;

/** Realm-safe: values may come from a gas-local `vm` context whose Date is another class. */
export function isDate(v: unknown): v is Date {
  // Most cells hold a string or a number: no object, no tag to ask for.
  return (
    typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]'
  );
}

/**
 * The Date class that stored and returned dates are made with. Code loaded into a `vm`
 * context checks `v instanceof Date` against that context's Date, so a test can switch the
 * fakes to it (services.useDateClass). Module state, reset by every createFakeServices().
 */
let DateClass: DateConstructor = Date;

export function setDateClass(D: DateConstructor): void {
  DateClass = D;
}

/** A fresh copy, so neither the caller nor the storage can mutate the other. */
export function copyDate(d: Date): Date {
  return new DateClass(d.getTime());
}

export function copyValue(v: CellValue): CellValue {
  return isDate(v) ? copyDate(v) : v;
}

/** The result of writing one value: a formula, or a stored value. */
export type Written = { formula: string; value: CellValue };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Writing through setValue(s) behaves like typing: '=...' becomes a formula, "'..." stays text
 * without the apostrophe (a marker, not stored: "''..." keeps one), numeric text and
 * TRUE/FALSE are parsed. A cell formatted as plain text ('@') keeps the string as written (like
 * typing into such a cell), formulas and a leading apostrophe included.
 */
export function parseWritten(v: unknown, numberFormat: string): Written {
  if (v === null || v === undefined) return { formula: '', value: '' };
  if (isDate(v)) return { formula: '', value: copyDate(v) };
  if (typeof v === 'number') return { formula: '', value: Number.isFinite(v) ? v : '#NUM!' };
  if (typeof v === 'boolean') return { formula: '', value: v };
  const s = typeof v === 'string' ? v : String(v);
  // In a plain-text cell nothing is parsed: not even the apostrophe is taken for a marker.
  if (numberFormat === '@') return { formula: '', value: s };
  if (s.startsWith("'")) return { formula: '', value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { formula: s, value: '' };
  const t = s.trim();
  if (NUMBER.test(t)) return { formula: '', value: Number(t) };
  if (/^true$/i.test(t)) return { formula: '', value: true };
  if (/^false$/i.test(t)) return { formula: '', value: false };
  return { formula: '', value: s };
}
