import type { ChoiceKey, EventType } from '../schema/choices';
import type { WallTime } from '../time/wall-time';
import { addDays, DEMO_MONTHS, day, enteredAfter, nthWeekday, workdayBetween } from './calendar';
import type { DemoCommittee } from './committees';
import type { DemoMember } from './members';
import { type DemoItem, type DemoNote, type DemoRow, raw } from './model';
import type { Rng } from './prng';
import { CASE_SESSIONS, COUNTED_EVENTS } from './schedule';
import {
  AWARENESS_TOPICS,
  CASE_SESSION,
  CONSULTATION_TOPICS,
  EXTRA_CASE_SESSION,
  PARTNERSHIP_TOPICS,
  SESSION_TOPICS,
} from './topics';

type Partner = ChoiceKey<'partner'>;

/** An event before it gets its Event ID (in the order events were entered). */
interface Draft {
  readonly row: DemoRow<'events'>;
  readonly enteredAt: WallTime;
  readonly note?: DemoNote;
}

/** Holidays on which no committee meets; a session falling on one moves a week on. */
const HOLIDAYS = new Set(
  [
    day(2026, 1, 1),
    day(2026, 1, 2),
    day(2026, 1, 7),
    day(2026, 2, 23),
    day(2026, 3, 9),
    day(2026, 3, 20),
    day(2026, 5, 1),
    day(2026, 5, 5),
    day(2026, 5, 8),
    day(2026, 8, 31),
  ].map(Number),
);

const FORMS_FROM = day(2025, 11, 1);
const COORDINATOR = 'coordinator@example.org';

export class EventBuilder {
  private readonly drafts: Draft[] = [];
  /** committee|date|type of every event, so no two look like duplicates by accident. */
  private readonly taken = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly committees: readonly DemoCommittee[],
    private readonly members: readonly DemoMember[],
  ) {}

  private committee(id: string): DemoCommittee {
    const found = this.committees.find((c) => c.id === id);
    if (!found) throw new Error(`unknown committee ${id}`);
    return found;
  }

  private key(committee: string, date: WallTime, type: EventType): string {
    return `${committee}|${date}|${type}`;
  }

  private isFree(committee: string, date: WallTime, type: EventType): boolean {
    return !this.taken.has(this.key(committee, date, type));
  }

  /** Women and men of a group of `participants`, about `share` women; they add up. */
  private split(participants: number, share: number): { women: number; men: number } {
    const women = Math.max(
      0,
      Math.min(participants, Math.round(participants * share) + this.rng.int(-2, 2)),
    );
    return { women, men: participants - women };
  }

  private femaleShare(committee: string): number {
    const own = this.members.filter((m) => m.committee === committee);
    return own.filter((m) => m.sex === 'female').length / Math.max(1, own.length);
  }

  private add(
    committee: DemoCommittee,
    date: WallTime,
    type: EventType,
    row: DemoRow<'events'>,
    options: { note?: DemoNote; enteredAt?: WallTime; duplicateOf?: boolean } = {},
  ): void {
    const key = this.key(committee.id, date, type);
    if (this.taken.has(key) && !options.duplicateOf) throw new Error(`two events ${key}`);
    this.taken.add(key);
    if (date < committee.establishedOn) throw new Error(`event before ${committee.id} existed`);
    const enteredAt = options.enteredAt ?? enteredAfter(this.rng, date);
    const form = date >= FORMS_FROM && this.rng.chance(0.85);
    this.drafts.push({
      row: {
        committeeId: committee.id,
        date,
        type,
        ...row,
        source: row.source ?? (form ? 'form' : 'manual'),
        enteredBy: row.enteredBy ?? (form ? committee.email : COORDINATOR),
        enteredAt,
      },
      enteredAt,
      ...(options.note ? { note: options.note } : {}),
    });
  }

  /** The seed's counted events: district meetings, trainings, preventive meetings. */
  counted(): void {
    for (const event of COUNTED_EVENTS) {
      const share =
        event.audience === 'pupils_8_11'
          ? 0.52
          : event.audience === 'parents'
            ? 0.8
            : event.type === 'training'
              ? 0.75
              : 0.65;
      const row: DemoRow<'events'> = {
        audience: event.audience,
        participants: event.participants,
        ...this.split(event.participants, share),
        partners: event.partners,
        topic: event.topic,
        ...(event.decisions ? { decisions: event.decisions } : {}),
      };
      if (event.audience === 'pupils_8_11') row.under18 = event.participants - this.rng.int(2, 5);
      this.add(this.committee(event.committee), event.date, event.type, row);
    }
  }

  /** Monthly sessions of each committee (a few months missed), 6 of them on cases. */
  sessions(): void {
    for (const committee of this.committees) {
      const share = this.femaleShare(committee.id);
      for (const month of DEMO_MONTHS) {
        if (committee.missedSessions.includes(month.iso)) continue;
        const [nth, weekday] = committee.sessionDay;
        let date = nthWeekday(month.year, month.month, nth, weekday);
        while (HOLIDAYS.has(date)) date = addDays(date, 7);
        const onCases = CASE_SESSIONS.find((s) => s.committee === committee.id && s.date === date);
        const text = onCases ? CASE_SESSION : (SESSION_TOPICS[month.iso] ?? CASE_SESSION);
        this.session(committee, date, share, text, onCases?.cases);
      }
    }
    for (const extra of CASE_SESSIONS) {
      const committee = this.committee(extra.committee);
      if (this.isFree(committee.id, extra.date, 'committee_session')) {
        this.session(
          committee,
          extra.date,
          this.femaleShare(committee.id),
          EXTRA_CASE_SESSION,
          extra.cases,
        );
      }
    }
  }

  private session(
    committee: DemoCommittee,
    date: WallTime,
    share: number,
    text: { topic: string; decisions?: string },
    cases: number | undefined,
  ): void {
    const participants = Math.round(committee.size * (0.55 + 0.35 * this.rng.next()));
    const form = date >= FORMS_FROM && this.rng.chance(0.85);
    const row: DemoRow<'events'> = {
      audience: 'committee_members',
      participants,
      ...this.split(participants, share),
      // The form asks for it (0 when none); secretaries typing by hand leave it empty.
      casesReviewed: cases ?? (form ? 0 : null),
      partners: cases ? ['police', 'aksakal_court'] : ['police', 'social_protection'],
      topic: text.topic,
      ...(text.decisions ? { decisions: text.decisions } : {}),
      source: form ? 'form' : 'manual',
      enteredBy: form ? committee.email : COORDINATOR,
    };
    this.add(committee, date, 'committee_session', row);
  }

  /** A free working day for an event of the committee between two days. */
  private freeDay(committee: string, type: EventType, from: WallTime, to: WallTime): WallTime {
    for (;;) {
      const date = workdayBetween(this.rng, from, to);
      if (this.isFree(committee, date, type)) return date;
    }
  }

  /** Informing the population: WhatsApp groups, the campaign, the local paper, 8 March. */
  awareness(): void {
    const { rng } = this;
    for (const committee of this.committees) {
      const plain = (from: WallTime, to: WallTime, topic: string, reached: number) => {
        const date = this.freeDay(committee.id, 'awareness', from, to);
        this.add(committee, date, 'awareness', {
          audience: 'population',
          participants: reached,
          topic,
        });
      };
      plain(day(2025, 9, 8), day(2025, 10, 10), AWARENESS_TOPICS.whatsapp, rng.int(90, 260));
      if (committee.id !== 'KANT-R') {
        plain(day(2025, 11, 25), day(2025, 12, 10), AWARENESS_TOPICS.campaign, rng.int(150, 400));
      }
      if (['KANT', 'ANAN', 'BALY', 'AKKU'].includes(committee.id)) {
        plain(day(2026, 1, 12), day(2026, 6, 30), AWARENESS_TOPICS.newspaper, rng.int(300, 800));
      }
      if (['KANT', 'CHSO', 'BALY', 'UCHK'].includes(committee.id)) {
        plain(day(2026, 3, 2), day(2026, 3, 6), AWARENESS_TOPICS.march8, rng.int(60, 150));
      }
      if (committee.id !== 'AKKU' && committee.id !== 'KANT-R') {
        plain(day(2026, 9, 1), day(2026, 9, 18), AWARENESS_TOPICS.schoolChats, rng.int(120, 300));
      }
    }
  }

  /** Meetings with partners (legal aid, crisis centres, police) and consultations. */
  partnersAndConsultations(): void {
    const { rng } = this;
    for (const committee of this.committees) {
      const share = this.femaleShare(committee.id);
      const meeting = (from: WallTime, to: WallTime, topic: string, partners: Partner[]) => {
        const date = this.freeDay(committee.id, 'partnership_meeting', from, to);
        const participants = rng.int(8, 16);
        this.add(committee, date, 'partnership_meeting', {
          audience: 'specialists',
          participants,
          ...this.split(participants, share),
          partners,
          topic,
        });
      };
      const first = rng.chance(0.5);
      meeting(
        day(2025, 10, 1),
        day(2025, 12, 19),
        first ? PARTNERSHIP_TOPICS.legalAid : PARTNERSHIP_TOPICS.crisisCentre,
        [first ? 'legal_aid' : 'crisis_centre'],
      );
      meeting(
        day(2026, 4, 1),
        day(2026, 6, 26),
        first ? PARTNERSHIP_TOPICS.crisisCentre : PARTNERSHIP_TOPICS.legalAid,
        [first ? 'crisis_centre' : 'legal_aid'],
      );
      if (committee.id === 'KANT-R' || committee.id === 'BALY') {
        meeting(day(2026, 9, 1), day(2026, 10, 23), PARTNERSHIP_TOPICS.police, [
          'police',
          'social_protection',
        ]);
      }
      const consultations = rng.int(3, 5);
      for (let i = 0; i < consultations; i++) {
        const month = DEMO_MONTHS[1 + Math.floor(((i + rng.next()) * 12) / consultations)];
        if (!month) continue;
        const from = day(month.year, month.month, 1);
        const date = this.freeDay(committee.id, 'consultation', from, addDays(from, 26));
        const legal = i % 2 === 0;
        const participants = rng.int(2, 12);
        this.add(committee, date, 'consultation', {
          audience: 'population',
          participants,
          ...this.split(participants, 0.85),
          partners: [legal ? 'legal_aid' : 'crisis_centre'],
          topic: legal ? CONSULTATION_TOPICS.legal : CONSULTATION_TOPICS.psychological,
        });
      }
    }
  }

  /**
   * The mistakes real secretaries make, each one an error that leaves its row out, and a
   * duplicate (a form sent twice), a warning. None of them is one of the seed's counted events.
   */
  mistakes(): void {
    const note = (kind: DemoNote['kind'], column: string): DemoNote => ({
      kind,
      severity: 'error',
      column,
    });
    // A training typed in by hand without its date.
    const typedAt = day(2026, 3, 2) + (10 * 60 + 15) * 60_000;
    this.drafts.push({
      row: {
        committeeId: 'KANT',
        date: raw(''),
        type: 'training',
        audience: 'committee_members',
        participants: 20,
        women: 15,
        men: 5,
        partners: ['crisis_centre'],
        topic: 'Семинар для членов комитета: работа с семьями группы риска',
        source: 'manual',
        enteredBy: COORDINATOR,
        enteredAt: typedAt,
      },
      enteredAt: typedAt,
      note: note('missing_date', 'date'),
    });
    // Women and men added up to more than the participants.
    this.add(
      this.committee('BALY'),
      day(2026, 3, 4),
      'preventive_meeting',
      {
        audience: 'parents',
        participants: 45,
        women: 30,
        men: 25,
        partners: ['school'],
        topic: 'Родительское собрание: профилактика семейного насилия',
      },
      { note: note('women_men_exceed_participants', 'participants') },
    );
    // A phone number in the topic: personal data where none may be.
    this.add(
      this.committee('UCHK'),
      day(2026, 4, 29),
      'preventive_meeting',
      {
        audience: 'parents',
        participants: 35,
        women: 27,
        men: 8,
        partners: ['school'],
        topic: 'Встреча с родителями, тел. 0555 123 456',
      },
      { note: note('phone_in_topic', 'topic') },
    );
    // An estimate in words instead of a number.
    this.add(
      this.committee('AKKU'),
      day(2025, 11, 7),
      'preventive_meeting',
      {
        audience: 'population',
        participants: raw('около 40'),
        partners: ['aksakal_court'],
        topic: 'Сход жителей: профилактика семейного насилия',
        source: 'manual',
        enteredBy: COORDINATOR,
      },
      { note: note('participants_as_text', 'participants') },
    );
    // The same awareness action sent twice through the form (a warning, not an error).
    const original = this.drafts.find(
      (d) =>
        d.row.committeeId === 'CHSO' &&
        d.row.type === 'awareness' &&
        d.row.topic === AWARENESS_TOPICS.march8,
    );
    if (!original) throw new Error('no awareness action to send twice');
    const date = original.row.date as WallTime;
    this.add(
      this.committee('CHSO'),
      date,
      'awareness',
      { ...original.row, source: 'form', enteredBy: this.committee('CHSO').email },
      {
        duplicateOf: true,
        enteredAt: original.enteredAt + 4 * 60_000,
        note: { kind: 'duplicate_event', severity: 'warning', column: 'date' },
      },
    );
  }

  /** The events in the order they were entered, with their Event IDs. */
  items(): DemoItem<'events'>[] {
    const ordered = this.drafts
      .map((draft, index) => ({ draft, index }))
      .sort((a, b) => a.draft.enteredAt - b.draft.enteredAt || a.index - b.index);
    return ordered.map(({ draft }, i) => ({
      row: { eventId: `EV-${String(i + 1).padStart(6, '0')}`, ...draft.row },
      ...(draft.note ? { note: draft.note } : {}),
    }));
  }
}
