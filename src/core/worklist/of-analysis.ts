import type { Analysis } from '../analyse';
import type { WallTime } from '../time/wall-time';
import { filterWorklist, type WorklistFilter } from './filter';
import { type WorkItem, worklist } from './items';
import { DEFAULT_WORKLIST_DAYS, type WorklistDays } from './settings';

/** The worklist of an analysed workbook on `today`, for one committee or region if asked. */
export function worklistOf(
  analysis: Analysis,
  today: WallTime,
  filter: WorklistFilter = {},
  settings: WorklistDays = DEFAULT_WORKLIST_DAYS,
): WorkItem[] {
  const items = worklist(analysis.workbook, analysis.problems, today, settings);
  return filter.committee || filter.region
    ? filterWorklist(items, analysis.workbook, filter)
    : items;
}

/** `YYYY-MM-DD` as the start of that wall-clock day, or null when it is no such day. */
export function parseIsoDay(text: string): WallTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  return back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day
    ? time
    : null;
}
