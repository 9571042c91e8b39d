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

/**
 * Wall times already worked out, by zone and instant: formatting one takes microseconds, and a
 * sheet's dates repeat (every event of a day is that day's midnight). Bounded: cleared when full.
 */
const known = new Map<string, Map<number, WallTime>>();
const MAX_KNOWN = 10_000;

/** The wall clock of an instant in an IANA time zone (Sheets gives instants; xlsx gives wall clocks). */
export function wallTimeOfInstant(instant: Date, timeZone: string): WallTime {
  const ms = instant.getTime();
  const kept = known.get(timeZone)?.get(ms);
  if (kept !== undefined) return kept;
  const wall = formatWallTime(instant, timeZone);
  let zone = known.get(timeZone);
  if (!zone) {
    zone = new Map();
    known.set(timeZone, zone);
  }
  if (zone.size >= MAX_KNOWN) zone.clear();
  zone.set(ms, wall);
  return wall;
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
