/**
 * The check of a new row reads only what CHECK_SCOPE names: the other rows' own columns and
 * the context sheets' columns. It must find on the row exactly what a full validation does.
 */
import { DEMO_TIME_ZONE, DEMO_TODAY, demoWorkbook } from '../../../src/core/demo';
import type { CanonicalSheet } from '../../../src/core/forms/map-response';
import { CHECK_SCOPE } from '../../../src/core/intake/check-scope';
import { parseDateText } from '../../../src/core/read/cells';
import { locateColumns, locateSheets } from '../../../src/core/read/locate';
import { readWorkbook } from '../../../src/core/read/read-workbook';
import type { CellValue, WorkbookSource } from '../../../src/core/read/workbook';
import {
  type ColumnDef,
  DATA_SHEETS,
  type DataSheetKey,
  SHEETS,
} from '../../../src/core/schema/sheets';
import { validateWorkbook } from '../../../src/core/validate';
import type { Problem } from '../../../src/core/validate/problem';

const OPTIONS = { timeZone: DEMO_TIME_ZONE, dates: 'wall' } as const;
const TODAY = parseDateText(DEMO_TODAY);
const source = demoWorkbook('en');
const names = locateSheets(source.sheetNames());
const FULL = validateWorkbook(readWorkbook(source, OPTIONS), { today: TODAY });

/** Only the given columns of a sheet's rows (the header whole); `keep` row in full. */
function only(key: DataSheetKey, columns: readonly string[] | 'all', keep = -1): CellValue[][] {
  const [header = [], ...rows] = source.values(names[key] as string);
  if (columns === 'all') return [header, ...rows];
  const defs = SHEETS[key].columns as readonly ColumnDef[];
  const found = locateColumns(defs, header);
  const indexes = columns.map((c) => found[defs.findIndex((d) => d.key === c)] ?? -1);
  return [
    header,
    ...rows.map((row, i) =>
      i + 2 === keep ? row : row.map((cell, c) => (indexes.includes(c) ? cell : '')),
    ),
  ];
}

function problemsOn(key: DataSheetKey, row: number, workbook: WorkbookSource): string[] {
  return validateWorkbook(readWorkbook(workbook, OPTIONS), { today: TODAY })
    .filter((p: Problem) => p.sheet === key && p.row === row)
    .map((p) => `${p.rule}:${p.column}`)
    .sort();
}

describe.each(['events', 'cases', 'referrals', 'assistance'] as CanonicalSheet[])('%s', (key) => {
  const scope = CHECK_SCOPE[key];
  const rows = source.values(names[key] as string).length - 1;
  // The last row (where intake writes), the first, and every row with a problem.
  const flagged = FULL.filter((p) => p.sheet === key).map((p) => p.row);
  const sample = [...new Set([rows + 1, 2, ...flagged])].filter((r) => r >= 2);

  test.each(sample)('row %i: the same problems as a full validation', (row) => {
    const sheets = new Map<string, CellValue[][]>();
    const own = [...scope.own, ...(scope.sameDay?.columns ?? [])];
    sheets.set(names[key] as string, only(key, own, row));
    for (const [context, columns] of Object.entries(scope.context)) {
      if (columns)
        sheets.set(
          names[context as DataSheetKey] as string,
          only(context as DataSheetKey, columns),
        );
    }
    for (const other of DATA_SHEETS) {
      const name = names[other];
      if (name && !sheets.has(name)) sheets.set(name, [source.values(name)[0] ?? []]);
    }
    const reduced: WorkbookSource = {
      sheetNames: () => source.sheetNames(),
      values: (name) => sheets.get(name) ?? source.values(name),
    };
    expect(problemsOn(key, row, reduced)).toEqual(problemsOn(key, row, source));
  });
});
