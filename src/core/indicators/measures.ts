import { ASSISTANCE_TYPES, EVENT_TYPES, OUTCOMES, REFERRED_TO } from './keys';

/*
 * Every additive figure a row can add to, as a slot of one Float64Array per bucket: summing a
 * period is then adding arrays, whatever the number of indicators.
 */
let next = 0;
const one = (): number => next++;
function many<K extends string>(keys: readonly K[]): Readonly<Record<K, number>> {
  const slots = {} as Record<K, number>;
  for (const key of keys) slots[key] = next++;
  return slots;
}

export const M = {
  events: many(EVENT_TYPES),
  participants: many(EVENT_TYPES),
  /** Committee sessions with Cases reviewed ≥ 1. */
  sessionsOnCases: one(),
  casesIdentified: one(),
  jointPolice: one(),
  jointAksakalCourt: one(),
  ordersIssued: one(),
  referralsTo: many(REFERRED_TO),
  referralOutcome: many(OUTCOMES),
  assistance: many(ASSISTANCE_TYPES),
  assistanceKgs: many(ASSISTANCE_TYPES),
  planned: many(EVENT_TYPES),
  /** Event, case, referral or assistance rows dated in the bucket (did the committee report?). */
  anyRow: one(),
  /** Events entered by the 5th of the next month. */
  eventsOnTime: one(),
} as const;

export const MEASURE_COUNT = next;
