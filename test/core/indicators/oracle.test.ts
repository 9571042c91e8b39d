import type { Dataset } from '../../../src/core/dataset';
import type { IndicatorValues } from '../../../src/core/indicators';
import { computeAllMonths, computeIndicators, report } from '../../../src/core/indicators';
import type { Period } from '../../../src/core/periods';
import {
  earliestDate,
  isPeriodError,
  monthPeriod,
  monthRangePeriod,
  parsePeriod,
  quarterPeriod,
  yearPeriod,
} from '../../../src/core/periods';
import { CHOICES } from '../../../src/core/schema/choices';
import type { CaseRecord } from '../../../src/core/schema/records';
import {
  assistance,
  at,
  caseRow,
  committee,
  dataset,
  event,
  member,
  referral,
} from '../../helpers/dataset';

/*
 * The bucketed engine against the DESIGN §4 definitions written out naively (scan every row
 * per period), on random rows crowded at month edges.
 */
let state = 7;
const rand = (): number => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const pad = (n: number) => String(n).padStart(2, '0');
function randomTime(): string {
  const y = 2025 + Math.floor(rand() * 2);
  const m = 1 + Math.floor(rand() * 12);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const r = rand();
  if (r < 0.25) return `${y}-${pad(m)}-${pad(last)} 23:30`;
  if (r < 0.5) return `${y}-${pad(m)}-01 00:00`;
  return `${y}-${pad(m)}-${pad(1 + Math.floor(rand() * last))} ${pad(Math.floor(rand() * 24))}:00`;
}
const day = () => randomTime().slice(0, 10);

const IDS = ['K1', 'K2', 'N1', 'N2', 'S1'];
const ds: Dataset = (() => {
  const committees = [
    committee('K1', { region: 'chui', establishedOn: at('2025-01-01') }),
    committee('K2', { region: 'chui', establishedOn: at('2025-07-31') }),
    committee('N1', { region: 'naryn', establishedOn: at('2025-03-01') }),
    committee('N2', { region: 'naryn', establishedOn: at('2026-02-01') }),
    committee('S1', { region: 'naryn', status: 'suspended' }),
  ];
  const members = Array.from({ length: 120 }, () =>
    member(pick(IDS), {
      joinedOn: at(day()),
      leftOn: rand() < 0.4 ? at(day()) : null,
      sex: pick(['female', 'male'] as const),
    }),
  );
  const events = Array.from({ length: 600 }, () =>
    event(pick(IDS), randomTime(), pick(CHOICES.eventType.map((c) => c.key)), {
      participants: Math.floor(rand() * 50),
      casesReviewed: rand() < 0.5 ? Math.floor(rand() * 3) : null,
    }),
  );
  const cases: CaseRecord[] = Array.from({ length: 150 }, (_, i) =>
    caseRow(`X-2025-${pad(i)}`, pick(IDS), randomTime(), {
      affectedPerson: pick(['woman', 'woman', 'child', 'man'] as const),
    }),
  );
  const codes = [...cases.map((c) => c.caseCode), 'GONE-2025-0001'];
  const referrals = Array.from({ length: 300 }, () =>
    referral(pick(codes), randomTime(), pick(['crisis_centre', 'shelter', 'police'] as const)),
  );
  const aid = Array.from({ length: 200 }, () => {
    const type = pick(['cash_aid', 'housing', 'in_kind'] as const);
    return assistance(
      pick(codes),
      randomTime(),
      type,
      type === 'cash_aid' ? 100 + Math.floor(rand() * 900) : null,
    );
  });
  return dataset({ committees, members, events, cases, referrals, assistance: aid });
})();

function naive(data: Dataset, period: Period, ids: readonly string[]): IndicatorValues {
  const inP = (t: number) => t >= period.from && t < period.to;
  const mine = (id: string) => ids.includes(id);
  const active = data.committees.filter(
    (c) => mine(c.committeeId) && c.status === 'active' && c.establishedOn < period.to,
  );
  const activeIds = new Set(active.map((c) => c.committeeId));
  const cases = new Map(data.cases.map((c) => [c.caseCode, c]));
  const ev = data.events.filter((e) => mine(e.committeeId) && inP(e.date));
  const ofType = (t: string) => ev.filter((e) => e.type === t);
  const sum = (list: readonly { participants: number }[]) =>
    list.reduce((s, e) => s + e.participants, 0);
  const caseOf = (code: string) => {
    const c = cases.get(code);
    return c && mine(c.committeeId) ? c : undefined;
  };
  const refs = data.referrals.filter((r) => inP(r.date) && caseOf(r.caseCode));
  const aid = data.assistance.filter((a) => inP(a.date) && caseOf(a.caseCode));
  const woman = (code: string) => caseOf(code)?.affectedPerson === 'woman';
  const cash = aid.filter((a) => a.type === 'cash_aid');
  return {
    committees_active: active.length,
    members_active: data.members.filter(
      (m) =>
        activeIds.has(m.committeeId) &&
        m.joinedOn < period.to &&
        (m.leftOn === null || m.leftOn >= period.to),
    ).length,
    district_meetings: ofType('district_meeting').length,
    district_meeting_participants: sum(ofType('district_meeting')),
    trainings: ofType('training').length,
    training_participants: sum(ofType('training')),
    preventive_meetings: ofType('preventive_meeting').length,
    preventive_meeting_participants: sum(ofType('preventive_meeting')),
    committee_sessions_on_cases: ofType('committee_session').filter(
      (e) => (e.casesReviewed ?? 0) >= 1,
    ).length,
    cases_identified: data.cases.filter((c) => mine(c.committeeId) && inP(c.identifiedOn)).length,
    women_referred_crisis_shelter: new Set(
      refs
        .filter(
          (r) =>
            woman(r.caseCode) && (r.referredTo === 'crisis_centre' || r.referredTo === 'shelter'),
        )
        .map((r) => r.caseCode),
    ).size,
    women_cash_aid: new Set(cash.filter((a) => woman(a.caseCode)).map((a) => a.caseCode)).size,
    cash_aid_kgs: cash.reduce((s, a) => s + (a.amountKgs ?? 0), 0),
    housing_provided: aid.filter((a) => a.type === 'housing').length,
  };
}

const periods: Period[] = [];
for (const y of [2025, 2026]) {
  periods.push(yearPeriod(y));
  for (let q = 1; q <= 4; q++) periods.push(quarterPeriod(y, q));
  for (let m = 1; m <= 12; m++) periods.push(monthPeriod(y, m));
}
periods.push(monthRangePeriod(2025 * 12 + 10, 2026 * 12 + 2));
for (const today of [
  '2025-06-15 08:00',
  '2026-03-31 23:00',
  '2026-12-31 12:00',
  '2027-01-01 00:00',
]) {
  const p = parsePeriod('all', { today: at(today), earliest: earliestDate(ds) });
  if (isPeriodError(p)) throw new Error(p.message);
  periods.push(p);
}

test('the random rows really sit on month edges', () => {
  const edges = ds.events.filter((e) => new Date(e.date).getUTCHours() === 23).length;
  expect(edges).toBeGreaterThan(100);
});

test.each(periods.map((p) => [p.spec === 'all' ? `all to ${p.to}` : p.spec, p] as const))(
  '%s: totals, region cuts and every committee match the definitions',
  (_, period) => {
    expect(computeIndicators(ds, period).indicators).toEqual(naive(ds, period, IDS));
    expect(computeIndicators(ds, period, { region: 'naryn' }).indicators).toEqual(
      naive(ds, period, ['N1', 'N2', 'S1']),
    );
    const byCommittee = report(ds, period).byCommittee;
    for (const id of IDS) expect([id, byCommittee[id]]).toEqual([id, naive(ds, period, [id])]);
  },
);

test('computeAllMonths gives each month’s report', () => {
  const months = computeAllMonths(ds);
  expect(months[0]?.month).toBe('2025-01');
  expect(months.at(-1)?.month).toBe('2026-12');
  expect(months).toHaveLength(24);
  for (const { month, report: r } of months) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    expect([month, r.indicators]).toEqual([month, naive(ds, monthPeriod(y, m), IDS)]);
  }
});
