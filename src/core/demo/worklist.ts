import type { WallTime } from '../time/wall-time';
import { addDays, day, isWeekend } from './calendar';
import type { CaseSheets } from './cases';
import type { DemoItem } from './model';

/**
 * The demo's worklist as of 1 November 2026, the day after its last month (DESIGN §10): a few
 * items of each kind, and not a wall of forgotten cases. Only fields no seed figure counts are
 * touched (Status and Closed on, Risk level, Protection order dates of cases without one, one
 * referral's Outcome), without drawing from the random streams, so every other row and every
 * seed figure stay as they are.
 */
export const DEMO_WORKLIST_DAY = day(2026, 11, 1);

/** Cases whose last referral or assistance is older than this were closed by their committee. */
const STALE_BEFORE = day(2026, 9, 1);
const LAST_CLOSING_DAY = day(2026, 10, 30);

/** Protection orders issued late in October, ending on the 2nd and the 3rd of November. */
const ORDERS: Readonly<Record<string, readonly [issued: WallTime, until: WallTime]>> = {
  'UCHK-2026-0006': [day(2026, 10, 30), day(2026, 11, 2)],
  'CHSO-2026-0004': [day(2026, 10, 27), day(2026, 11, 3)],
};
/** Cases the committee rated high risk that were never reviewed with the police or elders. */
const HIGH_RISK = new Set(['KANT-R-2026-0006', 'CHSO-2026-0005']);
/** A referral to the police still waiting for its answer. */
const PENDING_REFERRAL = { caseCode: 'AKKU-2026-0006', date: day(2026, 10, 5) };

const num = (value: unknown): WallTime | null => (typeof value === 'number' ? value : null);

function workdayFrom(time: WallTime): WallTime {
  let t = time;
  while (isWeekend(t)) t = addDays(t, 1);
  return t;
}

function lastContacts(sheets: CaseSheets): Map<string, WallTime> {
  const last = new Map<string, WallTime>();
  for (const item of [...sheets.referrals, ...sheets.assistance]) {
    const code = item.row.caseCode;
    const date = num(item.row.date);
    if (typeof code !== 'string' || date === null) continue;
    last.set(code, Math.max(last.get(code) ?? date, date));
  }
  return last;
}

function adjustCase(item: DemoItem<'cases'>, last: Map<string, WallTime>): DemoItem<'cases'> {
  const row = { ...item.row };
  const code = typeof row.caseCode === 'string' ? row.caseCode : '';
  const identified = num(row.identifiedOn);
  const order = ORDERS[code];
  if (order && row.orderIssuedOn === undefined) [row.orderIssuedOn, row.orderUntil] = order;
  if (HIGH_RISK.has(code)) row.riskLevel = 'high';
  if (identified !== null && row.status !== 'closed' && !order && !HIGH_RISK.has(code)) {
    const contact = Math.max(identified, last.get(code) ?? identified, num(row.orderUntil) ?? 0);
    if (contact < STALE_BEFORE) {
      row.status = 'closed';
      row.closedOn = Math.min(LAST_CLOSING_DAY, workdayFrom(addDays(contact, 45)));
    }
  }
  return { ...item, row };
}

export function withDemoWorklist(sheets: CaseSheets): CaseSheets {
  const last = lastContacts(sheets);
  return {
    cases: sheets.cases.map((item) => adjustCase(item, last)),
    referrals: sheets.referrals.map((item) =>
      item.row.caseCode === PENDING_REFERRAL.caseCode && item.row.date === PENDING_REFERRAL.date
        ? { ...item, row: { ...item.row, outcome: 'pending' } }
        : item,
    ),
    assistance: sheets.assistance,
  };
}
