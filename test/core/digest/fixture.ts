/**
 * A small programme for the digest's unit tests: three committees in two regions, October and
 * September 2026 activity, and EVERY free-text or personal cell filled with a unique canary
 * string that must never reach a digest.
 */
import { type Analysis, analyse } from '../../../src/core/analyse';
import { buildDemoSheets } from '../../../src/core/demo';
import type { CellValue } from '../../../src/core/read/workbook';
import { SHEETS } from '../../../src/core/schema/sheets';
import { type RowObject, recordSource, WALL } from '../../helpers/workbook';

/** Every canary used, so a test can look for each one in every digest part. */
export const CANARIES: string[] = [];
let next = 0;
/** A unique canary: letters and digits only, so no escaping can hide it. */
function canary(kind: string): string {
  const text = `Kanareyka${kind}${String(++next).padStart(3, '0')}x`;
  CANARIES.push(text);
  return text;
}
/** A unique case code (the column has a pattern). */
function caseCode(): string {
  const text = `ZQ${String(++next).padStart(3, '0')}-2026-${String(7000 + next)}`;
  CANARIES.push(text);
  return text;
}
const canaryEmail = (kind: string) => `${canary(kind).toLowerCase()}@example.org`;

const committee = (committeeId: string, region: string, name: string): RowObject => ({
  committeeId,
  name,
  region,
  district: canary('District'),
  settlement: canary('Settlement'),
  establishedOn: '2025-01-10',
  governmentOrder: canary('Order'),
  planApprovedOn: '2025-02-01',
  status: 'active',
  contactEmail: canaryEmail('Contact'),
});

const member = (committeeId: string, sector: string, sex = 'female'): RowObject => ({
  committeeId,
  fullName: `${canary('Surname')} ${canary('Name')}`,
  sex,
  sector,
  role: 'member',
  joinedOn: '2025-02-01',
});

const event = (
  committeeId: string,
  date: string,
  type: string,
  participants: number,
  extra: RowObject = {},
): RowObject => ({
  eventId: `EV-${String(900000 + ++next)}`,
  committeeId,
  date,
  type,
  participants,
  topic: canary('Topic'),
  decisions: canary('Decision'),
  enteredBy: canaryEmail('EnteredBy'),
  ...extra,
});

export interface Fixture {
  readonly rows: Record<string, RowObject[]>;
}

/** The rows, by sheet key (canaries are generated afresh on each call). */
export function fixtureRows(
  extra: Partial<Record<string, RowObject[]>> = {},
): Record<string, RowObject[]> {
  const cases: RowObject[] = [];
  const referrals: RowObject[] = [];
  const assistance: RowObject[] = [];
  const addCase = (
    committeeId: string,
    identifiedOn: string,
    person: string,
    follow: { to?: string; aid?: [string, number?] },
  ) => {
    const code = caseCode();
    cases.push({
      caseCode: code,
      committeeId,
      identifiedOn,
      source: 'resident_appeal',
      violenceTypes: 'physical',
      affectedPerson: person,
      riskLevel: 'high',
      reviewedJointlyWith: 'police',
      consent: 'yes',
      status: 'open',
    });
    if (follow.to)
      referrals.push({
        caseCode: code,
        date: identifiedOn,
        referredTo: follow.to,
        outcome: 'service_received',
      });
    if (follow.aid) {
      assistance.push({
        caseCode: code,
        date: identifiedOn,
        type: follow.aid[0],
        amountKgs: follow.aid[1] ?? '',
        provider: canary('Provider'),
      });
    }
  };
  addCase('KANT', '2026-10-03', 'woman', { to: 'crisis_centre', aid: ['cash_aid', 5000] });
  addCase('KANT', '2026-10-10', 'woman', { to: 'shelter' });
  addCase('KANT', '2026-10-12', 'child', { to: 'police' });
  addCase('KANT', '2026-10-20', 'woman', { aid: ['cash_aid', 7000] });
  addCase('TOKM', '2026-10-21', 'woman', { to: 'crisis_centre', aid: ['housing'] });
  addCase('NARYN', '2026-10-05', 'woman', { to: 'crisis_centre' });
  addCase('KANT', '2026-09-15', 'woman', { to: 'legal_aid' });
  return {
    committees: [
      committee('KANT', 'chui', 'Kant committee'),
      committee('TOKM', 'chui', 'Tokmok committee'),
      committee('NARYN', 'naryn', 'Naryn committee'),
    ],
    members: [
      ...['local_government', 'police', 'education', 'aksakal_court', 'crisis_centre_ngo'].map(
        (s) => member('KANT', s),
      ),
      ...['police', 'womens_council', 'health'].map((s) => member('TOKM', s, 'male')),
      ...['local_government', 'community_member'].map((s) => member('NARYN', s)),
    ],
    events: [
      event('KANT', '2026-10-01', 'preventive_meeting', 40),
      event('KANT', '2026-10-31 23:30', 'training', 25),
      event('KANT', '2026-11-01 00:00', 'training', 99),
      event('KANT', '2026-10-08', 'committee_session', 9, { casesReviewed: 2 }),
      event('TOKM', '2026-10-09', 'committee_session', 7, { casesReviewed: 1 }),
      event('NARYN', '2026-10-14', 'district_meeting', 30),
      event('KANT', '2026-09-30 23:59', 'preventive_meeting', 33),
      event('NARYN', '2026-09-10', 'training', 12),
    ],
    cases,
    referrals,
    assistance,
    plan: [
      { committeeId: 'KANT', month: '2026-10', eventType: 'training', plannedCount: 2 },
      { committeeId: 'KANT', month: '2026-10', eventType: 'committee_session', plannedCount: 1 },
      { committeeId: 'NARYN', month: '2026-10', eventType: 'committee_session', plannedCount: 1 },
    ],
    recipients: [
      {
        email: canaryEmail('Recipient'),
        name: canary('RecipientName'),
        language: 'ru',
        active: 'yes',
      },
      {
        email: canaryEmail('Recipient'),
        name: canary('RecipientName'),
        language: 'ky',
        region: 'naryn',
        threshold: 3,
        active: 'yes',
      },
    ],
    ...extra,
  } as Record<string, RowObject[]>;
}

export const TODAY = Date.UTC(2026, 10, 26);

export function fixtureAnalysis(extra: Partial<Record<string, RowObject[]>> = {}): Analysis {
  return analyse(recordSource(fixtureRows(extra)), WALL, TODAY);
}

/** The demo programme (the seed's committees), read as an .xlsx would be. */
export function demoAnalysis(lang: 'ru' | 'ky' | 'en' = 'ru'): Analysis {
  const sheets = buildDemoSheets(lang);
  const byName: Record<string, CellValue[][]> = {};
  for (const [key, values] of Object.entries(sheets)) {
    byName[SHEETS[key as keyof typeof SHEETS].labels[lang]] = values;
  }
  return analyse(
    { sheetNames: () => Object.keys(byName), values: (name) => byName[name] ?? [] },
    WALL,
    TODAY,
  );
}
