import { computeIndicators } from '../../../src/core/indicators';
import type { Period } from '../../../src/core/periods';
import {
  earliestDate,
  isPeriodError,
  monthPeriod,
  parsePeriod,
  quarterPeriod,
  yearPeriod,
} from '../../../src/core/periods';
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
  committees: [committee('KANT', { establishedOn: at('2025-06-01') })],
  events: [
    event('KANT', '2026-10-31 23:30', 'preventive_meeting', { participants: 40 }),
    event('KANT', '2026-11-01 00:00', 'preventive_meeting', { participants: 25 }),
    event('KANT', '2026-09-30 23:59', 'preventive_meeting', { participants: 3 }),
    event('KANT', '2026-12-31 23:59', 'district_meeting', { participants: 12 }),
    event('KANT', '2027-01-01 00:00', 'district_meeting', { participants: 8 }),
    event('KANT', '2025-07-01', 'training', { participants: 20 }),
  ],
  cases: [
    caseRow('KANT-2026-0001', 'KANT', '2026-10-31 23:30'),
    caseRow('KANT-2026-0002', 'KANT', '2026-11-01'),
  ],
  referrals: [referral('KANT-2026-0001', '2026-11-01', 'shelter')],
  assistance: [assistance('KANT-2026-0001', '2026-10-31 23:30', 'cash_aid', 1500)],
});

const figures = (p: Period) => computeIndicators(ds, p).indicators;

test('23:30 on the last day of a month counts in that month, 00:00 on the 1st in the next', () => {
  expect(figures(monthPeriod(2026, 10))).toMatchObject({
    preventive_meetings: 1,
    preventive_meeting_participants: 40,
    cases_identified: 1,
    cash_aid_kgs: 1500,
    women_referred_crisis_shelter: 0,
  });
  expect(figures(monthPeriod(2026, 11))).toMatchObject({
    preventive_meetings: 1,
    preventive_meeting_participants: 25,
    cases_identified: 1,
    cash_aid_kgs: 0,
    women_referred_crisis_shelter: 1,
  });
  expect(figures(monthPeriod(2026, 9)).preventive_meeting_participants).toBe(3);
});

test('quarters and years end at midnight of their last day', () => {
  expect(figures(quarterPeriod(2026, 4))).toMatchObject({
    preventive_meetings: 2,
    preventive_meeting_participants: 65,
    district_meetings: 1,
    district_meeting_participants: 12,
    cases_identified: 2,
  });
  expect(figures(quarterPeriod(2026, 3)).preventive_meeting_participants).toBe(3);
  expect(figures(quarterPeriod(2027, 1)).district_meeting_participants).toBe(8);
  expect(figures(yearPeriod(2026))).toMatchObject({
    preventive_meetings: 3,
    district_meetings: 1,
    trainings: 0,
  });
  expect(figures(yearPeriod(2025)).trainings).toBe(1);
});

test('since start counts from the earliest date through the end of today', () => {
  const all = (today: string) => {
    const p = parsePeriod('all', { today: at(today), earliest: earliestDate(ds) });
    if (isPeriodError(p)) throw new Error(p.message);
    return figures(p);
  };
  // Today is 31 Dec 2026 (morning): the 23:59 meeting of that day is in; 2027 is not.
  expect(all('2026-12-31 08:00')).toMatchObject({
    trainings: 1,
    preventive_meetings: 3,
    district_meetings: 1,
    district_meeting_participants: 12,
  });
  // Today is 31 Oct 2026: November's rows are after today.
  expect(all('2026-10-31 10:00')).toMatchObject({
    preventive_meetings: 2,
    cases_identified: 1,
    cash_aid_kgs: 1500,
    women_referred_crisis_shelter: 0,
  });
  // Today is 1 Nov: its 00:00 rows are in.
  expect(all('2026-11-01 09:00')).toMatchObject({
    preventive_meetings: 3,
    cases_identified: 2,
    women_referred_crisis_shelter: 1,
  });
});
