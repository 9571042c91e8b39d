/** Utilities: formatDate (SimpleDateFormat subset, real time zones via Intl), sleep, getUuid. */
import { randomUUID } from 'node:crypto';
import type { CallCounter } from './counter';
import type { Faked } from './types';

type Parts = {
  y: number;
  M: number;
  d: number;
  H: number;
  m: number;
  s: number;
  ms: number;
  wd: number;
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock fields of an instant in a time zone, from Intl (which knows the real tz database). */
function wallClockOfIntl(date: Date, timeZone: string): Parts {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(date);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const num = (type: string): number => Number(get(type) || 0);
  return {
    y: num('year'),
    M: num('month'),
    d: num('day'),
    H: num('hour') % 24,
    m: num('minute'),
    s: num('second'),
    ms: date.getTime() - Math.floor(date.getTime() / 1000) * 1000,
    wd: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')),
  };
}

const DAY = 86_400_000;
/** Years whose wall clock Date.UTC gives back as they are (it reads 0–99 as 1900–1999). */
const PLAIN_YEARS = { from: Date.UTC(100, 0, 2), to: Date.UTC(9999, 11, 30) };

/**
 * Each zone's offset from UTC (ms, whole seconds) at the start of each UTC day, asked of Intl
 * once per day instead of once per date: formatToParts is what the fakes spent most of their
 * time in (every date cell of an API read or write, every formatDate). A day whose start and
 * the next day's start have the same offset has it throughout (no zone changes its clock and
 * back within a day); a day with a change in it is left to Intl, date by date.
 */
const starts = new Map<string, Map<number, number>>();

function startOffset(day: number, timeZone: string): number {
  let zone = starts.get(timeZone);
  if (!zone) {
    zone = new Map();
    starts.set(timeZone, zone);
  }
  let offset = zone.get(day);
  if (offset === undefined) {
    const p = wallClockOfIntl(new Date(day * DAY), timeZone);
    offset = Date.UTC(p.y, p.M - 1, p.d, p.H, p.m, p.s) - day * DAY;
    zone.set(day, offset);
  }
  return offset;
}

/** Each zone's offset by day: the same all day, or NaN (a change that day, or out of range). */
const days = new Map<string, Map<number, number>>();

/** The offset of the instant's whole day, or NaN where Intl must be asked for the instant. */
function dayOffset(t: number, timeZone: string): number {
  // An invalid date, or one far from today, goes to Intl as it is (which throws or knows).
  if (!(t >= PLAIN_YEARS.from && t <= PLAIN_YEARS.to)) return Number.NaN;
  const day = Math.floor(t / DAY);
  let zone = days.get(timeZone);
  if (!zone) {
    zone = new Map();
    days.set(timeZone, zone);
  }
  let offset = zone.get(day);
  if (offset === undefined) {
    const start = startOffset(day, timeZone);
    offset = start === startOffset(day + 1, timeZone) ? start : Number.NaN;
    zone.set(day, offset);
  }
  return offset;
}

/** Wall-clock fields of an instant in a time zone: what Intl says, through the daily offsets. */
function wallClock(date: Date, timeZone: string): Parts {
  const t = date.getTime();
  const offset = dayOffset(t, timeZone);
  if (Number.isNaN(offset)) return wallClockOfIntl(date, timeZone);
  const second = Math.floor(t / 1000) * 1000;
  const wall = new Date(second + offset);
  return {
    y: wall.getUTCFullYear(),
    M: wall.getUTCMonth() + 1,
    d: wall.getUTCDate(),
    H: wall.getUTCHours(),
    m: wall.getUTCMinutes(),
    s: wall.getUTCSeconds(),
    ms: t - second,
    wd: wall.getUTCDay(),
  };
}

/** Milliseconds a UTC clock shows for the wall clock of an instant in a time zone. */
export function wallClockMs(date: Date, timeZone: string): number {
  const t = date.getTime();
  const offset = dayOffset(t, timeZone);
  // Whole seconds of offset: the wall clock's milliseconds are the instant's.
  if (!Number.isNaN(offset)) return t + offset;
  const p = wallClockOfIntl(date, timeZone);
  return Date.UTC(p.y, p.M - 1, p.d, p.H, p.m, p.s, p.ms);
}

/** Minutes east of UTC at that instant in that zone. */
function offsetMinutes(date: Date, timeZone: string): number {
  const p = wallClock(date, timeZone);
  const asUtc = Date.UTC(p.y, p.M - 1, p.d, p.H, p.m, p.s);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function zone(offset: number, colon: boolean, hoursOnly: boolean): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  if (hoursOnly) return `${sign}${hh}`;
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

/** java.text.SimpleDateFormat letters: y M d E H h m s S a Z X, and 'quoted' literals. */
/** Each pattern's tokens, split once: the same few patterns format every date of a sheet. */
const tokensOf = new Map<string, readonly string[]>();

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = wallClock(date, timeZone);
  let tokens = tokensOf.get(pattern);
  if (!tokens) {
    tokens = pattern.match(/'[^']*'|''|([A-Za-z])\1*|[^A-Za-z']+/g) ?? [];
    tokensOf.set(pattern, tokens);
  }
  return tokens
    .map((t) => {
      if (t === "''") return "'";
      if (t.startsWith("'")) return t.slice(1, -1);
      const n = t.length;
      switch (t[0]) {
        case 'y':
          return n === 2 ? pad(p.y % 100, 2) : pad(p.y, n);
        case 'M':
          if (n >= 4) return MONTHS[p.M - 1] ?? '';
          if (n === 3) return (MONTHS[p.M - 1] ?? '').slice(0, 3);
          return pad(p.M, n);
        case 'd':
          return pad(p.d, n);
        case 'E':
          return n >= 4 ? (DAYS[p.wd] ?? '') : (DAYS[p.wd] ?? '').slice(0, 3);
        case 'u':
          return String(p.wd === 0 ? 7 : p.wd);
        case 'H':
          return pad(p.H, n);
        case 'h':
          return pad(p.H % 12 === 0 ? 12 : p.H % 12, n);
        case 'a':
          return p.H < 12 ? 'AM' : 'PM';
        case 'm':
          return pad(p.m, n);
        case 's':
          return pad(p.s, n);
        case 'S':
          return pad(p.ms, n);
        case 'Z':
          return zone(offsetMinutes(date, timeZone), false, false);
        case 'X': {
          const off = offsetMinutes(date, timeZone);
          if (off === 0) return 'Z';
          return zone(off, n >= 3, n === 1);
        }
        default:
          if (/[A-Za-z]/.test(t[0] ?? '')) throw new Error(`Illegal pattern character '${t[0]}'`);
          return t;
      }
    })
    .join('');
}

export class FakeUtilities
  implements Faked<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'sleep' | 'getUuid'>
{
  /** Total milliseconds "slept": sleep never blocks a test. */
  sleptMs = 0;

  constructor(private readonly counter: CallCounter) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    this.counter.hit('Utilities.formatDate');
    return formatDate(date, timeZone, format);
  }
  sleep(milliseconds: number): void {
    this.counter.hit('Utilities.sleep');
    this.sleptMs += milliseconds;
  }
  getUuid(): string {
    this.counter.hit('Utilities.getUuid');
    return randomUUID();
  }
}
