/**
 * The seed's "Данные" slide (DESIGN §1), as the demo's since-start indicators must give them once
 * the rows with errors are left out. Tests compute these through the reader, validation and the
 * indicator engine; this table is only what they are compared with.
 */
export const SEED_FIGURES = {
  committees_active: 7,
  members_active: 164,
  district_meetings: 4,
  district_meeting_participants: 125,
  trainings: 13,
  training_participants: 314,
  preventive_meetings: 16,
  preventive_meeting_participants: 992,
  committee_sessions_on_cases: 6,
  cases_identified: 62,
  women_referred_crisis_shelter: 12,
  women_cash_aid: 2,
  cash_aid_kgs: 13_000,
  housing_provided: 1,
} as const;

export type DemoIndicatorId = keyof typeof SEED_FIGURES;

/** The day the demo is checked on (the demo's data ends on 31 October 2026). */
export const DEMO_TODAY = '2026-11-26';
export const DEMO_TIME_ZONE = 'Asia/Bishkek';
