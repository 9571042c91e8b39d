import type { ChoiceKey } from '../schema/choices';
import type { WallTime } from '../time/wall-time';
import { day } from './calendar';
import { DISTRICT_TOPICS, PREVENTIVE_TOPICS, type TopicText, TRAINING_TOPICS } from './topics';

type Audience = ChoiceKey<'audience'>;
type Partner = ChoiceKey<'partner'>;

/**
 * The events the seed counts (DESIGN §1, "Данные"): every one of them is here, by hand, so the
 * figures are plain to check: 4 district meetings (125), 13 trainings (314), 16 preventive
 * meetings (992).
 */
export interface CountedEvent extends TopicText {
  readonly committee: string;
  readonly date: WallTime;
  readonly type: 'district_meeting' | 'training' | 'preventive_meeting';
  readonly participants: number;
  readonly audience: Audience;
  readonly partners: readonly Partner[];
}

const district = (
  committee: string,
  date: WallTime,
  participants: number,
  text: TopicText,
): CountedEvent => ({
  committee,
  date,
  type: 'district_meeting',
  participants,
  audience: 'specialists',
  partners: ['police', 'social_protection', 'school', 'health'],
  ...text,
});

const training = (
  committee: string,
  date: WallTime,
  participants: number,
  topic: keyof typeof TRAINING_TOPICS,
): CountedEvent => ({
  committee,
  date,
  type: 'training',
  participants,
  audience: 'committee_members',
  partners: topic === 'legalAid' ? ['legal_aid'] : ['crisis_centre'],
  topic: TRAINING_TOPICS[topic],
});

const preventive = (
  committee: string,
  date: WallTime,
  participants: number,
  topic: keyof typeof PREVENTIVE_TOPICS,
): CountedEvent => ({
  committee,
  date,
  type: 'preventive_meeting',
  participants,
  audience: topic.startsWith('parents')
    ? 'parents'
    : topic.startsWith('pupils')
      ? 'pupils_8_11'
      : 'population',
  partners: topic === 'population' ? ['police', 'aksakal_court'] : ['school', 'police'],
  topic: PREVENTIVE_TOPICS[topic],
});

export const COUNTED_EVENTS: readonly CountedEvent[] = [
  district('KANT-R', day(2025, 10, 14), 34, DISTRICT_TOPICS.launch),
  district('ANAN', day(2025, 11, 20), 28, DISTRICT_TOPICS.quarter),
  district('AKKU', day(2026, 2, 12), 31, DISTRICT_TOPICS.winter),
  district('KANT-R', day(2026, 6, 18), 32, DISTRICT_TOPICS.summer),

  training('KANT', day(2025, 9, 23), 22, 'law'),
  training('ANAN', day(2025, 9, 30), 25, 'law'),
  training('CHSO', day(2025, 10, 7), 18, 'law'),
  training('BALY', day(2025, 10, 9), 30, 'referral'),
  training('UCHK', day(2025, 10, 21), 24, 'law'),
  training('AKKU', day(2025, 10, 23), 27, 'referral'),
  training('KANT-R', day(2025, 11, 11), 21, 'records'),
  training('BALY', day(2026, 1, 27), 26, 'orders'),
  training('KANT', day(2026, 2, 17), 19, 'firstAid'),
  training('CHSO', day(2026, 3, 12), 28, 'children'),
  training('UCHK', day(2026, 4, 14), 23, 'legalAid'),
  training('ANAN', day(2026, 5, 19), 25, 'orders'),
  training('AKKU', day(2026, 9, 15), 26, 'firstAid'),

  preventive('KANT', day(2025, 9, 26), 68, 'parents'),
  preventive('BALY', day(2025, 10, 16), 45, 'pupils'),
  preventive('ANAN', day(2025, 10, 24), 84, 'parents'),
  preventive('CHSO', day(2025, 11, 14), 52, 'pupils'),
  preventive('KANT', day(2025, 11, 27), 90, 'pupilsRights'),
  preventive('UCHK', day(2025, 12, 5), 57, 'parentsMarriage'),
  preventive('AKKU', day(2025, 12, 12), 73, 'population'),
  preventive('BALY', day(2026, 1, 23), 38, 'parents'),
  preventive('KANT-R', day(2026, 2, 5), 76, 'pupils'),
  preventive('ANAN', day(2026, 2, 26), 61, 'pupilsRights'),
  preventive('CHSO', day(2026, 3, 6), 49, 'parentsMarriage'),
  preventive('UCHK', day(2026, 3, 19), 77, 'pupils'),
  preventive('AKKU', day(2026, 4, 9), 55, 'pupils'),
  preventive('BALY', day(2026, 4, 22), 64, 'population'),
  preventive('KANT', day(2026, 5, 14), 42, 'parentsMarriage'),
  preventive('ANAN', day(2026, 9, 24), 61, 'parents'),
];

/**
 * The 6 committee sessions on facts of family violence (Cases reviewed ≥ 1). A date that is the
 * committee's regular session day marks that session; any other date is an extraordinary one.
 */
export const CASE_SESSIONS: readonly {
  readonly committee: string;
  readonly date: WallTime;
  readonly cases: number;
}[] = [
  { committee: 'BALY', date: day(2025, 11, 7), cases: 2 },
  { committee: 'KANT', date: day(2025, 12, 10), cases: 1 },
  { committee: 'ANAN', date: day(2026, 1, 22), cases: 2 },
  { committee: 'UCHK', date: day(2026, 3, 10), cases: 1 },
  { committee: 'AKKU', date: day(2026, 5, 27), cases: 1 },
  { committee: 'BALY', date: day(2026, 8, 7), cases: 3 },
];
