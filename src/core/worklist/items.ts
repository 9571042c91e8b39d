import type { ReadRow, ReadWorkbook } from '../read/read-workbook';
import type { ChoiceKey } from '../schema/choices';
import { SHEETS } from '../schema/sheets';
import { DAY_MS, startOfDay, type WallTime } from '../time/wall-time';
import type { Problem } from '../validate/problem';
import { DEFAULT_WORKLIST_DAYS, type WorklistDays } from './settings';

export const WORK_KINDS = [
  'protection_order_ending',
  'referral_no_outcome',
  'case_no_followup',
  'high_risk_not_reviewed',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** One thing a coordinator should act on today (DESIGN §10). */
export interface WorkItem {
  readonly kind: WorkKind;
  readonly committee: string;
  readonly caseCode: string;
  /** The sheet key of the row to open, and its 1-based row. */
  readonly sheet: 'cases' | 'referrals';
  readonly row: number;
  /** The day the action is due (a wall-clock day start). */
  readonly due: WallTime;
  /** today − due in days: 0 when due today, negative before. */
  readonly daysOverdue: number;
  /**
   * The day the item's sentence names: the order's end, the referral's date, the last contact,
   * the day identified. Only for the coordinator's own view.
   */
  readonly since: WallTime;
  /** Where the referral went (referral items only), for the coordinator's own view. */
  readonly referredTo?: ChoiceKey<'referredTo'>;
}

type CaseRow = ReadRow<'cases'>;

const cellKey = (sheet: string, row: number, column: string): string => `${sheet}:${row}:${column}`;

/**
 * Whether the columns an item reads are usable on a row: present in the sheet and without an
 * error of their own. Errors in other columns do not matter: a typo elsewhere must not hide
 * a family.
 */
class Usable {
  private readonly bad = new Set<string>();

  constructor(
    private readonly workbook: ReadWorkbook,
    problems: readonly Problem[],
  ) {
    for (const p of problems) {
      if (p.severity === 'error' && p.column !== null)
        this.bad.add(cellKey(p.sheet, p.row, p.column));
    }
  }

  columns(
    sheet: {
      readonly key: 'cases' | 'referrals' | 'assistance';
      readonly columnIndex: readonly number[];
    },
    row: number,
    columns: readonly string[],
  ): boolean {
    const keys = SHEETS[sheet.key].columns.map((c) => c.key as string);
    return columns.every(
      (column) =>
        (sheet.columnIndex[keys.indexOf(column)] ?? -1) >= 0 &&
        !this.bad.has(cellKey(sheet.key, row, column)),
    );
  }

  get sheets() {
    return this.workbook.sheets;
  }
}

const days = (n: number): number => n * DAY_MS;

/** The cases each case code names, when it names exactly one usable case row. */
function casesByCode(usable: Usable): Map<string, CaseRow> {
  const sheet = usable.sheets.cases;
  const found = new Map<string, CaseRow | null>();
  for (const row of sheet.rows) {
    const code = row.rec.caseCode;
    if (code === null || !usable.columns(sheet, row.row, ['caseCode', 'committeeId'])) continue;
    if (row.rec.committeeId === null) continue;
    found.set(code, found.has(code) ? null : row);
  }
  const result = new Map<string, CaseRow>();
  for (const [code, row] of found) if (row) result.set(code, row);
  return result;
}

/** The status of a case when it can be read; null when it cannot (the item is not told). */
function statusOf(usable: Usable, row: CaseRow): ChoiceKey<'caseStatus'> | null {
  return usable.columns(usable.sheets.cases, row.row, ['status']) ? row.rec.status : null;
}

/** Latest referral or assistance day of each case, counting only usable, past rows. */
function lastContacts(usable: Usable, today: WallTime): Map<string, WallTime> {
  const latest = new Map<string, WallTime>();
  for (const sheet of [usable.sheets.referrals, usable.sheets.assistance] as const) {
    for (const row of sheet.rows as readonly ReadRow<'referrals' | 'assistance'>[]) {
      const { caseCode, date } = row.rec;
      if (caseCode === null || date === null) continue;
      if (!usable.columns(sheet, row.row, ['caseCode', 'date'])) continue;
      const day = startOfDay(date);
      if (day > today) continue;
      latest.set(caseCode, Math.max(latest.get(caseCode) ?? day, day));
    }
  }
  return latest;
}

function item(
  kind: WorkKind,
  caseRow: CaseRow,
  sheet: WorkItem['sheet'],
  row: number,
  due: WallTime,
  today: WallTime,
  since: WallTime,
): WorkItem {
  return {
    kind,
    committee: caseRow.rec.committeeId as string,
    caseCode: caseRow.rec.caseCode as string,
    sheet,
    row,
    due,
    daysOverdue: Math.round((today - due) / DAY_MS),
    since,
  };
}

function caseItems(
  usable: Usable,
  cases: Map<string, CaseRow>,
  today: WallTime,
  settings: WorklistDays,
): WorkItem[] {
  const items: WorkItem[] = [];
  const contacts = lastContacts(usable, today);
  const sheet = usable.sheets.cases;
  for (const caseRow of cases.values()) {
    const status = statusOf(usable, caseRow);
    if (status === null || status === 'closed') continue;
    const { caseCode, orderUntil, identifiedOn, riskLevel, reviewedJointlyWith } = caseRow.rec;
    const r = caseRow.row;
    if (orderUntil !== null && usable.columns(sheet, r, ['orderUntil'])) {
      const due = startOfDay(orderUntil);
      if (due >= today && due <= today + days(settings.orderEndingWithin))
        items.push(item('protection_order_ending', caseRow, 'cases', r, due, today, due));
    }
    if (identifiedOn === null || !usable.columns(sheet, r, ['identifiedOn'])) continue;
    const identified = startOfDay(identifiedOn);
    const last = Math.max(identified, contacts.get(caseCode as string) ?? identified);
    const followupDue = last + days(settings.followupEvery);
    if (followupDue <= today)
      items.push(item('case_no_followup', caseRow, 'cases', r, followupDue, today, last));
    if (
      riskLevel === 'high' &&
      usable.columns(sheet, r, ['riskLevel', 'reviewedJointlyWith']) &&
      (reviewedJointlyWith ?? []).every((with_) => with_ === 'none')
    ) {
      const due = identified + days(settings.highRiskReviewWithin);
      if (due <= today)
        items.push(item('high_risk_not_reviewed', caseRow, 'cases', r, due, today, identified));
    }
  }
  return items;
}

function referralItems(
  usable: Usable,
  cases: Map<string, CaseRow>,
  today: WallTime,
  settings: WorklistDays,
): WorkItem[] {
  const items: WorkItem[] = [];
  const sheet = usable.sheets.referrals;
  for (const row of sheet.rows) {
    const { caseCode, date, outcome, referredTo } = row.rec;
    if (caseCode === null || date === null || (outcome !== null && outcome !== 'pending')) continue;
    if (!usable.columns(sheet, row.row, ['caseCode', 'date', 'outcome'])) continue;
    const caseRow = cases.get(caseCode);
    if (!caseRow) continue;
    const status = statusOf(usable, caseRow);
    if (status === null || status === 'closed') continue;
    const referred = startOfDay(date);
    const due = referred + days(settings.referralOutcomeAfter);
    if (due > today) continue;
    const found = item('referral_no_outcome', caseRow, 'referrals', row.row, due, today, referred);
    items.push(referredTo === null ? found : { ...found, referredTo });
  }
  return items;
}

const KIND_ORDER = new Map<string, number>(WORK_KINDS.map((kind, i) => [kind, i]));

/** By due date, then committee, then case code (then kind and row, so the order is total). */
export function byDue(a: WorkItem, b: WorkItem): number {
  return (
    a.due - b.due ||
    (a.committee < b.committee ? -1 : a.committee > b.committee ? 1 : 0) ||
    (a.caseCode < b.caseCode ? -1 : a.caseCode > b.caseCode ? 1 : 0) ||
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
    a.row - b.row
  );
}

/**
 * What needs a coordinator's action on `today` (the workbook's wall clock), from the columns
 * the workbook already has. `problems` are the workbook's validation problems: a row's item is
 * left out only when a column that item reads has an error.
 */
export function worklist(
  workbook: ReadWorkbook,
  problems: readonly Problem[],
  today: WallTime,
  settings: WorklistDays = DEFAULT_WORKLIST_DAYS,
): WorkItem[] {
  const usable = new Usable(workbook, problems);
  const day = startOfDay(today);
  const cases = casesByCode(usable);
  return [
    ...caseItems(usable, cases, day, settings),
    ...referralItems(usable, cases, day, settings),
  ].sort(byDue);
}
