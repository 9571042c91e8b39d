import { normalizeEmail } from '../email';
import type { ColumnDef } from '../schema/sheets';
import { type WallTime, wallTime, wallTimeOfInstant } from '../time/wall-time';
import { choiceKeyOf } from './choices-index';
import type { CellValue, ReadOptions } from './workbook';
import { booleanChoiceKey } from './yes-no';

/** A cell read: its value, or the rule it breaks (with what the message needs). */
export type CellResult =
  | { readonly ok: true; readonly value: string | number | readonly string[] | null }
  | {
      readonly ok: false;
      readonly rule: string;
      readonly params?: Record<string, string | number>;
    };

export const MAX_COUNT = 100_000;
export const MAX_AMOUNT_KGS = 100_000_000;

// Plain checks rather than a schema library: a library costs the add-on's bundle more than
// these four lines. EMAIL is zod's "practical email" pattern, which Korgoo used before.
const isCount = (n: number) => Number.isInteger(n) && n >= 0 && n <= MAX_COUNT;
const isAmount = (n: number) => Number.isFinite(n) && n > 0 && n <= MAX_AMOUNT_KGS;
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const EMPTY: CellResult = { ok: true, value: null };
const ok = (value: string | number | readonly string[]): CellResult => ({ ok: true, value });
const bad = (rule: string, params?: Record<string, string | number>): CellResult => ({
  ok: false,
  rule,
  params,
});

function isDate(value: unknown): value is Date {
  // Apps Script and gas-local hand over Dates from another realm: instanceof would miss them.
  // Most cells are strings and numbers: answered before toString wraps them in an object.
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.prototype.toString.call(value) === '[object Date]'
  );
}

export function isBlank(value: CellValue): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * A row with no entry: every cell blank or an unticked checkbox (Sheets' Insert > Checkbox
 * fills every selected cell with false, far below the last row anyone filled in).
 */
export function isEmptyRow(row: readonly CellValue[]): boolean {
  return row.every((value) => value === false || isBlank(value));
}

/** The cell as the text a person sees (for messages and the Problems sheet). */
export function cellText(value: CellValue, options: ReadOptions): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) {
    const time = dateCellWallTime(value, options);
    return Number.isNaN(time)
      ? ''
      : new Date(time).toISOString().slice(0, 16).replace('T', ' ').replace(' 00:00', '');
  }
  return String(value);
}

function dateCellWallTime(value: Date, options: ReadOptions): WallTime {
  const time = value.getTime();
  if (Number.isNaN(time)) return Number.NaN;
  return options.dates === 'wall' ? time : wallTimeOfInstant(value, options.timeZone);
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?$/;
// dd/mm/yyyy (British) and MM/DD/YYYY (US-English Excel, LibreOffice CSV) look alike.
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?$/;

/** A real calendar day and time, or NaN. */
function calendarTime(y: number, m: number, d: number, hh: number, mm: number): WallTime {
  if (m < 1 || m > 12 || d < 1 || hh > 23 || mm > 59) return Number.NaN;
  const time = wallTime(y, m, d, hh, mm);
  // Date.UTC rolls 31.02 over into March: such a day does not exist.
  return new Date(time).getUTCDate() === d ? time : Number.NaN;
}

const timeOf = (match: RegExpExecArray): [number, number] =>
  match[4] === undefined ? [0, 0] : [Number(match[4]), Number(match[5])];

/**
 * A slash date is read only when it has one reading: the first number is over 12 (so it is the
 * day: 13/04/2026) or both are the same (05/05/2026). 03/04/2026 and 04/13/2026 are not read.
 */
function slashDayFirst(first: number, second: number): boolean {
  return first > 12 || first === second;
}

/**
 * ISO (`2026-10-03`), dd.mm.yyyy, or a slash date with one reading, with an optional time; a
 * real calendar day or NaN. Nothing is guessed: a slash date that could be read two ways is NaN.
 */
export function parseDateText(text: string): WallTime {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return calendarTime(Number(iso[1]), Number(iso[2]), Number(iso[3]), ...timeOf(iso));
  const dotted = DOTTED_DATE.exec(trimmed) ?? SLASH_DATE.exec(trimmed);
  if (!dotted) return Number.NaN;
  const [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  if (trimmed.includes('/') && !slashDayFirst(d, m)) return Number.NaN;
  return calendarTime(y, m, d, ...timeOf(dotted));
}

const ddmmyyyy = (d: number, m: number, y: number) =>
  `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;

/**
 * A slash date that parseDateText does not read because its day and month could be swapped:
 * the dates it could be (`dayFirst` only when day-first is a real day too), or null.
 */
function swappableSlashDate(text: string): { monthFirst: string; dayFirst?: string } | null {
  const slash = SLASH_DATE.exec(text.trim());
  if (!slash) return null;
  const [a, b, y] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
  if (slashDayFirst(a, b) || Number.isNaN(calendarTime(y, a, b, 0, 0))) return null;
  const monthFirst = ddmmyyyy(b, a, y);
  return b <= 12 ? { monthFirst, dayFirst: ddmmyyyy(a, b, y) } : { monthFirst };
}

/** A number whose comma or dot may group thousands or start decimals: it is not guessed. */
interface AmbiguousNumber {
  readonly ambiguous: true;
  /** The readings, as plain numbers, when there are exactly two ("13,000": 13000 or 13). */
  readonly readings?: { readonly thousands: string; readonly decimal: string };
}

const GROUP_SPACE = '[ \\u00a0\\u2009\\u202f]';
// Digits grouped in threes by spaces (Russian: "13 000", also no-break and thin spaces), with
// one decimal comma or dot: "13 000,50", "2.5", "1000".
const PLAIN_NUMBER = new RegExp(`^([-+]?)(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+|\\d+)(?:[.,](\\d+))?$`);
const SPACES = new RegExp(GROUP_SPACE, 'g');
// Digits grouped in threes by commas or dots, maybe with decimals: "1,000,000", "1.000,50".
const SEPARATOR_GROUPED = new RegExp(
  `^[-+]?\\d{1,3}(?:(?:[.,]|${GROUP_SPACE})\\d{3})+(?:[.,]\\d+)?$`,
);

/**
 * Numbers typed as text: "1000", "1 000", "13 000,50", "2.5". A comma or a dot before exactly
 * three digits ("13,000", "1.000") is ambiguous (13000 in English, 13 in Russian): never read.
 */
function parseNumberText(text: string): number | AmbiguousNumber {
  const trimmed = text.trim();
  const plain = PLAIN_NUMBER.exec(trimmed);
  if (plain) {
    const [, sign, whole, decimals] = plain as unknown as [string, string, string, string?];
    const digits = sign + whole.replace(SPACES, '');
    if (decimals === undefined) return Number(digits);
    // "0,125" cannot be thousands: only a non-zero whole part makes three decimals ambiguous.
    if (decimals.length === 3 && whole !== '0') {
      return {
        ambiguous: true,
        readings: {
          thousands: digits + decimals,
          decimal: String(Number(`${digits}.${decimals}`)),
        },
      };
    }
    return Number(`${digits}.${decimals}`);
  }
  return SEPARATOR_GROUPED.test(trimmed) ? { ambiguous: true } : Number.NaN;
}

function toNumber(value: CellValue): number | AmbiguousNumber {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return parseNumberText(value);
  return Number.NaN;
}

/** The problem of an ambiguous number, with its two readings when it has exactly two. */
function ambiguousNumber(number: AmbiguousNumber): CellResult {
  return bad('ambiguous_number', number.readings ? { ...number.readings } : undefined);
}

// Years outside 1990–2100 are typing slips (0026, 20026), not dates of the programme.
const FIRST_DATE = Date.UTC(1990, 0, 1);
const AFTER_LAST_DATE = Date.UTC(2101, 0, 1);

function dateResult(time: WallTime, text: string | null): CellResult {
  if (Number.isNaN(time)) {
    const swappable = text === null ? null : swappableSlashDate(text);
    return swappable ? bad('ambiguous_date', swappable) : bad('type_date');
  }
  return time < FIRST_DATE || time >= AFTER_LAST_DATE ? bad('type_date') : ok(time);
}

/**
 * Dates typed as text repeat (a few hundred days in thousands of rows) and read the same in
 * any zone: each distinct text is parsed once, as choices are.
 */
const dateTextResults = new Map<string, CellResult>();
const DATE_CACHE_LIMIT = 5_000;

function readDate(value: CellValue, options: ReadOptions): CellResult {
  if (typeof value === 'string') {
    let result = dateTextResults.get(value);
    if (!result) {
      if (dateTextResults.size >= DATE_CACHE_LIMIT) dateTextResults.clear();
      result = dateResult(parseDateText(value), value);
      dateTextResults.set(value, result);
    }
    return result;
  }
  return dateResult(isDate(value) ? dateCellWallTime(value, options) : Number.NaN, null);
}

function readMonth(value: CellValue, options: ReadOptions): CellResult {
  // Sheets turns a typed "2026-10" into the date 2026-10-01; take the month of it.
  if (isDate(value)) {
    const time = dateCellWallTime(value, options);
    return Number.isNaN(time) ? bad('type_month') : ok(new Date(time).toISOString().slice(0, 7));
  }
  const text = String(value).trim();
  const padded = /^\d{4}-\d$/.test(text) ? `${text.slice(0, 5)}0${text.slice(5)}` : text;
  return MONTH.test(padded) ? ok(padded) : bad('type_month');
}

/**
 * Choice cells repeat the same few texts thousands of times: their results are kept per list
 * and text, so each distinct text is matched once (the cache is dropped if it grows too big).
 */
const choiceResults = new Map<string, Map<string, CellResult>>();
const CHOICE_CACHE_LIMIT = 5_000;

function cachedChoice(
  list: string,
  multi: boolean,
  text: string,
  compute: () => CellResult,
): CellResult {
  const id = multi ? `${list}*` : list;
  let cache = choiceResults.get(id);
  if (!cache) {
    cache = new Map();
    choiceResults.set(id, cache);
  }
  let result = cache.get(text);
  if (!result) {
    if (cache.size >= CHOICE_CACHE_LIMIT) cache.clear();
    result = compute();
    cache.set(text, result);
  }
  return result;
}

function readChoice(column: ColumnDef, value: CellValue): CellResult {
  const list = column.choices;
  if (!list) return ok(String(value).trim());
  if (typeof value === 'boolean') {
    // A checkbox: yes/no in a yes/no column, no choice of any other list.
    const key = booleanChoiceKey(list, value);
    return key === undefined ? bad('choice', { list }) : ok(key);
  }
  const text = String(value);
  return cachedChoice(list, false, text, () => {
    const key = choiceKeyOf(list, text);
    return key === undefined ? bad('choice', { list }) : ok(key);
  });
}

function readMulti(column: ColumnDef, value: CellValue): CellResult {
  const list = column.choices;
  const text = String(value);
  const compute = (): CellResult => {
    const parts = text
      .split(/[,;\n]/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const keys: string[] = [];
    for (const part of parts) {
      const key = list ? choiceKeyOf(list, part) : part;
      if (key === undefined) return bad('choice', { list: list ?? '', part });
      if (!keys.includes(key)) keys.push(key);
    }
    // Shared between rows by the cache: frozen so that no reader can change another's value.
    return keys.length === 0 ? EMPTY : ok(Object.freeze(keys));
  };
  return list ? cachedChoice(list, true, text, compute) : compute();
}

/** Reads one cell for its column. Never throws, whatever the cell holds. */
export function readCell(column: ColumnDef, value: CellValue, options: ReadOptions): CellResult {
  if (isBlank(value)) return column.required ? bad('required') : EMPTY;
  switch (column.type) {
    case 'text':
      return ok(isDate(value) ? cellText(value, options) : String(value).trim());
    case 'id': {
      // A checkbox, a date, NaN or Infinity is no identifier, though "TRUE" or "NAN" would fit.
      const notText =
        typeof value === 'number' ? !Number.isFinite(value) : typeof value !== 'string';
      if (notText) {
        return bad('pattern', { column: column.key });
      }
      const text = String(value).trim().toUpperCase();
      return column.pattern && !column.pattern.test(text)
        ? bad('pattern', { column: column.key })
        : ok(text);
    }
    case 'int': {
      // Most count cells hold a plain whole number: accepted without the general parse.
      if (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= 0 &&
        value <= MAX_COUNT
      ) {
        return ok(value);
      }
      const number = toNumber(value);
      if (typeof number !== 'number') return ambiguousNumber(number);
      if (Number.isNaN(number)) return bad('type_int');
      if (number > MAX_COUNT) return bad('too_large', { max: MAX_COUNT });
      return isCount(number) ? ok(number) : bad('type_int');
    }
    case 'amount': {
      const number = toNumber(value);
      if (typeof number !== 'number') return ambiguousNumber(number);
      if (Number.isNaN(number)) return bad('type_amount');
      if (number > MAX_AMOUNT_KGS) return bad('too_large', { max: MAX_AMOUNT_KGS });
      return isAmount(number) ? ok(number) : bad('type_amount');
    }
    case 'date':
    case 'datetime':
      return readDate(value, options);
    case 'month':
      return readMonth(value, options);
    case 'choice':
      return readChoice(column, value);
    case 'multi':
      return readMulti(column, value);
    case 'email': {
      const text = normalizeEmail(String(value));
      return EMAIL.test(text) ? ok(text) : bad('type_email');
    }
  }
}
