import { type Analysis, analyse } from '../../../src/core/analyse';
import type { ApprovalEntry, ApprovalLedger } from '../../../src/core/approval/model';
import { EMPTY_LEDGER } from '../../../src/core/approval/model';
import type { ApprovalPlan } from '../../../src/core/approval/plan';
import type { ApprovalSheetKey } from '../../../src/core/schema/sheets';
import { wallTime } from '../../../src/core/time/wall-time';
import {
  type LayoutOptions,
  type RowObject,
  recordSource,
  type SheetRows,
  sheetCells,
  WALL,
} from '../../helpers/workbook';

export const TODAY = wallTime(2026, 11, 20);

/**
 * Two committees of two regions, with September events on both sides of its last minute;
 * `extra` rows are added after them, sheet by sheet.
 */
export function closeRows(extra: SheetRows = {}): SheetRows {
  const base: SheetRows = {
    committees: [
      {
        committeeId: 'KANT',
        name: 'Kant',
        region: 'chui',
        settlement: 'Kant',
        establishedOn: '2025-01-10',
        status: 'active',
      },
      {
        committeeId: 'NARYN',
        name: 'Naryn',
        region: 'naryn',
        settlement: 'Naryn',
        establishedOn: '2025-02-01',
        status: 'active',
      },
    ],
    events: [
      {
        eventId: 'EV-000001',
        committeeId: 'KANT',
        date: new Date(Date.UTC(2026, 8, 30, 23, 59)),
        type: 'training',
        participants: 12,
      },
      {
        eventId: 'EV-000002',
        committeeId: 'KANT',
        date: new Date(Date.UTC(2026, 9, 1, 0, 0)),
        type: 'training',
        participants: 7,
      },
      {
        eventId: 'EV-000003',
        committeeId: 'NARYN',
        date: '2026-09-05',
        type: 'preventive_meeting',
        participants: 30,
      },
    ],
  };
  const rows: Record<string, readonly RowObject[]> = { ...base };
  for (const [key, more] of Object.entries(extra)) rows[key] = [...(rows[key] ?? []), ...more];
  return rows as SheetRows;
}

/** The month-close sheets as rows by column key, headed in `headers`. */
export function closeSheets(
  sheets: Partial<Record<ApprovalSheetKey, readonly RowObject[]>>,
  names: Partial<Record<ApprovalSheetKey, string>> = {},
  options: LayoutOptions = {},
): Record<string, ReturnType<typeof sheetCells>> {
  const result: Record<string, ReturnType<typeof sheetCells>> = {};
  for (const [key, rows] of Object.entries(sheets) as [ApprovalSheetKey, RowObject[]][]) {
    result[names[key] ?? key] = sheetCells(key, rows, options);
  }
  return result;
}

export function closeAnalysis(
  extra: SheetRows = {},
  sheets: Partial<Record<ApprovalSheetKey, readonly RowObject[]>> = {},
): Analysis {
  return analyse(recordSource(closeRows(extra), { extraSheets: closeSheets(sheets) }), WALL, TODAY);
}

/** The ledger after a plan's rows were appended (what the adapters write). */
export function applied(ledger: ApprovalLedger, plan: ApprovalPlan): ApprovalLedger {
  return {
    ...ledger,
    approvals: [...ledger.approvals, ...plan.approvals],
    figures: [...ledger.figures, ...plan.figures],
  };
}

export function entry(
  committeeId: string,
  status: ApprovalEntry['status'],
  at: number,
  month = '2026-09',
): ApprovalEntry {
  return { month, committeeId, status, by: 'a@example.org', at, note: '' };
}

export const ledgerOf = (approvals: readonly ApprovalEntry[]): ApprovalLedger => ({
  ...EMPTY_LEDGER,
  approvals,
});
