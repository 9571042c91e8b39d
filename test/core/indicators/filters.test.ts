import {
  computeIndicators,
  IndicatorFilterError,
  indexOf,
  isScopeError,
  report,
  resolveScope,
} from '../../../src/core/indicators';
import { monthPeriod } from '../../../src/core/periods';
import {
  assistance,
  caseRow,
  committee,
  dataset,
  event,
  member,
  referral,
} from '../../helpers/dataset';

const ds = dataset({
  committees: [
    committee('KANT', { region: 'chui' }),
    committee('ANAN', { region: 'issyk_kul' }),
    committee('BALY', { region: 'issyk_kul' }),
    committee('UCHK', { region: 'naryn' }),
  ],
  members: [member('KANT'), member('KANT'), member('ANAN'), member('BALY'), member('UCHK')],
  events: [
    event('KANT', '2026-10-02', 'training', { participants: 10 }),
    event('ANAN', '2026-10-03', 'training', { participants: 20 }),
    event('BALY', '2026-10-04', 'training', { participants: 30 }),
    event('UCHK', '2026-10-05', 'preventive_meeting', { participants: 50 }),
  ],
  cases: [
    caseRow('ANAN-2026-0001', 'ANAN', '2026-10-06'),
    caseRow('BALY-2026-0001', 'BALY', '2026-10-06'),
  ],
  // The referral's committee is its case's committee.
  referrals: [referral('BALY-2026-0001', '2026-10-07', 'shelter')],
  assistance: [assistance('ANAN-2026-0001', '2026-10-08', 'cash_aid', 4000)],
});
const october = monthPeriod(2026, 10);

test('a committee filter keeps only that committee’s rows', () => {
  const result = computeIndicators(ds, october, { committeeId: 'BALY' });
  expect(result.committees).toEqual(['BALY']);
  expect(result.indicators).toMatchObject({
    committees_active: 1,
    members_active: 1,
    trainings: 1,
    training_participants: 30,
    cases_identified: 1,
    women_referred_crisis_shelter: 1,
    cash_aid_kgs: 0,
  });
  // Committee IDs are upper case; typed in lower case they still match.
  expect(computeIndicators(ds, october, { committeeId: ' anan ' }).indicators.cash_aid_kgs).toBe(
    4000,
  );
});

test.each([
  'issyk_kul',
  'Иссык-Кульская область',
  'Ысык-Көл облусу',
  'issyk-kul',
  '  ИССЫК-КУЛЬСКАЯ  ОБЛАСТЬ ',
])('a region filter by key or label (%p) keeps the region’s committees', (region) => {
  const result = computeIndicators(ds, october, { region });
  expect(result.committees).toEqual(['ANAN', 'BALY']);
  expect(result.indicators).toMatchObject({
    committees_active: 2,
    members_active: 2,
    trainings: 2,
    training_participants: 50,
    preventive_meetings: 0,
    cases_identified: 2,
    women_referred_crisis_shelter: 1,
    women_cash_aid: 1,
    cash_aid_kgs: 4000,
  });
});

test('a region and a committee together', () => {
  expect(
    computeIndicators(ds, october, { region: 'naryn', committeeId: 'KANT' }).committees,
  ).toEqual([]);
  expect(
    computeIndicators(ds, october, { region: 'chui', committeeId: 'KANT' }).committees,
  ).toEqual(['KANT']);
});

test('a region with no committee gives zeros; an unknown region or committee is an error', () => {
  expect(computeIndicators(ds, october, { region: 'Talas' }).indicators.trainings).toBe(0);
  expect(() => computeIndicators(ds, october, { region: 'Atlantis' })).toThrow(
    IndicatorFilterError,
  );
  expect(() => report(ds, october, { committeeId: 'NOPE' })).toThrow(IndicatorFilterError);
  const scope = resolveScope(indexOf(ds), { region: 'Atlantis' });
  expect(isScopeError(scope) && scope).toEqual({ error: 'unknown_region', value: 'Atlantis' });
});

test('report: byCommittee for every committee of the filtered set, summing to the totals', () => {
  const r = report(ds, october, { region: 'Иссык-Кульская область' });
  expect(JSON.parse(JSON.stringify(r))).toEqual({
    period: { from: '2026-10-01', to: '2026-10-31' },
    indicators: expect.objectContaining({ trainings: 2, women_cash_aid: 1 }),
    byCommittee: {
      ANAN: expect.objectContaining({ trainings: 1, training_participants: 20, women_cash_aid: 1 }),
      BALY: expect.objectContaining({ trainings: 1, women_referred_crisis_shelter: 1 }),
    },
    excludedRows: 0,
  });
  const all = report(ds, october);
  expect(Object.keys(all.byCommittee)).toEqual(['KANT', 'ANAN', 'BALY', 'UCHK']);
  for (const [id, total] of Object.entries(all.indicators)) {
    let sum = 0;
    for (const figures of Object.values(all.byCommittee))
      sum += figures[id as keyof typeof figures];
    expect([id, sum]).toEqual([id, total]);
  }
});

test('excludedRows is passed through from the dataset', () => {
  const withErrors = dataset({ committees: [committee('KANT')], excludedRows: 3 });
  expect(report(withErrors, october).excludedRows).toBe(3);
  expect(computeIndicators(withErrors, october).excludedRows).toBe(3);
});

test('a committee whose own row was left out still has its clean events counted', () => {
  const orphan = dataset({
    committees: [committee('KANT')],
    events: [event('KANT', '2026-10-02', 'training'), event('ANAN', '2026-10-02', 'training')],
  });
  const r = report(orphan, october);
  expect(r.indicators).toMatchObject({ trainings: 2, committees_active: 1 });
  expect(r.byCommittee.ANAN).toMatchObject({ trainings: 1, committees_active: 0 });
  // It has no region, so a region filter leaves it out.
  expect(computeIndicators(orphan, october, { region: 'chui' }).indicators.trainings).toBe(1);
});
