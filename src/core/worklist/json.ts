import { isoDate, type WallTime } from '../time/wall-time';
import type { WorkItem, WorkKind } from './items';

/** One item as `korgoo due --format json` prints it (DESIGN §10). */
export interface WorkItemJson {
  readonly kind: WorkKind;
  readonly committee: string;
  readonly caseCode: string;
  readonly sheet: WorkItem['sheet'];
  readonly row: number;
  /** YYYY-MM-DD. */
  readonly due: string;
  readonly daysOverdue: number;
}

export interface WorklistJson {
  readonly date: string;
  readonly items: readonly WorkItemJson[];
}

export function worklistJson(today: WallTime, items: readonly WorkItem[]): WorklistJson {
  return {
    date: isoDate(today),
    items: items.map((i) => ({
      kind: i.kind,
      committee: i.committee,
      caseCode: i.caseCode,
      sheet: i.sheet,
      row: i.row,
      due: isoDate(i.due),
      daysOverdue: i.daysOverdue,
    })),
  };
}
