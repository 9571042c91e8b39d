/**
 * A wall-clock date and time in the workbook's time zone, stored as the milliseconds a UTC clock
 * would show for the same fields. 2026-10-31 23:30 in Bishkek is Date.UTC(2026, 9, 31, 23, 30).
 * Periods compare these numbers, so the result never depends on the zone of the computer running
 * the code (DESIGN §2: a date in an .xlsx file has no time zone).
 */
export type WallTime = number;

export const DAY_MS = 86_400_000;

export function wallTime(
  year: number,
  month1: number,
  day: number,
  hour = 0,
  minute = 0,
): WallTime {
  return Date.UTC(year, month1 - 1, day, hour, minute);
}

const HOUR_MS = 3_600_000;
/** Instants whose wall-clock year Date.UTC takes as it is (it reads years 0–99 as 1900–1999). */
const PLAIN = { from: Date.UTC(100, 0, 2), to: Date.UTC(9999, 11, 30) };

/**
 * Each zone's offset from UTC by hour since the epoch, so that Intl (microseconds a call) is
 * asked about an hour, not about every instant: a sheet's dates and timestamps are mostly
 * distinct instants in few hours, or one a day. The first instant of an hour is formatted as
 * it is; a second one in that hour has the hour's first and last second formatted, and an hour
 * whose two ends agree has that offset throughout (no zone changes its clock twice in an hour).
 * An hour with a change in it (NaN) has every instant formatted.
 */
type HourOffset = number | { readonly second: number; readonly offset: number };
const offsets = new Map<string, Map<number, HourOffset>>();
/** Bounded (cleared when full): about eleven years of hours a zone. */
const MAX_HOURS = 100_000;

/** The wall clock of an instant in an IANA time zone (Sheets gives instants; xlsx gives wall clocks). */
export function wallTimeOfInstant(instant: Date, timeZone: string): WallTime {
  const ms = instant.getTime();
  if (!(ms >= PLAIN.from && ms <= PLAIN.to)) return formatWallTime(instant, timeZone);
  const second = Math.floor(ms / 1000) * 1000;
  const hour = Math.floor(ms / HOUR_MS);
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const kept = zone.get(hour);
  if (kept === undefined) {
    if (zone.size >= MAX_HOURS) zone.clear();
    const wall = formatWallTime(instant, timeZone);
    zone.set(hour, { second, offset: wall - second });
    return wall;
  }
  if (typeof kept === 'object') {
    if (kept.second === second) return second + kept.offset;
    const first = formatWallTime(new Date(hour * HOUR_MS), timeZone) - hour * HOUR_MS;
    const lastSecond = (hour + 1) * HOUR_MS - 1000;
    const last = formatWallTime(new Date(lastSecond), timeZone) - lastSecond;
    zone.set(hour, first === last ? first : Number.NaN);
    return first === last ? second + first : formatWallTime(instant, timeZone);
  }
  return Number.isNaN(kept) ? formatWallTime(instant, timeZone) : second + kept;
}

function formatWallTime(instant: Date, timeZone: string): WallTime {
  const parts = zoneFormatter(timeZone).formatToParts(instant);
  const field = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const hour = field('hour') % 24;
  return Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    hour,
    field('minute'),
    field('second'),
  );
}

/** The instant at which the wall clock of a time zone shows `wall` (inverse of wallTimeOfInstant). */
export function instantOfWallTime(wall: WallTime, timeZone: string): Date {
  let guess = wall;
  // Two passes converge for every zone offset, including the day of a DST change.
  for (let i = 0; i < 2; i++) {
    const offset = wallTimeOfInstant(new Date(guess), timeZone) - guess;
    guess = wall - offset;
  }
  return new Date(guess);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** `YYYY-MM-DD` of a wall time. */
export function isoDate(wall: WallTime): string {
  return new Date(wall).toISOString().slice(0, 10);
}

/** `YYYY-MM` of a wall time. */
export function isoMonth(wall: WallTime): string {
  return new Date(wall).toISOString().slice(0, 7);
}

/** `dd.mm.yyyy` of a wall time, as people in Kyrgyzstan write dates. */
export function dottedDate(wall: WallTime): string {
  const iso = isoDate(wall);
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** The start of the wall-clock day holding `wall`. */
export function startOfDay(wall: WallTime): WallTime {
  return Math.floor(wall / DAY_MS) * DAY_MS;
}
