import type { Analysis } from '../analyse';
import { report } from '../indicators/compute';
import { monthPeriod } from '../periods/make';
import { monthIndexOf, parseMonthKey } from '../periods/months';
import type { ReadSheet } from '../read/read-workbook';
import { committeeOfCases, committeeOfRow } from '../read/row-committee';
import { DATA_SHEETS, type DataSheetKey } from '../schema/sheets';
import type { CommitteeMonth } from './plan';

/** A committee's month as the Month tab and `korgoo approve` see it. */
export interface CommitteeMonthView extends CommitteeMonth {
  readonly name: string;
  readonly active: boolean;
  /** Rows of the committee dated in the month (events, cases, referrals, assistance, plan). */
  readonly rows: number;
}

/** The column that dates each sheet's rows; null for sheets whose rows hold no date. */
const DATED: Readonly<Partial<Record<DataSheetKey, string>>> = {
  events: 'date',
  cases: 'identifiedOn',
  referrals: 'date',
  assistance: 'date',
  plan: 'month',
};
// Every data sheet but Recipients, which holds who gets the digest, not the month's work.
const COUNTED: readonly DataSheetKey[] = DATA_SHEETS.filter((key) => key !== 'recipients');

/** The month of a row's date: a month index, null when the row holds no readable date. */
function monthOfValue(value: unknown): number | null {
  if (typeof value === 'number') return monthIndexOf(value);
  if (typeof value === 'string') return parseMonthKey(value);
  return null;
}

/**
 * Every committee of the Committees sheet in a month: its rows dated in it, the errors still
 * open on them (and on its rows that hold no date, which may belong to any month: its members,
 * a row whose date could not be read), and its seed figures now.
 */
export function committeeMonths(
  analysis: Analysis,
  month: string,
): ReadonlyMap<string, CommitteeMonthView> {
  const target = parseMonthKey(month);
  const sheets = analysis.workbook.sheets;
  const errorRows = new Map<string, number>();
  for (const problem of analysis.problems) {
    if (problem.severity !== 'error') continue;
    const key = `${problem.sheet}:${problem.row}`;
    errorRows.set(key, (errorRows.get(key) ?? 0) + 1);
  }
  const committeeOfCase = committeeOfCases(sheets);
  const rows = new Map<string, number>();
  const errors = new Map<string, number>();
  const add = (map: Map<string, number>, id: string, n: number) =>
    map.set(id, (map.get(id) ?? 0) + n);
  for (const key of COUNTED) {
    const dateColumn = DATED[key];
    for (const row of (sheets[key] as ReadSheet<DataSheetKey>).rows) {
      const rec = row.rec as Readonly<Record<string, unknown>>;
      const id = committeeOfRow(rec, committeeOfCase);
      if (id === undefined) continue;
      const rowMonth = dateColumn === undefined ? null : monthOfValue(rec[dateColumn]);
      const inMonth = rowMonth !== null && rowMonth === target;
      if (inMonth) add(rows, id, 1);
      const open = errorRows.get(`${key}:${row.row}`) ?? 0;
      if (open > 0 && (inMonth || rowMonth === null)) add(errors, id, open);
    }
  }
  const result = new Map<string, CommitteeMonthView>();
  if (target === null) return result;
  const figures = report(
    analysis.dataset,
    monthPeriod(Math.floor(target / 12), (target % 12) + 1),
  ).byCommittee;
  for (const row of sheets.committees.rows) {
    const id = row.rec.committeeId;
    if (id === null || result.has(id)) continue;
    result.set(id, {
      committeeId: id,
      name: row.rec.name ?? '',
      region: row.rec.region,
      active: row.rec.status === 'active',
      rows: rows.get(id) ?? 0,
      openErrors: errors.get(id) ?? 0,
      figures: figures[id] ?? {},
    });
  }
  return result;
}
