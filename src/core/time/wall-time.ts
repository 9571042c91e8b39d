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

/** Instants whose wall-clock year Date.UTC takes as it is (it reads years 0–99 as 1900–1999). */
const PLAIN = { from: Date.UTC(100, 0, 2), to: Date.UTC(9999, 11, 30) };

/**
 * Each zone's offset from UTC by day (UTC days since the epoch), so that Intl (microseconds a
 * call) is asked about a day, not about every instant: a sheet's dates and timestamps are many
 * distinct instants on fewer days. The first instant of a day is formatted as it is; at a
 * second one, the offsets at the day's start and the next day's start (kept, each shared by
 * two days) are compared, and a day between two equal ones has that offset throughout (no
 * zone changes its clock and back within a day). A day with a change (NaN) has every instant
 * formatted.
 */
type DayOffset = number | { readonly second: number; readonly offset: number };
type ZoneOffsets = { days: Map<number, DayOffset>; starts: Map<number, number> };
const offsets = new Map<string, ZoneOffsets>();
/** Bounded (cleared when full): far more days than a workbook's dates span. */
const MAX_DAYS = 50_000;

/** The offset at the start of a UTC day, kept. */
function startOffset(zone: ZoneOffsets, day: number, timeZone: string): number {
  let offset = zone.starts.get(day);
  if (offset === undefined) {
    offset = formatWallTime(new Date(day * DAY_MS), timeZone) - day * DAY_MS;
    zone.starts.set(day, offset);
  }
  return offset;
}

/** The wall clock of an instant in an IANA time zone (Sheets gives instants; xlsx gives wall clocks). */
export function wallTimeOfInstant(instant: Date, timeZone: string): WallTime {
  const ms = instant.getTime();
  if (!(ms >= PLAIN.from && ms <= PLAIN.to)) return formatWallTime(instant, timeZone);
  const second = Math.floor(ms / 1000) * 1000;
  const day = Math.floor(ms / DAY_MS);
  let zone = offsets.get(timeZone);
  if (!zone || zone.days.size >= MAX_DAYS) {
    zone = { days: new Map(), starts: new Map() };
    offsets.set(timeZone, zone);
  }
  const kept = zone.days.get(day);
  if (kept === undefined) {
    const wall = formatWallTime(instant, timeZone);
    zone.days.set(day, { second, offset: wall - second });
    if (second === day * DAY_MS) zone.starts.set(day, wall - second);
    return wall;
  }
  if (typeof kept === 'object') {
    if (kept.second === second) return second + kept.offset;
    const first = startOffset(zone, day, timeZone);
    const same = first === startOffset(zone, day + 1, timeZone);
    zone.days.set(day, same ? first : Number.NaN);
    return same ? second + first : formatWallTime(instant, timeZone);
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
