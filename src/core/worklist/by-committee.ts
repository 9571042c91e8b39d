import type { ReadWorkbook } from '../read/read-workbook';
import type { WorkItem } from './items';

export interface CommitteeWork {
  readonly committee: string;
  /** The committee's name from the Committees sheet ('' when it has none). */
  readonly name: string;
  readonly items: readonly WorkItem[];
}

/** Items grouped by committee; the committee with the earliest due item first. */
export function worklistByCommittee(
  items: readonly WorkItem[],
  workbook: ReadWorkbook,
): CommitteeWork[] {
  const names = new Map<string, string>();
  for (const row of workbook.sheets.committees.rows) {
    const { committeeId, name } = row.rec;
    if (committeeId !== null && !names.has(committeeId)) names.set(committeeId, name ?? '');
  }
  const groups = new Map<string, WorkItem[]>();
  for (const item of items) {
    const list = groups.get(item.committee) ?? [];
    list.push(item);
    groups.set(item.committee, list);
  }
  return [...groups].map(([committee, list]) => ({
    committee,
    name: names.get(committee) ?? '',
    items: list,
  }));
}
