import type { ReadSheet, ReadWorkbook } from './read/read-workbook';
import { committeeOfCases, committeeOfRow } from './read/row-committee';
import type { RecordOf } from './schema/records';
import { isComplete } from './schema/records';
import type { DataSheetKey } from './schema/sheets';
import { DATA_SHEETS } from './schema/sheets';
import type { Problem } from './validate/problem';

/**
 * The rows the indicators count: every row without an error, as full records. Rows with an
 * error are left out of every indicator and counted, so a report can say how many.
 */
export interface Dataset {
  readonly committees: readonly RecordOf<'committees'>[];
  readonly members: readonly RecordOf<'members'>[];
  readonly events: readonly RecordOf<'events'>[];
  readonly cases: readonly RecordOf<'cases'>[];
  readonly referrals: readonly RecordOf<'referrals'>[];
  readonly assistance: readonly RecordOf<'assistance'>[];
  readonly plan: readonly RecordOf<'plan'>[];
  readonly recipients: readonly RecordOf<'recipients'>[];
  /** Rows left out of the indicators for errors (Recipients rows are not indicator data). */
  readonly excludedRows: number;
  readonly excludedBySheet: Readonly<Record<DataSheetKey, number>>;
  /** Open validation errors by Committee ID ('' where the committee can't be told). */
  readonly openErrorsByCommittee: Readonly<Record<string, number>>;
}

function rowKey(sheet: string, row: number): string {
  return `${sheet}:${row}`;
}

export function buildDataset(workbook: ReadWorkbook, problems: readonly Problem[]): Dataset {
  const errorRows = new Set<string>();
  const errorsPerRow = new Map<string, number>();
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const key = rowKey(problem.sheet, problem.row);
    errorRows.add(key);
    errorsPerRow.set(key, (errorsPerRow.get(key) ?? 0) + 1);
  }
  const excludedBySheet = {} as Record<DataSheetKey, number>;
  let excludedRows = 0;
  const clean = <S extends DataSheetKey>(sheet: ReadSheet<S>): RecordOf<S>[] => {
    const records: RecordOf<S>[] = [];
    let excluded = 0;
    for (const row of sheet.rows) {
      if (errorRows.has(rowKey(sheet.key, row.row)) || !isComplete(sheet.key, row.rec)) excluded++;
      else records.push(row.rec);
    }
    excludedBySheet[sheet.key] = excluded;
    if (sheet.key !== 'recipients') excludedRows += excluded;
    return records;
  };
  const s = workbook.sheets;
  const dataset = {
    committees: clean(s.committees),
    members: clean(s.members),
    events: clean(s.events),
    cases: clean(s.cases),
    referrals: clean(s.referrals),
    assistance: clean(s.assistance),
    plan: clean(s.plan),
    recipients: clean(s.recipients),
  };
  return {
    ...dataset,
    excludedRows,
    excludedBySheet,
    openErrorsByCommittee: openErrorsByCommittee(workbook, errorsPerRow),
  };
}

function openErrorsByCommittee(workbook: ReadWorkbook, errorsPerRow: ReadonlyMap<string, number>) {
  const s = workbook.sheets;
  const committeeOfCase = committeeOfCases(s);
  const result: Record<string, number> = {};
  const add = (committee: string | null | undefined, count: number) => {
    const id = committee ?? '';
    result[id] = (result[id] ?? 0) + count;
  };
  for (const key of DATA_SHEETS) {
    for (const row of (s[key] as ReadSheet<DataSheetKey>).rows) {
      const count = errorsPerRow.get(rowKey(key, row.row));
      if (!count) continue;
      add(committeeOfRow(row.rec as Record<string, unknown>, committeeOfCase), count);
    }
  }
  // Missing-column problems sit on the header row of a sheet: they belong to no committee.
  for (const [key, count] of errorsPerRow) if (key.endsWith(':1')) add('', count);
  return result;
}
