import { breakdowns } from '../../../src/core/indicators';
import { monthPeriod, quarterPeriod } from '../../../src/core/periods';
import {
  assistance,
  at,
  caseRow,
  committee,
  dataset,
  event,
  referral,
} from '../../helpers/dataset';

const ds = dataset({
  committees: [committee('KANT', { region: 'chui' }), committee('UCHK', { region: 'naryn' })],
  events: [
    event('KANT', '2026-10-01', 'awareness', { participants: 200 }),
    event('KANT', '2026-10-02', 'awareness', { participants: 100 }),
    event('KANT', '2026-10-03', 'partnership_meeting', { participants: 6 }),
    event('UCHK', '2026-10-04', 'consultation', { participants: 1 }),
    event('UCHK', '2026-10-05', 'other', { participants: 4 }),
    event('UCHK', '2026-10-06', 'committee_session', { participants: 9, casesReviewed: 2 }),
    event('UCHK', '2026-11-06', 'awareness', { participants: 50 }), // November
  ],
  cases: [
    caseRow('KANT-2026-0001', 'KANT', '2026-10-10', { reviewedJointlyWith: ['police'] }),
    caseRow('KANT-2026-0002', 'KANT', '2026-10-11', {
      reviewedJointlyWith: ['police', 'aksakal_court'],
      orderIssuedOn: at('2026-10-12'),
    }),
    // Identified in September (not a joint review of October) but its order came in October.
    caseRow('UCHK-2026-0001', 'UCHK', '2026-09-20', {
      reviewedJointlyWith: ['aksakal_court'],
      orderIssuedOn: at('2026-10-01'),
      affectedPerson: 'child',
    }),
    caseRow('UCHK-2026-0002', 'UCHK', '2026-10-15', { reviewedJointlyWith: ['none'] }),
  ],
  referrals: [
    referral('KANT-2026-0001', '2026-10-12', 'crisis_centre', 'service_received'),
    referral('KANT-2026-0001', '2026-10-13', 'legal_aid', 'pending'),
    referral('KANT-2026-0002', '2026-10-14', 'crisis_centre'),
    referral('UCHK-2026-0001', '2026-10-15', 'psychologist', 'declined'),
    referral('UCHK-2026-0001', '2026-11-15', 'registry', 'unreachable'), // November
    referral('GONE-2026-0001', '2026-10-15', 'police', 'pending'), // no such case
  ],
  assistance: [
    assistance('KANT-2026-0001', '2026-10-20', 'cash_aid', 5000),
    assistance('UCHK-2026-0001', '2026-10-21', 'cash_aid', 2500),
    assistance('UCHK-2026-0001', '2026-10-22', 'documents_restored'),
    assistance('KANT-2026-0002', '2026-10-23', 'correctional_programme'),
    assistance('KANT-2026-0002', '2026-12-23', 'housing'), // December
  ],
  openErrorsByCommittee: { KANT: 2, UCHK: 1, '': 4 },
});
const october = monthPeriod(2026, 10);

test('events and participants by every type', () => {
  expect(breakdowns(ds, october).events_by_type).toEqual({
    district_meeting: { events: 0, participants: 0 },
    committee_session: { events: 1, participants: 9 },
    training: { events: 0, participants: 0 },
    preventive_meeting: { events: 0, participants: 0 },
    awareness: { events: 2, participants: 300 },
    partnership_meeting: { events: 1, participants: 6 },
    consultation: { events: 1, participants: 1 },
    other: { events: 1, participants: 4 },
  });
  expect(breakdowns(ds, quarterPeriod(2026, 4)).events_by_type.awareness).toEqual({
    events: 3,
    participants: 350,
  });
});

test('awareness actions, partnership meetings', () => {
  const b = breakdowns(ds, october);
  expect(b.awareness_actions).toBe(2);
  expect(b.partnership_meetings).toBe(1);
  expect(breakdowns(ds, october, { committeeId: 'UCHK' }).awareness_actions).toBe(0);
});

test('joint reviews count cases identified in the period; protection orders by issue date', () => {
  const b = breakdowns(ds, october);
  expect(b.joint_reviews_police).toBe(2);
  expect(b.joint_reviews_aksakal_court).toBe(1); // not UCHK-0001: identified in September
  expect(b.protection_orders_issued).toBe(2);
  expect(breakdowns(ds, monthPeriod(2026, 9))).toMatchObject({
    joint_reviews_aksakal_court: 1,
    protection_orders_issued: 0,
  });
});

test('referrals by destination and by outcome (cases not in the dataset left out)', () => {
  const b = breakdowns(ds, october);
  expect(b.referrals_by_destination).toEqual({
    crisis_centre: 2,
    shelter: 0,
    police: 0,
    legal_aid: 1,
    psychologist: 1,
    health_facility: 0,
    social_protection: 0,
    aksakal_court: 0,
    registry: 0,
    other: 0,
  });
  expect(b.referrals_by_outcome).toEqual({
    pending: 1,
    service_received: 1,
    declined: 1,
    unreachable: 0,
    not_recorded: 1,
  });
});

test('assistance by type: count and KGS', () => {
  const b = breakdowns(ds, quarterPeriod(2026, 4));
  expect(b.assistance_by_type).toEqual({
    cash_aid: { count: 2, kgs: 7500 },
    housing: { count: 1, kgs: 0 },
    documents_restored: { count: 1, kgs: 0 },
    in_kind: { count: 0, kgs: 0 },
    correctional_programme: { count: 1, kgs: 0 },
    employment: { count: 0, kgs: 0 },
    other: { count: 0, kgs: 0 },
  });
  expect(
    breakdowns(ds, october, { region: 'Нарынская область' }).assistance_by_type.cash_aid,
  ).toEqual({
    count: 1,
    kgs: 2500,
  });
});

test('open validation errors by committee, cut by the filter', () => {
  expect(breakdowns(ds, october).open_errors_by_committee).toEqual({ KANT: 2, UCHK: 1, '': 4 });
  expect(breakdowns(ds, october, { region: 'chui' }).open_errors_by_committee).toEqual({ KANT: 2 });
});

test('breakdowns are plain JSON', () => {
  const b = breakdowns(ds, october);
  expect(JSON.parse(JSON.stringify(b))).toEqual(b);
});
