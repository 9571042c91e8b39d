import * as z from 'zod/mini';
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

const countSchema = z.int().check(z.gte(0), z.lte(MAX_COUNT));
const amountSchema = z.number().check(z.gt(0), z.lte(MAX_AMOUNT_KGS));
const emailSchema = z.email();
const monthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

const EMPTY: CellResult = { ok: true, value: null };
const ok = (value: string | number | readonly string[]): CellResult => ({ ok: true, value });
const bad = (rule: string, params?: Record<string, string | number>): CellResult => ({
  ok: false,
  rule,
  params,
});

function isDate(value: unknown): value is Date {
  // Apps Script and gas-local hand over Dates from another realm: instanceof would miss them.
  return Object.prototype.toString.call(value) === '[object Date]';
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
const DOTTED_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?$/;

/** ISO (`2026-10-03`) or dd.mm.yyyy text, with an optional time; a real calendar day or NaN. */
export function parseDateText(text: string): WallTime {
  const trimmed = text.trim();
  let y: number;
  let m: number;
  let d: number;
  let hh = 0;
  let mm = 0;
  const iso = ISO_DATE.exec(trimmed);
  const dotted = iso ? null : DOTTED_DATE.exec(trimmed);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[4] !== undefined) [hh, mm] = [Number(iso[4]), Number(iso[5])];
  } else if (dotted) {
    [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    if (dotted[4] !== undefined) [hh, mm] = [Number(dotted[4]), Number(dotted[5])];
  } else {
    return Number.NaN;
  }
  if (m < 1 || m > 12 || d < 1 || hh > 23 || mm > 59) return Number.NaN;
  const time = wallTime(y, m, d, hh, mm);
  // Date.UTC rolls 31.02 over into March: such a day does not exist.
  return new Date(time).getUTCDate() === d ? time : Number.NaN;
}

/** Numbers typed as text: "1 000", "13 000,50", "1000". */
function parseNumberText(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

function toNumber(value: CellValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return parseNumberText(value);
  return Number.NaN;
}

function readDate(value: CellValue, options: ReadOptions): CellResult {
  const time = isDate(value)
    ? dateCellWallTime(value, options)
    : typeof value === 'string'
      ? parseDateText(value)
      : Number.NaN;
  if (Number.isNaN(time)) return bad('type_date');
  // Years outside this range are typing slips (0026, 20026), not dates of the programme.
  const year = new Date(time).getUTCFullYear();
  return year < 1990 || year > 2100 ? bad('type_date') : ok(time);
}

function readMonth(value: CellValue, options: ReadOptions): CellResult {
  // Sheets turns a typed "2026-10" into the date 2026-10-01; take the month of it.
  if (isDate(value)) {
    const time = dateCellWallTime(value, options);
    return Number.isNaN(time) ? bad('type_month') : ok(new Date(time).toISOString().slice(0, 7));
  }
  const text = String(value).trim();
  const padded = /^\d{4}-\d$/.test(text) ? `${text.slice(0, 5)}0${text.slice(5)}` : text;
  return monthSchema.safeParse(padded).success ? ok(padded) : bad('type_month');
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
      if (Number.isNaN(number)) return bad('type_int');
      if (number > MAX_COUNT) return bad('too_large', { max: MAX_COUNT });
      return countSchema.safeParse(number).success ? ok(number) : bad('type_int');
    }
    case 'amount': {
      const number = toNumber(value);
      if (Number.isNaN(number)) return bad('type_amount');
      if (number > MAX_AMOUNT_KGS) return bad('too_large', { max: MAX_AMOUNT_KGS });
      return amountSchema.safeParse(number).success ? ok(number) : bad('type_amount');
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
      return emailSchema.safeParse(text).success ? ok(text) : bad('type_email');
    }
  }
}
