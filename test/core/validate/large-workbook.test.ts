import {
  type ReadSheets,
  type ReadWorkbook,
  readSheetValues,
} from '../../../src/core/read/read-workbook';
import type { CellValue } from '../../../src/core/read/workbook';
import type { DataSheetKey } from '../../../src/core/schema/sheets';
import type { Problem } from '../../../src/core/validate/problem';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { type RowObject, seededRandom, sheetCells, WALL } from '../../helpers/workbook';
import { TODAY } from './fixture';

const TOPICS = [
  'Профилактика семейного насилия',
  'Закон Кыргызской Республики о защите от семейного насилия',
  'Үй-бүлөлүк зомбулуктун алдын алуу',
  'Родительское собрание, 8–11 классы, 2026 год',
  'Встреча с партнёрами: ГГЮП, Кризисный центр Ак-Журок',
];

/** A programme-sized workbook: 100,000 events, 20,000 cases, 40,000 referral and aid rows. */
function bigWorkbook(): ReadWorkbook {
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const day = () =>
    `2026-${String(1 + Math.floor(random() * 10)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  // The 250 days the events fall on, each formatted once.
  const daysOfYear = Array.from({ length: 250 }, (_, n) =>
    new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10),
  );
  const caseCode = (i: number) =>
    `C${Math.floor(i / 10_000)}-2026-${String(i % 10_000).padStart(4, '0')}`;
  const committees = Array.from({ length: 400 }, (_, i) => `C${i}`);
  const rows: Record<DataSheetKey, RowObject[]> = {
    committees: committees.map((id) => ({
      committeeId: id,
      name: id,
      region: 'chui',
      settlement: 'Кант',
      establishedOn: '2025-01-01',
      status: 'active',
    })),
    members: [],
    events: Array.from({ length: 100_000 }, (_, i) => ({
      eventId: `EV-${String(i).padStart(6, '0')}`,
      // 400 committees × 250 days: no two events share committee, day and type.
      committeeId: committees[i % 400] as string,
      date: daysOfYear[Math.floor(i / 400)] as string,
      type: pick(['training', 'preventive_meeting', 'committee_session', 'awareness']),
      participants: 30,
      women: 20,
      men: 10,
      // Every text different, as in real reports: nothing can be cached.
      topic: `${pick(TOPICS)} №${i}`,
      decisions: i % 50 === 0 ? 'Позвонить 0555 123 456' : 'Провести повторную встречу',
    })),
    cases: Array.from({ length: 20_000 }, (_, i) => ({
      caseCode: caseCode(i),
      committeeId: pick(committees),
      identifiedOn: '2026-01-01',
      source: 'police',
      affectedPerson: 'woman',
      consent: i % 3 === 0 ? 'no' : 'yes',
      status: 'open',
    })),
    referrals: Array.from({ length: 20_000 }, (_, i) => ({
      caseCode: caseCode(i + 1000),
      date: day(),
      referredTo: 'crisis_centre',
    })),
    assistance: Array.from({ length: 20_000 }, (_, i) => ({
      caseCode: caseCode(i),
      date: day(),
      type: i % 2 === 0 ? 'cash_aid' : 'housing',
      amountKgs: i % 2 === 0 ? 5000 : '',
      provider: pick(['Кризисный центр Ак-Журок', 'Айыл окмоту', 'Асанова Айгүл']),
    })),
    plan: [],
    recipients: [],
  };
  const problems: Problem[] = [];
  const read = <S extends DataSheetKey>(key: S) =>
    readSheetValues(key, key, sheetCells(key, rows[key]) as CellValue[][], WALL, problems);
  const sheets: ReadSheets = {
    committees: read('committees'),
    members: read('members'),
    events: read('events'),
    cases: read('cases'),
    referrals: read('referrals'),
    assistance: read('assistance'),
    plan: read('plan'),
    recipients: read('recipients'),
  };
  return { sheets, problems, options: WALL };
}

describe('validation of a large workbook', () => {
  const workbook = bigWorkbook();

  // Its time is measured by `npm run bench` (parseValidateMs), never asserted here: a shared
  // machine makes timed assertions fail at random.
  it('finds what was planted in 100,000 events, 20,000 cases and 40,000 case rows', () => {
    const problems: Problem[] = validateWorkbook(workbook, { today: TODAY });
    // What the generator planted is found: phones, names, unknown cases, missing consent.
    const count = (rule: string) => problems.filter((p) => p.rule === rule).length;
    expect(count('phone_number')).toBe(2000);
    expect(count('unknown_case')).toBe(1000);
    expect(count('person_name')).toBeGreaterThan(5000);
    expect(count('referral_without_consent')).toBeGreaterThan(5000);
    expect(count('type_date')).toBe(0);
  });
});
