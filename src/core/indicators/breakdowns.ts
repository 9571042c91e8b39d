import type { Dataset } from '../dataset';
import type { Labels, Lang } from '../i18n/lang';
import { value } from './bucket';
import type { AssistanceType, EventType, OutcomeKey, ReferredTo } from './keys';
import { ASSISTANCE_TYPES, EVENT_TYPES, OUTCOMES, REFERRED_TO } from './keys';
import { M } from './measures';
import type { Reporting } from './reporting';
import type { Scope } from './scope';
import type { Slice } from './slice';

/**
 * The indicators beyond the seed's table (DESIGN §4). Ids are stable: outputs name them.
 *
 * | id                          | value                                   | definition |
 * | --------------------------- | --------------------------------------- | ---------- |
 * | events_by_type              | {type: {events, participants}}          | events dated in the period, by Type (every type); sum of Participants |
 * | awareness_actions           | number                                  | events of type awareness |
 * | partnership_meetings        | number                                  | events of type partnership_meeting |
 * | joint_reviews_police        | number                                  | cases identified in the period, Reviewed jointly with includes police |
 * | joint_reviews_aksakal_court | number                                  | the same with aksakal_court |
 * | protection_orders_issued    | number                                  | cases whose Protection order issued on is in the period |
 * | referrals_by_destination    | {referredTo: n}                         | referrals dated in the period, by Referred to |
 * | referrals_by_outcome        | {outcome or not_recorded: n}            | the same, by Outcome (empty Outcome → not_recorded) |
 * | assistance_by_type          | {type: {count, kgs}}                    | assistance dated in the period, by Type; sum of Amount KGS |
 * | members_by_sector_group     | {state, community, civil_society, other}| members_active, by the group of their Sector |
 * | members_by_sex              | {female, male}                          | members_active, by Sex |
 * | plan_fulfilment             | {type: {done, planned}}                 | events of the type in the period / Planned count of the Plan rows for the period's months |
 * | non_reporting_committees    | {YYYY-MM: [Committee ID]}               | per whole month of the period: committees active by its end with no event, case, referral or assistance row dated in it |
 * | reporting_rate              | {onTime, expected, rate}                | (committee, month) pairs active by the month's end with an event entered (Entered at, else Date) by the 5th of the next month 23:59, over all such pairs; rate null when none expected |
 * | open_errors_by_committee    | {Committee ID: n}                       | open validation errors of each committee in scope ('' = not attributable, unfiltered only) |
 *
 * Referrals and assistance count for their case's committee and only when the case is in the
 * dataset, as in the seed's indicators.
 */
export interface BreakdownContext {
  readonly dataset: Dataset;
  readonly scope: Scope;
  readonly slice: Slice;
  readonly reporting: Reporting;
}

function byKey<K extends string, V>(keys: readonly K[], f: (key: K) => V): Record<K, V> {
  const result = {} as Record<K, V>;
  for (const key of keys) result[key] = f(key);
  return result;
}

const L = (ru: string, ky: string, en: string): Labels => ({ ru, ky, en });

export const BREAKDOWN_DEFS = {
  events_by_type: {
    labels: L('Мероприятия по видам', 'Иш-чаралар түрлөрү боюнча', 'Events by type'),
    compute: ({
      slice,
    }: BreakdownContext): Record<EventType, { events: number; participants: number }> =>
      byKey(EVENT_TYPES, (t) => ({
        events: value(slice.flow, M.events[t]),
        participants: value(slice.flow, M.participants[t]),
      })),
  },
  awareness_actions: {
    labels: L('Информирование населения', 'Калкка маалымат берүү', 'Awareness actions'),
    compute: ({ slice }: BreakdownContext): number => value(slice.flow, M.events.awareness),
  },
  partnership_meetings: {
    labels: L('Встречи с партнёрами', 'Өнөктөштөр менен жолугушуулар', 'Partnership meetings'),
    compute: ({ slice }: BreakdownContext): number =>
      value(slice.flow, M.events.partnership_meeting),
  },
  joint_reviews_police: {
    labels: L(
      'Рассмотрено совместно с ОВД',
      'ИИО менен бирге каралды',
      'Reviewed jointly with police',
    ),
    compute: ({ slice }: BreakdownContext): number => value(slice.flow, M.jointPolice),
  },
  joint_reviews_aksakal_court: {
    labels: L(
      'Рассмотрено совместно с судом аксакалов',
      'Аксакалдар соту менен бирге каралды',
      'Reviewed jointly with aksakal courts',
    ),
    compute: ({ slice }: BreakdownContext): number => value(slice.flow, M.jointAksakalCourt),
  },
  protection_orders_issued: {
    labels: L('Выдано охранных ордеров', 'Берилген коргоо ордерлери', 'Protection orders issued'),
    compute: ({ slice }: BreakdownContext): number => value(slice.flow, M.ordersIssued),
  },
  referrals_by_destination: {
    labels: L(
      'Перенаправления по адресатам',
      'Жөнөтүүлөр багыттар боюнча',
      'Referrals by destination',
    ),
    compute: ({ slice }: BreakdownContext): Record<ReferredTo, number> =>
      byKey(REFERRED_TO, (k) => value(slice.flow, M.referralsTo[k])),
  },
  referrals_by_outcome: {
    labels: L(
      'Перенаправления по результатам',
      'Жөнөтүүлөр натыйжалар боюнча',
      'Referrals by outcome',
    ),
    compute: ({ slice }: BreakdownContext): Record<OutcomeKey, number> =>
      byKey(OUTCOMES, (k) => value(slice.flow, M.referralOutcome[k])),
  },
  assistance_by_type: {
    labels: L('Помощь по видам', 'Жардам түрлөрү боюнча', 'Assistance by type'),
    compute: ({
      slice,
    }: BreakdownContext): Record<AssistanceType, { count: number; kgs: number }> =>
      byKey(ASSISTANCE_TYPES, (t) => ({
        count: value(slice.flow, M.assistance[t]),
        kgs: value(slice.flow, M.assistanceKgs[t]),
      })),
  },
  members_by_sector_group: {
    labels: L('Члены комитетов по секторам', 'Мүчөлөр секторлор боюнча', 'Members by sector'),
    compute: ({ slice }: BreakdownContext) => ({ ...slice.stock.bySectorGroup }),
  },
  members_by_sex: {
    labels: L('Члены комитетов по полу', 'Мүчөлөр жынысы боюнча', 'Members by sex'),
    compute: ({ slice }: BreakdownContext) => ({ ...slice.stock.bySex }),
  },
  plan_fulfilment: {
    labels: L('Выполнение плана', 'Пландын аткарылышы', 'Plan fulfilment'),
    compute: ({ slice }: BreakdownContext): Record<EventType, { done: number; planned: number }> =>
      byKey(EVENT_TYPES, (t) => ({
        done: value(slice.flow, M.events[t]),
        planned: value(slice.flow, M.planned[t]),
      })),
  },
  non_reporting_committees: {
    labels: L('Комитеты без отчёта', 'Отчет бербеген комитеттер', 'Committees that did not report'),
    compute: ({ reporting }: BreakdownContext): Record<string, string[]> => {
      const copy: Record<string, string[]> = {};
      for (const [month, ids] of Object.entries(reporting.nonReporting)) copy[month] = [...ids];
      return copy;
    },
  },
  reporting_rate: {
    labels: L('Своевременность отчётов', 'Отчеттордун өз убагында берилиши', 'Reporting rate'),
    compute: ({ reporting }: BreakdownContext) => ({
      onTime: reporting.onTime,
      expected: reporting.expected,
      rate: reporting.expected === 0 ? null : reporting.onTime / reporting.expected,
    }),
  },
  open_errors_by_committee: {
    labels: L(
      'Открытые ошибки по комитетам',
      'Комитеттер боюнча ачык каталар',
      'Open errors by committee',
    ),
    compute: ({ dataset, scope }: BreakdownContext): Record<string, number> => {
      const result: Record<string, number> = {};
      for (const id of scope.committeeIds) result[id] = dataset.openErrorsByCommittee[id] ?? 0;
      const unattributed = dataset.openErrorsByCommittee[''] ?? 0;
      if (!scope.filtered && unattributed > 0) result[''] = unattributed;
      return result;
    },
  },
} as const;

export type BreakdownId = keyof typeof BREAKDOWN_DEFS;
export type Breakdowns = {
  [K in BreakdownId]: ReturnType<(typeof BREAKDOWN_DEFS)[K]['compute']>;
};
export const BREAKDOWN_IDS = Object.keys(BREAKDOWN_DEFS) as BreakdownId[];

export function breakdownLabel(id: BreakdownId, lang: Lang): string {
  return BREAKDOWN_DEFS[id].labels[lang];
}

export function computeBreakdowns(context: BreakdownContext): Breakdowns {
  const result = {} as Record<BreakdownId, unknown>;
  for (const id of BREAKDOWN_IDS) result[id] = BREAKDOWN_DEFS[id].compute(context);
  return result as Breakdowns;
}
