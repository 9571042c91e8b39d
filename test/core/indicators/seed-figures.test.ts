import { SEED_FIGURES } from '../../../src/core/demo';
import { computeIndicators, report } from '../../../src/core/indicators';
import { yearPeriod } from '../../../src/core/periods';
import type { CaseRecord, EventRecord, MemberRecord } from '../../../src/core/schema/records';
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
 * The seed's "Данные" slide as a small workbook: 7 committees, 164 members, 4 district meetings
 * (125), 13 trainings (314), 16 preventive meetings (992), 6 sessions on cases, 62 families,
 * 12 women referred, 2 women with 13 000 som of cash aid, 1 house. Rows that must NOT count are
 * mixed in, each noted.
 */
const IDS = ['KANT', 'ANAN', 'CHON', 'BALY', 'UCHK', 'AKKU', 'KANT-R'];
const MEMBERS_PER = [23, 23, 23, 23, 24, 24, 24]; // 164

const members: MemberRecord[] = IDS.flatMap((id, i) =>
  Array.from({ length: MEMBERS_PER[i] as number }, () => member(id)),
);
// Left before the year ended: not counted.
members.push(member('KANT', { leftOn: at('2026-06-01') }));

const events: EventRecord[] = [
  ...[30, 30, 30, 35].map((n, i) =>
    event(IDS[i] as string, '2026-03-10', 'district_meeting', { participants: n }),
  ),
  // 12 × 24 + 26 = 314
  ...Array.from({ length: 12 }, (_, i) =>
    event(IDS[i % 7] as string, '2026-04-02', 'training', { participants: 24 }),
  ),
  event('KANT', '2026-04-03', 'training', { participants: 26 }),
  // 16 × 62 = 992
  ...Array.from({ length: 16 }, (_, i) =>
    event(IDS[i % 7] as string, '2026-05-20', 'preventive_meeting', { participants: 62 }),
  ),
  ...Array.from({ length: 6 }, (_, i) =>
    event(IDS[i] as string, '2026-06-15', 'committee_session', { casesReviewed: i + 1 }),
  ),
  // Sessions that reviewed no case: not "on facts of family violence".
  event('KANT', '2026-07-15', 'committee_session', { casesReviewed: 0 }),
  event('ANAN', '2026-07-15', 'committee_session'),
  // Last year: outside the period.
  event('KANT', '2025-12-31 23:59', 'training', { participants: 99 }),
];

const cases: CaseRecord[] = Array.from({ length: 62 }, (_, i) =>
  caseRow(
    `${IDS[i % 7]}-2026-${String(i + 1).padStart(4, '0')}`,
    IDS[i % 7] as string,
    '2026-02-01',
    {
      affectedPerson: i < 20 ? 'woman' : 'child',
    },
  ),
);
const code = (i: number) => (cases[i] as CaseRecord).caseCode;

const ds = dataset({
  committees: IDS.map((id) => committee(id)),
  members,
  events,
  cases,
  referrals: [
    ...Array.from({ length: 12 }, (_, i) => referral(code(i), '2026-03-01', 'crisis_centre')),
    // Same women again, to a shelter: still 12 distinct.
    referral(code(0), '2026-04-01', 'shelter'),
    referral(code(1), '2026-09-01', 'shelter'),
    // A woman referred to the police only; a child to a shelter: neither counts.
    referral(code(15), '2026-03-01', 'police'),
    referral(code(30), '2026-03-01', 'shelter'),
  ],
  assistance: [
    assistance(code(2), '2026-05-01', 'cash_aid', 5000),
    assistance(code(2), '2026-08-01', 'cash_aid', 3000),
    assistance(code(3), '2026-05-01', 'cash_aid', 5000),
    assistance(code(4), '2026-10-01', 'housing'),
    assistance(code(5), '2026-10-01', 'documents_restored'),
  ],
});

test('the bundled figures of the seed come out exactly', () => {
  expect(computeIndicators(ds, yearPeriod(2026)).indicators).toEqual(SEED_FIGURES);
});

test('the report lists every committee and its figures add up to the totals', () => {
  const r = report(ds, yearPeriod(2026));
  expect(Object.keys(r)).toEqual(['period', 'indicators', 'byCommittee', 'excludedRows']);
  expect(r.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  expect(Object.keys(r.byCommittee)).toEqual(IDS);
  expect(r.byCommittee.KANT).toMatchObject({
    members_active: 23,
    district_meetings: 1,
    district_meeting_participants: 30,
    trainings: 3, // events 0 and 7 of the twelve, and the one of 26
    training_participants: 24 + 24 + 26,
  });
  for (const [id, total] of Object.entries(r.indicators)) {
    const sum = Object.values(r.byCommittee).reduce(
      (s, figures) => s + figures[id as keyof typeof figures],
      0,
    );
    expect([id, sum]).toEqual([id, total]);
  }
});
