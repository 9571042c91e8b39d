import type { Dataset } from '../dataset';
import { monthIndexOf, monthStart } from '../periods/months';
import type { CaseRecord } from '../schema/records';
import type { WallTime } from '../time/wall-time';
import { DAY_MS } from '../time/wall-time';
import { add, type Bucket } from './bucket';
import { M } from './measures';

/**
 * Receives one fact: a committee's row adds `apply` to the bucket of the month holding `at`.
 * `wholeMonth` facts (the plan) belong to a month, not a day.
 */
export type FactSink = (
  committeeId: string,
  at: WallTime,
  apply: (bucket: Bucket) => void,
  wholeMonth: boolean,
) => void;

const DAYS_TO_REPORT = 5; // "by the 5th of the next month, 23:59" = before the 6th, 00:00

/** The first instant too late to report a row dated `date`: the 6th of the next month. */
export function reportingDeadline(date: WallTime): WallTime {
  return monthStart(monthIndexOf(date) + 1) + DAYS_TO_REPORT * DAY_MS;
}

/** Case code → case; the first row wins should a code repeat (validation flags that). */
export function casesByCode(dataset: Dataset): Map<string, CaseRecord> {
  const cases = new Map<string, CaseRecord>();
  for (const c of dataset.cases) if (!cases.has(c.caseCode)) cases.set(c.caseCode, c);
  return cases;
}

/**
 * THE definition of what each clean row counts for (DESIGN §4). Referrals and assistance count
 * for their case's committee; those whose case is not in the dataset are not counted.
 */
export function forEachFact(dataset: Dataset, sink: FactSink): void {
  for (const e of dataset.events) {
    const onTime = (e.enteredAt ?? e.date) < reportingDeadline(e.date);
    const sessionOnCases = e.type === 'committee_session' && (e.casesReviewed ?? 0) >= 1;
    sink(
      e.committeeId,
      e.date,
      (b) => {
        add(b, M.events[e.type]);
        add(b, M.participants[e.type], e.participants);
        if (sessionOnCases) add(b, M.sessionsOnCases);
        if (onTime) add(b, M.eventsOnTime);
        add(b, M.anyRow);
      },
      false,
    );
  }

  for (const c of dataset.cases) {
    const joint = c.reviewedJointlyWith ?? [];
    sink(
      c.committeeId,
      c.identifiedOn,
      (b) => {
        add(b, M.casesIdentified);
        if (joint.includes('police')) add(b, M.jointPolice);
        if (joint.includes('aksakal_court')) add(b, M.jointAksakalCourt);
        add(b, M.anyRow);
      },
      false,
    );
    if (c.orderIssuedOn !== null) {
      sink(c.committeeId, c.orderIssuedOn, (b) => add(b, M.ordersIssued), false);
    }
  }

  const cases = casesByCode(dataset);
  for (const r of dataset.referrals) {
    const c = cases.get(r.caseCode);
    if (!c) continue;
    const womanToShelter =
      c.affectedPerson === 'woman' &&
      (r.referredTo === 'crisis_centre' || r.referredTo === 'shelter');
    sink(
      c.committeeId,
      r.date,
      (b) => {
        add(b, M.referralsTo[r.referredTo]);
        add(b, M.referralOutcome[r.outcome ?? 'not_recorded']);
        if (womanToShelter) b.womenReferred.add(c.caseCode);
        add(b, M.anyRow);
      },
      false,
    );
  }

  for (const a of dataset.assistance) {
    const c = cases.get(a.caseCode);
    if (!c) continue;
    const womanCash = c.affectedPerson === 'woman' && a.type === 'cash_aid';
    sink(
      c.committeeId,
      a.date,
      (b) => {
        add(b, M.assistance[a.type]);
        add(b, M.assistanceKgs[a.type], a.amountKgs ?? 0);
        if (womanCash) b.womenCash.add(c.caseCode);
        add(b, M.anyRow);
      },
      false,
    );
  }

  for (const p of dataset.plan) {
    const month = /^(\d{4})-(\d{2})$/.exec(p.month);
    if (!month) continue;
    const at = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1);
    sink(p.committeeId, at, (b) => add(b, M.planned[p.eventType], p.plannedCount), true);
  }
}
