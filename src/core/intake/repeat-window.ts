/**
 * The rows that may repeat a new row by day (duplicate_event: same committee, type and day):
 * the other columns of the rule need reading only there. A row counts when its date lies
 * within two days of a new row's (whatever the zones), or is not a date at all (a text the reader
 * may still read as one). Events are mostly entered in date order, so the window is short.
 */
import type { CellValue } from '../read/workbook';
import { DAY_MS } from '../time/wall-time';

const isDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';

const isBlank = (value: CellValue): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * The first and last sheet rows (`dates[0]` is row `firstRow`) that may share a day with one
 * of `newDates`, or null when none can. A new date that is not a date: every row may.
 */
export function sameDayWindow(
  dates: readonly CellValue[],
  newDates: readonly CellValue[],
  firstRow = 2,
): { first: number; last: number } | null {
  const times = newDates.filter((d) => !isBlank(d));
  if (times.length === 0) return null;
  if (!times.every(isDate))
    return dates.length > 0 ? { first: firstRow, last: firstRow + dates.length - 1 } : null;
  const instants = (times as Date[]).map((d) => d.getTime());
  let first = -1;
  let last = -1;
  dates.forEach((cell, i) => {
    if (isBlank(cell)) return;
    const near = !isDate(cell) || instants.some((t) => Math.abs(cell.getTime() - t) <= 2 * DAY_MS);
    if (!near) return;
    if (first === -1) first = i;
    last = i;
  });
  return first === -1 ? null : { first: firstRow + first, last: firstRow + last };
}

/**
 * The same rows as runs of consecutive sheet rows [first, last]: only those are read, not the
 * span between the first and the last (a new row dated near an old one would span the sheet).
 */
export function sameDayRuns(
  dates: readonly CellValue[],
  newDates: readonly CellValue[],
  firstRow = 2,
): [number, number][] {
  const window = sameDayWindow(dates, newDates, firstRow);
  if (!window) return [];
  const times = newDates.filter((d) => !isBlank(d));
  const all = !times.every(isDate);
  const instants = all ? [] : (times as Date[]).map((d) => d.getTime());
  const runs: [number, number][] = [];
  dates.forEach((cell, i) => {
    const near =
      all ||
      (!isBlank(cell) &&
        (!isDate(cell) || instants.some((t) => Math.abs(cell.getTime() - t) <= 2 * DAY_MS)));
    if (!near) return;
    const row = firstRow + i;
    const run = runs[runs.length - 1];
    if (run && run[1] === row - 1) run[1] = row;
    else runs.push([row, row]);
  });
  return runs;
}
