import type { Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import { monthIndexOf, monthKey } from '../periods/months';
import type { ReadSheets } from '../read/read-workbook';
import { committeeOfCases, committeeOfRow } from '../read/row-committee';
import type { ColumnDef, DataSheetKey } from '../schema/sheets';
import { SHEETS } from '../schema/sheets';
import type { Problem } from '../validate/problem';
import { pairKey } from './state';

export const APPROVED_MONTH_CHANGED = 'approved_month_changed';

/** The column that puts a row of each sheet in a month (the committee's month it changes). */
const MONTH_COLUMN: Readonly<Partial<Record<DataSheetKey, string>>> = {
  events: 'date',
  cases: 'identifiedOn',
  referrals: 'date',
  assistance: 'date',
  plan: 'month',
};

/**
 * The approved month a row lands in, or null: `approved` holds `month|committee` pairs whose
 * state is approved; `date` is the row's date (wall clock) or its `YYYY-MM`.
 */
export function approvedMonthOf(
  approved: ReadonlySet<string>,
  committeeId: string | null,
  date: number | string | null,
): string | null {
  if (committeeId === null || date === null) return null;
  const month = typeof date === 'number' ? monthKey(monthIndexOf(date)) : date;
  return approved.has(pairKey(month, committeeId)) ? month : null;
}

/**
 * The warning `approved_month_changed` for each row from `first` to `last` of a sheet that
 * lands in an approved month of its committee: taken in as always, and marked so.
 */
export function approvedChangeProblems(
  sheets: ReadSheets,
  key: DataSheetKey,
  first: number,
  last: number,
  approved: ReadonlySet<string>,
): Problem[] {
  const column = MONTH_COLUMN[key];
  if (column === undefined || approved.size === 0) return [];
  const sheet = sheets[key];
  const committeeOfCase = committeeOfCases(sheets);
  const columnAt =
    sheet.columnIndex[
      (SHEETS[key].columns as readonly ColumnDef[]).findIndex((c) => c.key === column)
    ];
  const problems: Problem[] = [];
  for (const row of sheet.rows) {
    if (row.row < first || row.row > last) continue;
    const rec = row.rec as Readonly<Record<string, unknown>>;
    const committee = committeeOfRow(rec, committeeOfCase) ?? null;
    const date = rec[column];
    const month = approvedMonthOf(
      approved,
      committee,
      typeof date === 'number' || typeof date === 'string' ? date : null,
    );
    if (month === null || committee === null) continue;
    problems.push({
      sheet: key,
      sheetName: sheet.name ?? key,
      row: row.row,
      column,
      columnIndex: columnAt === undefined || columnAt < 0 ? null : columnAt + 1,
      severity: 'warning',
      rule: APPROVED_MONTH_CHANGED,
      value: month,
      params: { month, committee },
    });
  }
  return problems;
}

/** The warning's sentence (what is wrong; the sheet, row and column are told around it). */
export function approvedChangeBody(
  params: Readonly<Record<string, string | number>> | undefined,
  lang: Lang,
): string {
  return text('changedWarning', lang, {
    month: String(params?.month ?? '…'),
    committee: String(params?.committee ?? '…'),
  });
}
