import { breakdowns, computeIndicators, report } from '../../../src/core/indicators';
import { monthPeriod, quarterPeriod } from '../../../src/core/periods';
import { at, committee, dataset, member } from '../../helpers/dataset';

const ds = dataset({
  committees: [
    committee('A', { establishedOn: at('2025-01-15') }),
    committee('B', { establishedOn: at('2026-10-31') }), // on the last day of October
    committee('C', { establishedOn: at('2026-11-01') }), // the day after
    committee('D', { status: 'suspended' }),
    committee('E', { status: 'closed' }),
  ],
  members: [
    member('A', { sex: 'female', sector: 'police' }), // a1
    member('A', { joinedOn: at('2026-10-31'), sex: 'male', sector: 'aksakal_court' }), // a2: joined on the last day
    member('A', { joinedOn: at('2026-11-01') }), // a3: joined after October
    member('A', { leftOn: at('2026-10-31') }), // a4: left on the last day
    member('A', { leftOn: at('2026-11-01'), sex: 'male', sector: 'crisis_centre_ngo' }), // a5: left after
    member('A', { leftOn: at('2026-10-15') }), // a6: left during October
    member('B', { joinedOn: at('2026-10-31'), sector: 'other' }), // b1
    member('C', { joinedOn: at('2026-10-01') }), // c1: committee not yet established in October
    member('D'), // suspended committee
    member('E'), // closed committee
  ],
});

test('October: committees established by its last day; members in office on that day', () => {
  expect(computeIndicators(ds, monthPeriod(2026, 10)).indicators).toMatchObject({
    committees_active: 2, // A, B
    members_active: 4, // a1, a2, a5, b1
  });
});

test('November: C is established; a3 has joined; a5 has left', () => {
  expect(computeIndicators(ds, monthPeriod(2026, 11)).indicators).toMatchObject({
    committees_active: 3, // A, B, C
    members_active: 5, // a1, a2, a3, b1, c1
  });
  // A quarter is judged at its end, as November here.
  expect(computeIndicators(ds, quarterPeriod(2026, 4)).indicators.members_active).toBe(5);
});

test('before any committee was established: none', () => {
  expect(computeIndicators(ds, monthPeriod(2024, 12)).indicators).toMatchObject({
    committees_active: 0,
    members_active: 0,
  });
});

test('suspended and closed committees count for nothing, not even in their own column', () => {
  const byCommittee = report(ds, monthPeriod(2026, 10)).byCommittee;
  expect(byCommittee.D).toMatchObject({ committees_active: 0, members_active: 0 });
  expect(byCommittee.E).toMatchObject({ committees_active: 0, members_active: 0 });
  expect(byCommittee.A).toMatchObject({ committees_active: 1, members_active: 3 });
  expect(byCommittee.B).toMatchObject({ committees_active: 1, members_active: 1 });
});

test('members by sector group and by sex, as of the period’s end', () => {
  const b = breakdowns(ds, monthPeriod(2026, 10));
  // a1 police (state), a2 aksakal court (community), a5 crisis centre (civil society), b1 other.
  expect(b.members_by_sector_group).toEqual({
    state: 1,
    community: 1,
    civil_society: 1,
    other: 1,
  });
  expect(b.members_by_sex).toEqual({ female: 2, male: 2 });
});
