/**
 * The day counts of the worklist (DESIGN §10). They are settings: a programme that reviews
 * referrals weekly can shorten one without touching the rules.
 */
export interface WorklistDays {
  /** A protection order is listed from this many days before it ends (and on its last day). */
  readonly orderEndingWithin: number;
  /** A referral without an outcome is listed this many days after its date. */
  readonly referralOutcomeAfter: number;
  /** An open case is listed after this many days without a referral or assistance. */
  readonly followupEvery: number;
  /** A high-risk case is listed this many days after it was identified, until reviewed jointly. */
  readonly highRiskReviewWithin: number;
}

export const DEFAULT_WORKLIST_DAYS: WorklistDays = {
  orderEndingWithin: 2,
  referralOutcomeAfter: 14,
  followupEvery: 30,
  highRiskReviewWithin: 7,
};

const KEYS = Object.keys(DEFAULT_WORKLIST_DAYS) as (keyof WorklistDays)[];

/** The defaults with whatever valid day counts `given` holds (whole numbers 0–365). */
export function worklistDays(given: Partial<Record<string, unknown>> = {}): WorklistDays {
  const days = { ...DEFAULT_WORKLIST_DAYS } as Record<keyof WorklistDays, number>;
  for (const key of KEYS) {
    const value = given[key];
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number === 'number' && Number.isInteger(number) && number >= 0 && number <= 365)
      days[key] = number;
  }
  return days;
}
