/**
 * Hand-made workbooks for the worklist: two committees in two regions, cases written as the
 * sheets hold them (ISO date text), validated as the add-on validates them, on a fixed day.
 */
import type { ReadWorkbook } from '../../../src/core/read/read-workbook';
import { validateWorkbook } from '../../../src/core/validate';
import type { Problem } from '../../../src/core/validate/problem';
import { type WorkItem, type WorklistDays, worklist } from '../../../src/core/worklist';
import { at } from '../../helpers/dataset';
import { type RowObject, readRecords } from '../../helpers/workbook';

/** The day the tests look from: Sunday 1 November 2026 in the workbook's zone. */
export const TODAY = '2026-11-01';

export const COMMITTEES: RowObject[] = [
  {
    committeeId: 'KANT',
    name: 'Kant',
    region: 'chui',
    settlement: 'Kant',
    establishedOn: '2025-01-10',
    status: 'active',
  },
  {
    committeeId: 'UCH',
    name: 'Uchkun',
    region: 'naryn',
    settlement: 'Uchkun',
    establishedOn: '2025-01-10',
    status: 'active',
  },
];

let next = 0;
/** A case of KANT, open, medium risk, reviewed with the police, identified on 1 October 2026. */
export function caseRow(over: RowObject = {}): RowObject {
  next++;
  return {
    caseCode: `KANT-2026-${String(next).padStart(4, '0')}`,
    committeeId: 'KANT',
    identifiedOn: '2026-10-20',
    source: 'police',
    affectedPerson: 'woman',
    riskLevel: 'medium',
    reviewedJointlyWith: 'police',
    consent: 'yes',
    status: 'open',
    ...over,
  };
}

export interface Book {
  readonly workbook: ReadWorkbook;
  readonly problems: readonly Problem[];
  items(days?: WorklistDays, today?: string): WorkItem[];
}

export function book(sheets: {
  cases?: RowObject[];
  referrals?: RowObject[];
  assistance?: RowObject[];
}): Book {
  const workbook = readRecords({
    committees: COMMITTEES,
    cases: sheets.cases ?? [],
    referrals: sheets.referrals ?? [],
    assistance: sheets.assistance ?? [],
  });
  const problems = validateWorkbook(workbook, { today: at(TODAY) });
  return {
    workbook,
    problems,
    items: (days, today = TODAY) => worklist(workbook, problems, at(today), days),
  };
}

/** The items as [kind, case code, due, days overdue], easy to read in an expectation. */
export const brief = (items: readonly WorkItem[]) =>
  items.map((i) => [i.kind, i.caseCode, new Date(i.due).toISOString().slice(0, 10), i.daysOverdue]);
