import type { CellValue } from '../src/core/read/workbook';
import type { DataSheetKey } from '../src/core/schema/sheets';
import { SHEETS } from '../src/core/schema/sheets';

/** The size of the benchmark's programme: 50 committees over 5 years (issue #2). */
export interface SyntheticSize {
  readonly committees: number;
  readonly years: number;
  readonly events: number;
  readonly cases: number;
  readonly followups: number;
}

export const BENCH_SIZE: SyntheticSize = {
  committees: 50,
  years: 5,
  events: 100_000,
  cases: 20_000,
  followups: 40_000,
};

/** A small fast PRNG, so the synthetic programme is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EVENT_TYPES = [
  'district_meeting',
  'committee_session',
  'training',
  'preventive_meeting',
  'awareness',
  'partnership_meeting',
  'consultation',
];
const REGIONS = ['chui', 'issyk_kul', 'naryn', 'talas', 'jalal_abad', 'osh', 'batken'];
const SECTORS = [
  'local_government',
  'police',
  'social_protection',
  'education',
  'health',
  'aksakal_court',
  'womens_council',
  'community_member',
  'crisis_centre_ngo',
];
const PERSONS = ['woman', 'woman', 'woman', 'child', 'elderly', 'disabled', 'man'];
const REFERRED = ['crisis_centre', 'shelter', 'police', 'legal_aid', 'psychologist', 'registry'];
const ASSISTANCE = [
  'cash_aid',
  'housing',
  'documents_restored',
  'in_kind',
  'correctional_programme',
  'employment',
];

function header(sheet: DataSheetKey): CellValue[] {
  return SHEETS[sheet].columns.map((column) => column.labels.en);
}

/**
 * A synthetic programme as sheets of cells (English headers, choice keys, wall-clock Dates),
 * with about 1% of rows carrying the mistakes validation must find.
 */
export function syntheticProgramme(
  size: SyntheticSize = BENCH_SIZE,
): Record<DataSheetKey, CellValue[][]> {
  const random = mulberry32(20261126);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = Date.UTC(2021, 10, 1);
  const span = Date.UTC(2021 + size.years, 9, 31) - start;
  const dayAt = (fraction: number) =>
    new Date(start + Math.floor((fraction * span) / 86_400_000) * 86_400_000);
  const ids = Array.from(
    { length: size.committees },
    (_, i) => `C${String(i + 1).padStart(3, '0')}`,
  );

  const committees = [header('committees')];
  ids.forEach((id, i) => {
    committees.push([
      id,
      `Committee ${i + 1}`,
      REGIONS[i % REGIONS.length] ?? 'chui',
      `District ${i % 12}`,
      `Village ${i}`,
      new Date(Date.UTC(2021, 5, 1)),
      `Order ${i}`,
      new Date(Date.UTC(2021, 6, 1)),
      'active',
      `c${i}@example.org`,
    ]);
  });
  const members = [header('members')];
  ids.forEach((id) => {
    for (let m = 0; m < 24; m++) {
      members.push([
        id,
        `Member ${id}-${m}`,
        m % 3 === 0 ? 'male' : 'female',
        pick(SECTORS),
        m === 0 ? 'chair' : 'member',
        new Date(Date.UTC(2021, 6, 1)),
        '',
      ]);
    }
  });
  const events = [header('events')];
  for (let e = 0; e < size.events; e++) {
    const type = pick(EVENT_TYPES);
    const participants = 5 + Math.floor(random() * 80);
    const women = Math.floor(participants * 0.6);
    const bad = e % 100 === 99;
    events.push([
      `EV-${String(e + 1).padStart(6, '0')}`,
      pick(ids),
      bad && e % 200 === 199 ? '' : dayAt(e / size.events),
      type,
      'population',
      participants,
      bad ? participants : women,
      participants - women,
      0,
      type === 'committee_session' ? Math.floor(random() * 3) : '',
      'police, school',
      bad ? 'Встреча, тел. 0555 123 456' : 'Профилактика семейного насилия',
      'Решение принято',
      'form',
      'secretary',
      '',
    ]);
  }
  const cases = [header('cases')];
  const caseDates: Date[] = [];
  for (let c = 0; c < size.cases; c++) {
    const committee = ids[c % ids.length] ?? 'C001';
    const identified = dayAt(c / size.cases);
    caseDates.push(identified);
    cases.push([
      `${committee}-${identified.getUTCFullYear()}-${String(c + 1)
        .padStart(4, '0')
        .slice(-4)}`,
      committee,
      identified,
      'resident_appeal',
      'physical, psychological',
      pick(PERSONS),
      'medium',
      'police',
      '',
      '',
      c % 50 === 0 ? 'no' : 'yes',
      'open',
      '',
    ]);
  }
  const referrals = [header('referrals')];
  const assistance = [header('assistance')];
  for (let f = 0; f < size.followups; f++) {
    const c = Math.floor(random() * size.cases);
    const code = cases[c + 1]?.[0] ?? '';
    const date = new Date(
      (caseDates[c]?.getTime() ?? start) + Math.floor(random() * 30) * 86_400_000,
    );
    if (f % 2 === 0) referrals.push([code, date, pick(REFERRED), 'service_received']);
    else {
      const type = pick(ASSISTANCE);
      assistance.push([
        code,
        date,
        type,
        type === 'cash_aid' ? 1000 + Math.floor(random() * 9000) : '',
        'Provider',
      ]);
    }
  }
  const plan = [header('plan')];
  for (const id of ids)
    for (let y = 0; y < size.years; y++) plan.push([id, `${2022 + y}-03`, 'committee_session', 1]);
  const recipients = [header('recipients'), ['lead@example.org', 'Lead', 'ru', '', '', 'yes']];
  return { committees, members, events, cases, referrals, assistance, plan, recipients };
}
