import { LANGS } from '../../../src/core/i18n/lang';
import {
  BREAKDOWN_IDS,
  breakdownLabel,
  INDICATOR_IDS,
  indicatorLabel,
  isIndicatorId,
} from '../../../src/core/indicators';

test('the seed’s indicator ids, in the seed’s order', () => {
  expect(INDICATOR_IDS).toEqual([
    'committees_active',
    'members_active',
    'district_meetings',
    'district_meeting_participants',
    'trainings',
    'training_participants',
    'preventive_meetings',
    'preventive_meeting_participants',
    'committee_sessions_on_cases',
    'cases_identified',
    'women_referred_crisis_shelter',
    'women_cash_aid',
    'cash_aid_kgs',
    'housing_provided',
  ]);
  expect(isIndicatorId('trainings')).toBe(true);
  expect(isIndicatorId('training')).toBe(false);
});

test('every indicator and breakdown has a distinct label in each language', () => {
  for (const lang of LANGS) {
    const labels = [
      ...INDICATOR_IDS.map((id) => indicatorLabel(id, lang)),
      ...BREAKDOWN_IDS.map((id) => breakdownLabel(id, lang)),
    ];
    expect(labels.every((l) => l.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
  }
  expect(indicatorLabel('cash_aid_kgs', 'ru')).toBe('Денежная помощь, сом');
  expect(indicatorLabel('women_referred_crisis_shelter', 'ky')).toBe(
    'Кризистик борборлорго жана баш калкалоочу жайларга жөнөтүлгөн аялдар',
  );
  expect(indicatorLabel('trainings', 'en')).toBe('Trainings and seminars');
});

test('breakdown ids are stable snake_case', () => {
  expect(BREAKDOWN_IDS).toEqual([
    'events_by_type',
    'awareness_actions',
    'partnership_meetings',
    'joint_reviews_police',
    'joint_reviews_aksakal_court',
    'protection_orders_issued',
    'referrals_by_destination',
    'referrals_by_outcome',
    'assistance_by_type',
    'members_by_sector_group',
    'members_by_sex',
    'plan_fulfilment',
    'non_reporting_committees',
    'reporting_rate',
    'open_errors_by_committee',
  ]);
});

test('a label asked for an id that is no indicator is the id itself', () => {
  expect(indicatorLabel('not_an_indicator', 'ru')).toBe('not_an_indicator');
});
