import type { Dataset } from '../dataset';
import type { DataSheetKey } from '../schema/sheets';

/**
 * Several workbooks' clean rows as one dataset: what one workbook holding all of them would
 * count. Only for workbooks whose Committee IDs combineSources found unique (so their cases,
 * named after their committees, don't collide).
 */
export function mergeDatasets(datasets: readonly Dataset[]): Dataset {
  const excludedBySheet = {} as Record<DataSheetKey, number>;
  const openErrorsByCommittee: Record<string, number> = {};
  for (const d of datasets) {
    for (const [key, n] of Object.entries(d.excludedBySheet) as [DataSheetKey, number][]) {
      excludedBySheet[key] = (excludedBySheet[key] ?? 0) + n;
    }
    for (const [id, n] of Object.entries(d.openErrorsByCommittee)) {
      openErrorsByCommittee[id] = (openErrorsByCommittee[id] ?? 0) + n;
    }
  }
  return {
    committees: datasets.flatMap((d) => d.committees),
    members: datasets.flatMap((d) => d.members),
    events: datasets.flatMap((d) => d.events),
    cases: datasets.flatMap((d) => d.cases),
    referrals: datasets.flatMap((d) => d.referrals),
    assistance: datasets.flatMap((d) => d.assistance),
    plan: datasets.flatMap((d) => d.plan),
    recipients: datasets.flatMap((d) => d.recipients),
    excludedRows: datasets.reduce((sum, d) => sum + d.excludedRows, 0),
    excludedBySheet,
    openErrorsByCommittee,
  };
}
