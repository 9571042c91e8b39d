import type { ChoiceKey } from '../schema/choices';
import { CHOICES } from '../schema/choices';

/** The choice keys the indicators break figures down by, in the schema's order. */
export const EVENT_TYPES = CHOICES.eventType.map((c) => c.key);
export const REFERRED_TO = CHOICES.referredTo.map((c) => c.key);
export const ASSISTANCE_TYPES = CHOICES.assistanceType.map((c) => c.key);
export const SEXES = CHOICES.sex.map((c) => c.key);
/** Referral outcomes, plus a bucket for referrals whose Outcome is empty. */
export const OUTCOMES = [...CHOICES.outcome.map((c) => c.key), 'not_recorded' as const];

export type EventType = ChoiceKey<'eventType'>;
export type ReferredTo = ChoiceKey<'referredTo'>;
export type AssistanceType = ChoiceKey<'assistanceType'>;
export type Sex = ChoiceKey<'sex'>;
export type OutcomeKey = (typeof OUTCOMES)[number];
