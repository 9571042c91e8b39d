import { analyse } from '../src/core/analyse';
import { committeeOfCases, committeeOfRow } from '../src/core/read/row-committee';
import type { CellValue, ReadOptions, WorkbookSource } from '../src/core/read/workbook';
import { DATA_SHEETS, type DataSheetKey, SHEETS } from '../src/core/schema/sheets';
import type { WallTime } from '../src/core/time/wall-time';

export type Sheets = Record<DataSheetKey, CellValue[][]>;

/**
 * Splits a programme (header row first on each sheet, English or any language) into one set of
 * sheets per group of regions, as a programme would keep one workbook per region: every row goes
 * to the group of its committee's region (referrals and assistance by their case's committee);
 * a row that names no known committee goes to the first group, so no row is lost or repeated.
 * Recipients go to every group (they are no indicator data).
 */
export function splitByRegion(
  sheets: Sheets,
  groups: readonly (readonly string[])[],
  options: ReadOptions,
  today: WallTime,
): Sheets[] {
  const { workbook } = analyse(sheetsSource(sheets), options, today);
  const regionOf = new Map<string, string>();
  for (const row of workbook.sheets.committees.rows) {
    if (row.rec.committeeId && row.rec.region) regionOf.set(row.rec.committeeId, row.rec.region);
  }
  const groupOfRegion = (region: string | undefined) =>
    Math.max(
      0,
      groups.findIndex((g) => region !== undefined && g.includes(region)),
    );
  const committeeOfCase = committeeOfCases(workbook.sheets);
  const parts: Sheets[] = groups.map(() => {
    const part = {} as Sheets;
    for (const key of DATA_SHEETS) part[key] = [sheets[key][0] ?? []];
    return part;
  });
  for (const key of DATA_SHEETS) {
    const groupOfRow = new Map<number, number>();
    for (const row of workbook.sheets[key].rows) {
      const rec = row.rec as Record<string, unknown>;
      const committee = committeeOfRow(rec, committeeOfCase);
      groupOfRow.set(
        row.row,
        groupOfRegion(committee === undefined ? undefined : regionOf.get(committee)),
      );
    }
    sheets[key].forEach((cells, i) => {
      if (i === 0) return;
      if (key === 'recipients') {
        for (const part of parts) part[key].push(cells);
        return;
      }
      parts[groupOfRow.get(i + 1) ?? 0]?.[key].push(cells);
    });
  }
  return parts;
}

/** The sheets as a workbook source named in English. */
export function sheetsSource(sheets: Sheets): WorkbookSource {
  return {
    sheetNames: () => DATA_SHEETS.map((k) => SHEETS[k].labels.en),
    values: (name: string) =>
      (sheets[DATA_SHEETS.find((k) => SHEETS[k].labels.en === name) ?? 'committees'] ?? []).map(
        (r) => [...r],
      ),
  };
}
