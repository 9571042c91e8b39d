/**
 * A form response's second and third reads through the Sheets API, of the sheet it goes to:
 * first the ledger's fingerprints, the Problems sheet's row numbers and the key columns the
 * check compares (one column each, dates typed by the schema); then the rows near the new
 * row's day and every row below the last entry, with their notes and colours (the free row is
 * among them). What they give is what readColumnsInto and firstFreeRow give on SpreadsheetApp.
 */
import type { MappedRow } from '../../core/forms/map-response';
import { CHECK_SCOPE } from '../../core/intake/check-scope';
import { keyColumnOf } from '../../core/intake/layout';
import { sameDayRuns } from '../../core/intake/repeat-window';
import { isEmptyRow } from '../../core/read/cells';
import { locateColumns } from '../../core/read/locate';
import type { CellValue } from '../../core/read/workbook';
import { type ColumnDef, type DataSheetKey, SHEETS } from '../../core/schema/sheets';
import { backgroundOf, readBlocks, type SheetLayout, valueOfCell } from '../sheets-api';
import { block, type Canonical, into, type ResponseSheets } from './intake-api-read';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;

const isDate = (def: ColumnDef | undefined) => def?.type === 'date' || def?.type === 'datetime';

/** The position of each schema column in a header (-1: missing). */
function positionsIn(key: DataSheetKey, header: readonly CellValue[]) {
  const defs = SHEETS[key].columns as readonly ColumnDef[];
  const found = locateColumns(defs, header);
  return {
    defs,
    indexOf: (column: string) => found[defs.findIndex((c) => c.key === column)] ?? -1,
    defAt: (index: number) => defs[found.indexOf(index)],
  };
}

export interface KeysRead {
  /** The ledger's fingerprints, of its rows 2… */
  readonly fingerprints: readonly string[];
  /** The row numbers on the Problems sheet. */
  readonly problemRows: readonly CellValue[];
  /** The target's header, then its key and own columns on rows 2… ('' elsewhere). */
  readonly above: CellValue[][];
  readonly keys: readonly CellValue[];
  /** The sheets the check refers to, the columns it needs (Cases for a follow-up). */
  readonly context: Partial<Record<DataSheetKey, { name: string; values: CellValue[][] }>>;
  indexOf(column: string): number;
}

/** The second read: of the ledger and the Problems sheet always, of the target when known. */
export function readKeys(
  spreadsheetId: string,
  zone: string,
  sheets: ResponseSheets,
  heads: ReadonlyMap<Canonical, CellValue[]>,
  key: Canonical | undefined,
  target: SheetLayout | undefined,
): KeysRead {
  const header = key ? (heads.get(key) ?? []) : [];
  const own = key ? positionsIn(key, header) : null;
  const scope = key ? CHECK_SCOPE[key] : null;
  const ownIndexes = (key && scope ? [...new Set([keyColumnOf(key), ...scope.own])] : [])
    .map((column) => own?.indexOf(column) ?? -1)
    .filter((i) => i !== -1);
  const contexts = Object.entries(scope?.context ?? {}).flatMap(([k, columns]) => {
    const contextKey = k as DataSheetKey;
    const tab = sheets.tabOf(contextKey);
    const head = heads.get(k as Canonical);
    if (!tab || !head || columns === 'all' || !columns) return [];
    const at = positionsIn(contextKey, head);
    const indexes = columns.map(at.indexOf).filter((i) => i !== -1);
    return [{ key: contextKey, tab, head, at, indexes }];
  });
  const columns = (tab: SheetLayout, indexes: readonly number[]) =>
    indexes.map((i) => block(tab, 1, i, tab.rowCount - 1, 1));
  const { ledger, problems } = sheets;
  const grids = readBlocks(
    spreadsheetId,
    [
      block(ledger, 1, 0, ledger.rowCount - 1, 1),
      ...(problems ? [block(problems, 1, 1, problems.rowCount - 1, 1)] : []),
      ...(target ? columns(target, ownIndexes) : []),
      ...contexts.flatMap((c) => columns(c.tab, c.indexes)),
    ],
    'effectiveValue',
    (cell) => cell,
    {} as CellData,
    false,
  );
  const first = (grid: CellData[][] | undefined) =>
    (grid ?? []).map((line) => valueOfCell(line[0] ?? {}, zone));
  let next = problems ? 2 : 1;
  const above: CellValue[][] = [[...header]];
  if (target)
    for (const index of ownIndexes)
      into(above, 1, grids[next++], index, zone, isDate(own?.defAt(index)));
  for (let r = 1; r < above.length; r++) above[r] = Array.from(above[r] ?? [], (v) => v ?? '');
  const context: KeysRead['context'] = {};
  for (const c of contexts) {
    const grid: CellValue[][] = [[...c.head]];
    for (const index of c.indexes)
      into(grid, 1, grids[next++], index, zone, isDate(c.at.defAt(index)));
    context[c.key] = {
      name: c.tab.title,
      values: grid.map((line) => Array.from(line, (v) => v ?? '')),
    };
  }
  const keyIndex = key && own ? own.indexOf(keyColumnOf(key)) : -1;
  return {
    fingerprints: first(grids[0]).map((v) => String(v).trim()),
    problemRows: problems ? first(grids[1]) : [],
    above,
    keys: above.slice(1).map((line) => line[keyIndex] ?? ''),
    context,
    indexOf: (column) => own?.indexOf(column) ?? -1,
  };
}

export interface BelowRead {
  /** The first row below every entry: the new rows go there. */
  readonly firstFreeRow: number;
  /** Notes and colours of the new rows' block (width columns) as they are now. */
  readonly notes: string[][];
  readonly backgrounds: string[][];
}

/**
 * The third read: the rows that may repeat the new ones by day (into `keys.above`), and the
 * rows below the last entry in full, for the first free row and its marks.
 */
export function readBelow(
  spreadsheetId: string,
  zone: string,
  target: SheetLayout,
  key: Canonical,
  keys: KeysRead,
  width: number,
  rows: readonly MappedRow[],
): BelowRead {
  const { above } = keys;
  let keyed = above.length - 1;
  while (keyed > 0 && isEmptyRow(above[keyed] ?? [])) keyed--;
  const sameDay = CHECK_SCOPE[key].sameDay;
  const day = sameDay ? keys.indexOf(sameDay.day) : -1;
  const runs =
    sameDay && day !== -1
      ? sameDayRuns(
          above.slice(1).map((line) => line[day] ?? ''),
          rows.map((r) => r.values[sameDay.day]),
        )
      : [];
  const indexes = (sameDay?.columns ?? []).map(keys.indexOf).filter((i) => i !== -1);
  const near = runs.flatMap(([top, bottom]) =>
    indexes.map((index) => ({ top, index, rows: bottom - top + 1 })),
  );
  const belowTop = keyed + 1;
  const grids = readBlocks(
    spreadsheetId,
    [
      block(target, belowTop, 0, target.rowCount - belowTop, width),
      ...near.map((n) => block(target, n.top - 1, n.index, n.rows, 1)),
    ],
    '(effectiveValue,note,userEnteredFormat.backgroundColorStyle)',
    (cell) => cell,
    {} as CellData,
    false,
  );
  near.forEach((n, i) => {
    (grids[1 + i] ?? []).forEach((line, r) => {
      const cells = above[n.top - 1 + r];
      if (cells) cells[n.index] = valueOfCell(line[0] ?? {}, zone);
    });
  });
  const below = grids[0] ?? [];
  let filled = below.length;
  while (filled > 0 && isEmptyRow((below[filled - 1] ?? []).map((c) => valueOfCell(c, zone))))
    filled--;
  const cells = Array.from({ length: rows.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => below[filled + r]?.[c] ?? {}),
  );
  return {
    firstFreeRow: belowTop + 1 + filled,
    notes: cells.map((line) => line.map((cell) => cell.note ?? '')),
    backgrounds: cells.map((line) => line.map((cell) => backgroundOf(cell.userEnteredFormat))),
  };
}
