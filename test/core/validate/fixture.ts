import type { CellValue } from '../../../src/core/read/workbook';
import { wallTime } from '../../../src/core/time/wall-time';
import type { Problem } from '../../../src/core/validate/problem';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { type LayoutOptions, readRecords, type SheetRows } from '../../helpers/workbook';

/** "Today" of the validation tests: 26.11.2026, 10:00 in Bishkek. */
export const TODAY = wallTime(2026, 11, 26, 10, 0);

export type MutableRows = { [S in keyof SheetRows]-?: Record<string, CellValue>[] };

/** A small workbook without a single problem; tests break one thing at a time. */
export function validRows(): MutableRows {
  return {
    committees: [
      {
        committeeId: 'KANT',
        name: 'Кантский МК',
        region: 'chui',
        settlement: 'Кант',
        establishedOn: '2025-01-15',
        status: 'active',
      },
      {
        committeeId: 'UCHKUN',
        name: 'Учкун',
        region: 'Нарынская область',
        settlement: 'Учкун',
        establishedOn: '15.03.2025',
        status: 'Действует',
      },
      {
        committeeId: 'OLD',
        name: 'Old committee',
        region: 'naryn',
        settlement: 'Ак-Кудук',
        establishedOn: '2024-01-10',
        status: 'closed',
      },
    ],
    members: [
      {
        committeeId: 'KANT',
        fullName: 'Асанова Айгүл',
        sex: 'female',
        sector: 'police',
        role: 'chair',
        joinedOn: '2025-02-01',
      },
    ],
    events: [
      {
        eventId: 'EV-000001',
        committeeId: 'KANT',
        date: '2026-10-03',
        type: 'training',
        participants: 20,
        women: 12,
        men: 8,
        under18: 0,
        topic: 'Профилактика семейного насилия',
      },
      {
        eventId: 'EV-000002',
        committeeId: 'KANT',
        date: '2026-10-10',
        type: 'committee_session',
        participants: 9,
        casesReviewed: 2,
        decisions: 'Направить в кризисный центр',
      },
    ],
    cases: [
      {
        caseCode: 'KANT-2026-0001',
        committeeId: 'KANT',
        identifiedOn: '2026-09-01',
        source: 'police',
        affectedPerson: 'woman',
        consent: 'yes',
        status: 'open',
      },
      {
        caseCode: 'KANT-2026-0002',
        committeeId: 'KANT',
        identifiedOn: '2026-09-01',
        source: 'school',
        affectedPerson: 'child',
        orderIssuedOn: '2026-09-02',
        orderUntil: '2026-09-30',
        consent: 'no',
        status: 'closed',
        closedOn: '2026-10-20',
      },
    ],
    referrals: [
      {
        caseCode: 'KANT-2026-0001',
        date: '2026-09-05',
        referredTo: 'crisis_centre',
        outcome: 'service_received',
      },
    ],
    assistance: [
      {
        caseCode: 'KANT-2026-0001',
        date: '2026-09-10',
        type: 'cash_aid',
        amountKgs: 6500,
        provider: 'Кризисный центр Ак-Журок',
      },
      { caseCode: 'KANT-2026-0001', date: '2026-09-12', type: 'documents_restored' },
    ],
    plan: [{ committeeId: 'KANT', month: '2026-10', eventType: 'training', plannedCount: 1 }],
    recipients: [{ email: 'coordinator@example.org', language: 'ru', active: 'yes' }],
  };
}

/** Reads and validates rows as a workbook would hold them. */
export function validate(rows: SheetRows, layout: LayoutOptions = {}): Problem[] {
  return validateWorkbook(readRecords(rows, layout), { today: TODAY });
}

/** The valid workbook after `edit`, validated. */
export function validateEdited(
  edit: (rows: MutableRows) => void,
  layout?: LayoutOptions,
): Problem[] {
  const rows = validRows();
  edit(rows);
  return validate(rows, layout);
}
