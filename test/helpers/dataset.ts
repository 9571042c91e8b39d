import type { Dataset } from '../../src/core/dataset';
import type {
  AssistanceRecord,
  CaseRecord,
  CommitteeRecord,
  EventRecord,
  MemberRecord,
  PlanRecord,
  ReferralRecord,
} from '../../src/core/schema/records';
import type { DataSheetKey } from '../../src/core/schema/sheets';
import { DATA_SHEETS } from '../../src/core/schema/sheets';
import type { WallTime } from '../../src/core/time/wall-time';

/** `2026-10-31` or `2026-10-31 23:30` as a wall time (the workbook's clock, whatever the TZ). */
export function at(text: string): WallTime {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text);
  if (!m) throw new Error(`bad test date: ${text}`);
  return Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
  );
}

export function committee(
  committeeId: string,
  over: Partial<CommitteeRecord> = {},
): CommitteeRecord {
  return {
    committeeId,
    name: `Committee ${committeeId}`,
    region: 'chui',
    district: null,
    settlement: 'Kant',
    establishedOn: at('2025-01-15'),
    governmentOrder: null,
    planApprovedOn: null,
    status: 'active',
    contactEmail: null,
    ...over,
  };
}

export function member(committeeId: string, over: Partial<MemberRecord> = {}): MemberRecord {
  return {
    committeeId,
    fullName: 'Test Member',
    sex: 'female',
    sector: 'local_government',
    role: 'member',
    joinedOn: at('2025-01-15'),
    leftOn: null,
    ...over,
  };
}

export function event(
  committeeId: string,
  date: string,
  type: EventRecord['type'],
  over: Partial<EventRecord> = {},
): EventRecord {
  return {
    eventId: null,
    committeeId,
    date: at(date),
    type,
    audience: null,
    participants: 10,
    women: null,
    men: null,
    under18: null,
    casesReviewed: null,
    partners: null,
    topic: null,
    decisions: null,
    source: null,
    enteredBy: null,
    enteredAt: null,
    ...over,
  };
}

export function caseRow(
  caseCode: string,
  committeeId: string,
  identifiedOn: string,
  over: Partial<CaseRecord> = {},
): CaseRecord {
  return {
    caseCode,
    committeeId,
    identifiedOn: at(identifiedOn),
    source: 'resident_appeal',
    violenceTypes: null,
    affectedPerson: 'woman',
    riskLevel: null,
    reviewedJointlyWith: null,
    orderIssuedOn: null,
    orderUntil: null,
    consent: null,
    status: 'open',
    closedOn: null,
    ...over,
  };
}

export function referral(
  caseCode: string,
  date: string,
  referredTo: ReferralRecord['referredTo'],
  outcome: ReferralRecord['outcome'] = null,
): ReferralRecord {
  return { caseCode, date: at(date), referredTo, outcome };
}

export function assistance(
  caseCode: string,
  date: string,
  type: AssistanceRecord['type'],
  amountKgs: number | null = null,
): AssistanceRecord {
  return { caseCode, date: at(date), type, amountKgs, provider: null };
}

export function planRow(
  committeeId: string,
  month: string,
  eventType: PlanRecord['eventType'],
  plannedCount: number,
): PlanRecord {
  return { committeeId, month, eventType, plannedCount };
}

export interface DatasetParts {
  committees?: CommitteeRecord[];
  members?: MemberRecord[];
  events?: EventRecord[];
  cases?: CaseRecord[];
  referrals?: ReferralRecord[];
  assistance?: AssistanceRecord[];
  plan?: PlanRecord[];
  excludedRows?: number;
  openErrorsByCommittee?: Record<string, number>;
}

/** A Dataset as buildDataset would return it, from clean records. */
export function dataset(parts: DatasetParts = {}): Dataset {
  const excludedBySheet = {} as Record<DataSheetKey, number>;
  for (const key of DATA_SHEETS) excludedBySheet[key] = 0;
  return {
    committees: parts.committees ?? [],
    members: parts.members ?? [],
    events: parts.events ?? [],
    cases: parts.cases ?? [],
    referrals: parts.referrals ?? [],
    assistance: parts.assistance ?? [],
    plan: parts.plan ?? [],
    recipients: [],
    excludedRows: parts.excludedRows ?? 0,
    excludedBySheet,
    openErrorsByCommittee: parts.openErrorsByCommittee ?? {},
  };
}
