import { computeIndicators, report } from '../../../src/core/indicators';
import type { Period } from '../../../src/core/periods';
import { monthPeriod, quarterPeriod } from '../../../src/core/periods';
import { assistance, caseRow, committee, dataset, referral } from '../../helpers/dataset';

const ds = dataset({
  committees: [committee('KANT'), committee('BALY', { region: 'issyk_kul' })],
  cases: [
    caseRow('KANT-2026-0001', 'KANT', '2026-09-01'), // woman
    caseRow('KANT-2026-0002', 'KANT', '2026-09-01'), // woman
    caseRow('KANT-2026-0003', 'KANT', '2026-09-01', { affectedPerson: 'child' }),
    caseRow('BALY-2026-0001', 'BALY', '2026-09-01'), // woman
  ],
  referrals: [
    // Woman 1: a crisis centre and a shelter in October, a shelter again in November.
    referral('KANT-2026-0001', '2026-10-05', 'crisis_centre'),
    referral('KANT-2026-0001', '2026-10-20', 'shelter'),
    referral('KANT-2026-0001', '2026-11-03', 'shelter'),
    // Woman 2: police and legal aid only.
    referral('KANT-2026-0002', '2026-10-07', 'police'),
    referral('KANT-2026-0002', '2026-10-07', 'legal_aid'),
    // A child to a shelter.
    referral('KANT-2026-0003', '2026-10-08', 'shelter'),
    // Woman 3 (another committee), in December.
    referral('BALY-2026-0001', '2026-12-01', 'crisis_centre'),
    // A case not in the dataset (its row had an error): not counted.
    referral('KANT-2026-0099', '2026-10-09', 'crisis_centre'),
  ],
  assistance: [
    assistance('KANT-2026-0001', '2026-10-10', 'cash_aid', 5000),
    assistance('KANT-2026-0001', '2026-11-10', 'cash_aid', 3000),
    assistance('KANT-2026-0003', '2026-10-11', 'cash_aid', 2000), // a child's case
    assistance('KANT-2026-0002', '2026-10-12', 'housing'),
    assistance('KANT-2026-0002', '2026-11-12', 'housing'),
    assistance('KANT-2026-0002', '2026-10-12', 'in_kind'),
    assistance('KANT-2026-0099', '2026-10-13', 'cash_aid', 9000), // unknown case
  ],
});

const figures = (p: Period) => computeIndicators(ds, p).indicators;

test('two referrals of one woman’s case in a month count once', () => {
  expect(figures(monthPeriod(2026, 10)).women_referred_crisis_shelter).toBe(1);
  expect(figures(monthPeriod(2026, 11)).women_referred_crisis_shelter).toBe(1);
  expect(figures(monthPeriod(2026, 12)).women_referred_crisis_shelter).toBe(1);
});

test('a case referred in two months of a quarter counts once in the quarter', () => {
  // Woman 1 (October, November) + woman 3 (December).
  expect(figures(quarterPeriod(2026, 4)).women_referred_crisis_shelter).toBe(2);
  const byCommittee = report(ds, quarterPeriod(2026, 4)).byCommittee;
  expect(byCommittee.KANT?.women_referred_crisis_shelter).toBe(1);
  expect(byCommittee.BALY?.women_referred_crisis_shelter).toBe(1);
});

test('cash aid: distinct women, and the sum of all cash aid amounts', () => {
  expect(figures(monthPeriod(2026, 10))).toMatchObject({ women_cash_aid: 1, cash_aid_kgs: 7000 });
  expect(figures(monthPeriod(2026, 11))).toMatchObject({ women_cash_aid: 1, cash_aid_kgs: 3000 });
  expect(figures(quarterPeriod(2026, 4))).toMatchObject({ women_cash_aid: 1, cash_aid_kgs: 10000 });
});

test('housing counts rows, not cases', () => {
  expect(figures(monthPeriod(2026, 10)).housing_provided).toBe(1);
  expect(figures(quarterPeriod(2026, 4)).housing_provided).toBe(2);
});
