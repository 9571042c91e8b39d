import type { ReadWorkbook } from '../read/read-workbook';
import type { ChoiceKey } from '../schema/choices';
import type { WorkItem } from './items';

export interface WorklistFilter {
  /** A Committee ID. */
  readonly committee?: string;
  /** A region key: the committees of that region. */
  readonly region?: ChoiceKey<'region'>;
}

/** Region of each committee, read from the Committees sheet (a row's other errors aside). */
export function committeeRegions(workbook: ReadWorkbook): Map<string, ChoiceKey<'region'>> {
  const regions = new Map<string, ChoiceKey<'region'>>();
  for (const row of workbook.sheets.committees.rows) {
    const { committeeId, region } = row.rec;
    if (committeeId !== null && region !== null && !regions.has(committeeId))
      regions.set(committeeId, region);
  }
  return regions;
}

/** The items of one committee and/or one region. */
export function filterWorklist(
  items: readonly WorkItem[],
  workbook: ReadWorkbook,
  filter: WorklistFilter,
): WorkItem[] {
  const regions = filter.region ? committeeRegions(workbook) : null;
  return items.filter(
    (item) =>
      (!filter.committee || item.committee === filter.committee) &&
      (!regions || regions.get(item.committee) === filter.region),
  );
}
