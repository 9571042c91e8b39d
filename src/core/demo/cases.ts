import type { ChoiceKey } from '../schema/choices';
import { DAY_MS, type WallTime } from '../time/wall-time';
import { ACTIVITY_START, addDays, day, isWeekend } from './calendar';
import { CASE_SPECS, type CaseSpec, parseCaseSpecs } from './case-specs';
import type { DemoCommittee } from './committees';
import { type DemoItem, type DemoNote, type DemoRow, raw } from './model';
import type { Rng } from './prng';
import { PROVIDERS } from './topics';

type Referral = ChoiceKey<'referredTo'>;
type Violence = ChoiceKey<'violenceType'>;
type CaseSource = ChoiceKey<'caseSource'>;
type Joint = ChoiceKey<'jointReview'>;
type Outcome = ChoiceKey<'outcome'>;

/** The last day anything about a case happens (a few days before the demo's end). */
const LAST_DAY = day(2026, 10, 30);
const LAST_IDENTIFIED = day(2026, 10, 16);

/** Chances of closed and of monitoring (the rest open), by when a case was identified. */
const STATUS_ODDS: readonly (readonly [before: WallTime, closed: number, monitoring: number])[] = [
  [day(2026, 4, 1), 0.65, 0.3],
  [day(2026, 8, 1), 0.25, 0.5],
  [Number.POSITIVE_INFINITY, 0, 0.25],
];

/** Where cases are referred besides crisis centres and shelters, by affected person. */
const OTHER_REFERRALS: Readonly<Record<ChoiceKey<'affectedPerson'>, readonly Referral[]>> = {
  woman: ['legal_aid', 'psychologist', 'police', 'health_facility', 'registry', 'aksakal_court'],
  child: ['social_protection', 'psychologist', 'health_facility'],
  elderly: ['social_protection', 'health_facility'],
  disabled: ['social_protection', 'health_facility'],
  man: ['psychologist', 'aksakal_court'],
};

/** What happened to one case so far: its code, its place, and the days of its referrals and help. */
interface Trail {
  readonly code: string;
  readonly order: number;
  readonly dates: WallTime[];
}

interface CaseDraft {
  readonly committee: DemoCommittee;
  /** null for the deliberate mistake (an impossible date typed as text). */
  readonly spec: CaseSpec | null;
  readonly identifiedOn: WallTime | null;
  /** When it was identified (or, for the mistake, entered): the order of case codes. */
  readonly sortKey: WallTime;
  code: string;
}

export interface CaseSheets {
  readonly cases: DemoItem<'cases'>[];
  readonly referrals: DemoItem<'referrals'>[];
  readonly assistance: DemoItem<'assistance'>[];
}

function workday(time: WallTime): WallTime {
  let t = time;
  while (isWeekend(t)) t = addDays(t, 1);
  return t;
}

/** The days cases were identified: spread over the 14 months, in order. */
function identificationDays(rng: Rng, count: number): WallTime[] {
  const from = addDays(ACTIVITY_START, 7);
  const spanDays = (LAST_IDENTIFIED - from) / DAY_MS;
  return Array.from({ length: count }, (_, i) => {
    const offset = Math.floor(((i + 0.15 + 0.7 * rng.next()) * spanDays) / count);
    return Math.min(workday(addDays(from, offset)), LAST_IDENTIFIED);
  });
}

export class CaseBuilder {
  private readonly cases: DemoItem<'cases'>[] = [];
  private readonly referrals: { item: DemoItem<'referrals'>; date: WallTime; order: number }[] = [];
  private readonly assistance: { item: DemoItem<'assistance'>; date: WallTime; order: number }[] =
    [];

  constructor(
    private readonly rng: Rng,
    private readonly committees: readonly DemoCommittee[],
  ) {}

  build(): CaseSheets {
    const drafts = this.drafts();
    const wrongYear = this.wrongYearCase(drafts);
    drafts.forEach((draft, order) => {
      if (draft.spec === null || draft.identifiedOn === null) {
        this.cases.push(this.impossibleDateCase(draft));
      } else {
        this.cases.push(
          this.case(draft, draft.spec, draft.identifiedOn, order, draft === wrongYear),
        );
      }
    });
    const byDate = <T extends { date: WallTime; order: number }>(a: T, b: T) =>
      a.date - b.date || a.order - b.order;
    return {
      cases: this.cases,
      referrals: this.referrals.sort(byDate).map((r) => r.item),
      assistance: this.assistance.sort(byDate).map((a) => a.item),
    };
  }

  /** Every case of every committee, in the order identified, with its code. */
  private drafts(): CaseDraft[] {
    const drafts: CaseDraft[] = [];
    for (const committee of this.committees) {
      const specs = parseCaseSpecs(CASE_SPECS[committee.id] ?? '');
      const days = identificationDays(this.rng, specs.length);
      specs.forEach((spec, i) => {
        const identifiedOn = days[i] as WallTime;
        drafts.push({ committee, spec, identifiedOn, sortKey: identifiedOn, code: '' });
      });
    }
    // A case entered on 2 March 2026 whose date was typed as 31.02.2026 (no such day).
    const district = this.committees.find((c) => c.id === 'KANT-R');
    if (district) {
      drafts.push({
        committee: district,
        spec: null,
        identifiedOn: null,
        sortKey: day(2026, 3, 2),
        code: '',
      });
    }
    const order = (c: DemoCommittee) => this.committees.indexOf(c);
    drafts.sort((a, b) => a.sortKey - b.sortKey || order(a.committee) - order(b.committee));
    const next = new Map<string, number>();
    for (const draft of drafts) {
      const year = new Date(draft.sortKey).getUTCFullYear();
      const key = `${draft.committee.id}-${year}`;
      const seq = (next.get(key) ?? 0) + 1;
      next.set(key, seq);
      draft.code = `${key}-${String(seq).padStart(4, '0')}`;
    }
    return drafts;
  }

  /** The CHSO case whose psychologist referral was typed with last year in its code. */
  private wrongYearCase(drafts: readonly CaseDraft[]): CaseDraft | undefined {
    const chso = drafts.filter((d) => d.committee.id === 'CHSO' && d.spec !== null);
    const codes = new Set(drafts.map((d) => d.code));
    return chso.find(
      (d) => d.code.includes('-2026-') && !codes.has(d.code.replace('-2026-', '-2025-')),
    );
  }

  private impossibleDateCase(draft: CaseDraft): DemoItem<'cases'> {
    return {
      row: {
        caseCode: draft.code,
        committeeId: draft.committee.id,
        identifiedOn: raw('31.02.2026'),
        source: 'resident_appeal',
        violenceTypes: ['psychological', 'economic'],
        affectedPerson: 'woman',
        riskLevel: 'medium',
        reviewedJointlyWith: ['aksakal_court'],
        consent: 'yes',
        status: 'open',
      },
      note: { kind: 'impossible_date', severity: 'error', column: 'identifiedOn' },
    };
  }

  private violence(spec: CaseSpec): Violence[] {
    const { rng } = this;
    switch (spec.who) {
      case 'woman': {
        const types: Violence[] = [];
        if (spec.crisisCentre || spec.shelter || rng.chance(0.55)) types.push('physical');
        if (types.length === 0 || rng.chance(0.8)) types.push('psychological');
        if (rng.chance(0.3) || spec.cashKgs > 0 || spec.housing) types.push('economic');
        if (rng.chance(0.04)) types.push('sexual');
        return types;
      }
      case 'child':
        return rng.pick<Violence[]>([['neglect'], ['psychological', 'neglect'], ['physical']]);
      case 'elderly':
        return rng.pick<Violence[]>([['economic', 'psychological'], ['neglect'], ['economic']]);
      case 'disabled':
        return ['neglect', 'economic'];
      case 'man':
        return ['psychological', 'economic'];
    }
  }

  private source(spec: CaseSpec): CaseSource {
    const { rng } = this;
    if (spec.who === 'child')
      return rng.pick<CaseSource>(['school', 'school', 'health', 'committee_visit']);
    if (spec.who !== 'woman')
      return rng.pick<CaseSource>(['committee_visit', 'resident_appeal', 'health']);
    return rng.pick<CaseSource>([
      'resident_appeal',
      'resident_appeal',
      'self_referral',
      'self_referral',
      'police',
      'police',
      'health',
      'committee_visit',
    ]);
  }

  private outcome(date: WallTime): Outcome {
    if (date > day(2026, 10, 9)) return 'pending';
    const roll = this.rng.next();
    return roll < 0.8
      ? 'service_received'
      : roll < 0.88
        ? 'declined'
        : roll < 0.95
          ? 'unreachable'
          : 'pending';
  }

  private case(
    draft: CaseDraft,
    spec: CaseSpec,
    identifiedOn: WallTime,
    order: number,
    wrongYear: boolean,
  ): DemoItem<'cases'> {
    const { rng } = this;
    const refuge = spec.crisisCentre || spec.shelter;
    const violenceTypes = this.violence(spec);
    const joint: Joint[] = refuge
      ? rng.chance(0.3)
        ? ['police', 'aksakal_court']
        : ['police']
      : rng.pick<Joint[]>([
          ['police'],
          ['police'],
          ['aksakal_court'],
          ['aksakal_court'],
          ['police', 'aksakal_court'],
          ['none'],
          ['none'],
        ]);
    const row: DemoRow<'cases'> = {
      caseCode: draft.code,
      committeeId: draft.committee.id,
      identifiedOn,
      source: this.source(spec),
      violenceTypes,
      affectedPerson: spec.who,
      riskLevel: refuge
        ? 'high'
        : violenceTypes.includes('physical')
          ? rng.pick(['high', 'medium'] as const)
          : rng.pick(['medium', 'low'] as const),
      reviewedJointlyWith: joint,
      consent: spec.consent === 'unrecorded' ? null : spec.consent,
    };
    // A protection order (the police, for a few days, extendable to 30).
    if (
      joint.includes('police') &&
      violenceTypes.includes('physical') &&
      rng.chance(refuge ? 0.5 : 0.2)
    ) {
      const issued = addDays(identifiedOn, rng.int(0, 1));
      const until = addDays(issued, rng.pick([3, 3, 7, 15, 30]));
      if (until <= LAST_DAY) {
        row.orderIssuedOn = issued;
        row.orderUntil = until;
      }
    }

    const trail: Trail = { code: draft.code, order, dates: [identifiedOn] };
    this.followUp(trail, draft, spec, identifiedOn, violenceTypes, joint, wrongYear);
    let status = this.status(identifiedOn);
    if (status === 'closed') {
      const last = Math.max(
        ...trail.dates,
        typeof row.orderUntil === 'number' ? row.orderUntil : 0,
      );
      const closedOn = workday(
        Math.max(addDays(last, rng.int(14, 45)), addDays(identifiedOn, rng.int(45, 120))),
      );
      if (closedOn <= LAST_DAY) row.closedOn = closedOn;
      else status = 'monitoring';
    }
    row.status = status;
    return { row };
  }

  /** Older cases are mostly closed, recent ones open. */
  private status(identifiedOn: WallTime): ChoiceKey<'caseStatus'> {
    const [, closed, monitoring] = STATUS_ODDS.find(([before]) => identifiedOn < before) ?? [
      0, 0, 0,
    ];
    const roll = this.rng.next();
    return roll < closed ? 'closed' : roll < closed + monitoring ? 'monitoring' : 'open';
  }

  /** Referrals and assistance of one case. */
  private followUp(
    trail: Trail,
    draft: CaseDraft,
    spec: CaseSpec,
    identifiedOn: WallTime,
    violenceTypes: readonly Violence[],
    joint: readonly Joint[],
    wrongYear: boolean,
  ): void {
    const { rng } = this;
    if (spec.consent !== 'yes') {
      // Referred on without the consent recorded: a warning for the coordinator.
      const to = rng.pick<Referral>(['police', 'legal_aid']);
      this.refer(trail, to, addDays(identifiedOn, rng.int(1, 6)), {
        note: { kind: 'referral_without_consent', severity: 'warning', column: 'caseCode' },
      });
      return;
    }
    let next = addDays(identifiedOn, rng.int(0, 3));
    if (spec.crisisCentre) {
      this.refer(trail, 'crisis_centre', next, { outcome: 'service_received' });
      next = addDays(next, rng.int(1, 5));
    }
    if (spec.shelter) this.refer(trail, 'shelter', next, { outcome: 'service_received' });
    const refuge = spec.crisisCentre || spec.shelter;
    const more = refuge ? rng.int(0, 1) : rng.int(0, 2);
    for (const to of rng.shuffle(OTHER_REFERRALS[spec.who]).slice(0, more)) {
      const date = this.refer(trail, to, addDays(identifiedOn, rng.int(2, 40)));
      if (to === 'registry' && date !== null) {
        this.help(trail, 'documents_restored', addDays(date, rng.int(20, 45)), PROVIDERS.documents);
      }
    }
    if (wrongYear) {
      // The secretary typed last year into the case code.
      this.refer(trail, 'psychologist', addDays(identifiedOn, rng.int(3, 9)), {
        code: draft.code.replace('-2026-', '-2025-'),
        note: { kind: 'unknown_case_code', severity: 'error', column: 'caseCode' },
      });
    }
    if (spec.cashKgs > 0) {
      const town = draft.committee.settlement.ru.startsWith('г.');
      const provider = town ? PROVIDERS.cashTown : PROVIDERS.cashVillage;
      this.help(trail, 'cash_aid', addDays(identifiedOn, rng.int(10, 30)), provider, spec.cashKgs);
    }
    if (spec.housing) {
      this.help(trail, 'housing', addDays(identifiedOn, rng.int(120, 160)), PROVIDERS.housing);
    }
    if (!refuge && rng.chance(0.3)) {
      const date = addDays(identifiedOn, rng.int(5, 30));
      const month = new Date(date).getUTCMonth() + 1;
      const winter = month >= 11 || month <= 2;
      const provider = winter
        ? PROVIDERS.coal
        : spec.who === 'child'
          ? PROVIDERS.clothes
          : PROVIDERS.food;
      this.help(trail, 'in_kind', date, provider);
    }
    if (violenceTypes.includes('physical') && joint.includes('police') && rng.chance(0.35)) {
      const date = addDays(identifiedOn, rng.int(14, 45));
      this.help(trail, 'correctional_programme', date, PROVIDERS.correctional);
    }
    if (spec.who === 'woman' && rng.chance(0.08)) {
      const date = addDays(identifiedOn, rng.int(30, 90));
      this.help(trail, 'employment', date, PROVIDERS.employment);
    }
  }

  /** Adds a referral on the first working day from `when`; its date, or null past the end. */
  private refer(
    trail: Trail,
    to: Referral,
    when: WallTime,
    extra: { code?: string; outcome?: Outcome; note?: DemoNote } = {},
  ): WallTime | null {
    const date = workday(when);
    if (date > LAST_DAY) return null;
    trail.dates.push(date);
    const row: DemoRow<'referrals'> = {
      caseCode: extra.code ?? trail.code,
      date,
      referredTo: to,
      outcome: extra.outcome ?? this.outcome(date),
    };
    const item = { row, ...(extra.note ? { note: extra.note } : {}) };
    this.referrals.push({ item, date, order: trail.order });
    return date;
  }

  /** Adds assistance on the first working day from `when` (none past the end). */
  private help(
    trail: Trail,
    type: ChoiceKey<'assistanceType'>,
    when: WallTime,
    provider: string,
    amountKgs?: number,
  ): void {
    const date = workday(when);
    if (date > LAST_DAY) return;
    trail.dates.push(date);
    const row: DemoRow<'assistance'> = {
      caseCode: trail.code,
      date,
      type,
      ...(amountKgs ? { amountKgs } : {}),
      provider,
    };
    this.assistance.push({ item: { row }, date, order: trail.order });
  }
}
