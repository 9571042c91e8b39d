import type { Labels, Lang } from '../i18n/lang';
import { value } from './bucket';
import { M } from './measures';
import type { Slice } from './slice';

interface IndicatorDef<Id extends string> {
  readonly id: Id;
  /** Short, as on the seed's "Данные" slide. */
  readonly labels: Labels;
  readonly compute: (slice: Slice) => number;
}

const def = <const Id extends string>(
  id: Id,
  ru: string,
  ky: string,
  en: string,
  compute: (slice: Slice) => number,
): IndicatorDef<Id> => ({ id, labels: { ru, ky, en }, compute });

/**
 * The seed's indicators (DESIGN §4), each defined once: id, labels, and how it reads a slice.
 * All of them add up across committees (a case belongs to one committee), so the byCommittee
 * figures of a report sum to its totals.
 */
export const SEED_INDICATORS = [
  def(
    'committees_active',
    'Действующие комитеты',
    'Иштеген комитеттер',
    'Active committees',
    (s) => s.stock.committeesActive,
  ),
  def(
    'members_active',
    'Члены комитетов',
    'Комитеттердин мүчөлөрү',
    'Committee members',
    (s) => s.stock.membersActive,
  ),
  def(
    'district_meetings',
    'Совещания на районном уровне',
    'Райондук деңгээлдеги кеңешмелер',
    'District-level meetings',
    (s) => value(s.flow, M.events.district_meeting),
  ),
  def(
    'district_meeting_participants',
    'Участники совещаний на районном уровне',
    'Райондук кеңешмелердин катышуучулары',
    'District-level meeting participants',
    (s) => value(s.flow, M.participants.district_meeting),
  ),
  def(
    'trainings',
    'Обучения и семинары',
    'Окутуулар жана семинарлар',
    'Trainings and seminars',
    (s) => value(s.flow, M.events.training),
  ),
  def(
    'training_participants',
    'Участники обучений',
    'Окутуулардын катышуучулары',
    'Training participants',
    (s) => value(s.flow, M.participants.training),
  ),
  def(
    'preventive_meetings',
    'Профилактические встречи',
    'Алдын алуу жолугушуулары',
    'Preventive meetings',
    (s) => value(s.flow, M.events.preventive_meeting),
  ),
  def(
    'preventive_meeting_participants',
    'Участники профилактических встреч',
    'Алдын алуу жолугушууларынын катышуучулары',
    'Preventive meeting participants',
    (s) => value(s.flow, M.participants.preventive_meeting),
  ),
  def(
    'committee_sessions_on_cases',
    'Заседания МК по фактам семейного насилия',
    'Үй-бүлөлүк зомбулук фактылары боюнча комитеттин отурумдары',
    'Committee sessions on family violence cases',
    (s) => value(s.flow, M.sessionsOnCases),
  ),
  def(
    'cases_identified',
    'Выявлено семей группы риска',
    'Аныкталган тобокелдик тобундагы үй-бүлөлөр',
    'At-risk families identified',
    (s) => value(s.flow, M.casesIdentified),
  ),
  def(
    'women_referred_crisis_shelter',
    'Женщины, перенаправленные в кризисные центры и убежища',
    'Кризистик борборлорго жана баш калкалоочу жайларга жөнөтүлгөн аялдар',
    'Women referred to crisis centres and shelters',
    (s) => s.flow.womenReferred.size,
  ),
  def(
    'women_cash_aid',
    'Женщины, получившие денежную помощь',
    'Акчалай жардам алган аялдар',
    'Women who received cash aid',
    (s) => s.flow.womenCash.size,
  ),
  def('cash_aid_kgs', 'Денежная помощь, сом', 'Акчалай жардам, сом', 'Cash aid, KGS', (s) =>
    value(s.flow, M.assistanceKgs.cash_aid),
  ),
  def('housing_provided', 'Выделено жильё', 'Турак жай берилди', 'Housing provided', (s) =>
    value(s.flow, M.assistance.housing),
  ),
] as const;

export type IndicatorId = (typeof SEED_INDICATORS)[number]['id'];
export const INDICATOR_IDS: readonly IndicatorId[] = SEED_INDICATORS.map((d) => d.id);
export type IndicatorValues = Record<IndicatorId, number>;

const BY_ID = new Map<string, IndicatorDef<IndicatorId>>(SEED_INDICATORS.map((d) => [d.id, d]));

export function isIndicatorId(text: string): text is IndicatorId {
  return BY_ID.has(text);
}

/** The indicator's label; an id that is no indicator (say, from a JSON file) comes back as is. */
export function indicatorLabel(id: IndicatorId | (string & {}), lang: Lang): string {
  return BY_ID.get(id)?.labels[lang] ?? id;
}

/** Every seed indicator of a slice, in the seed's order. */
export function seedValues(slice: Slice): IndicatorValues {
  const values = {} as IndicatorValues;
  for (const d of SEED_INDICATORS) values[d.id] = d.compute(slice);
  return values;
}
