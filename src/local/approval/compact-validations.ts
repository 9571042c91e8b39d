import { columnLetters } from '../../core/a1';

/** What exceljs keeps of a sheet's data validations: the rule of each cell (or range), by address. */
export type ValidationModel = Record<string, object | undefined>;

const CELL = /^([A-Z]{1,3})([1-9][0-9]*)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** One column's run of consecutive rows under one rule. */
interface Run {
  readonly column: number;
  readonly top: number;
  readonly bottom: number;
}

/** The runs of consecutive rows, column by column, of the cells given. */
function runsOf(rowsByColumn: ReadonlyMap<number, number[]>): Run[] {
  const runs: Run[] = [];
  for (const [column, rows] of rowsByColumn) {
    rows.sort((a, b) => a - b);
    let top = rows[0] as number;
    let bottom = top;
    for (const row of rows.slice(1)) {
      if (row === bottom + 1) bottom = row;
      else {
        runs.push({ column, top, bottom });
        top = bottom = row;
      }
    }
    runs.push({ column, top, bottom });
  }
  return runs;
}

/** Runs of the same rows in neighbouring columns, joined into rectangles (as A1 references). */
function rectanglesOf(runs: Run[]): string[] {
  runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.column - b.column);
  const references: string[] = [];
  for (let i = 0; i < runs.length; ) {
    const first = runs[i] as Run;
    let right = first.column;
    i++;
    for (; i < runs.length; i++) {
      const next = runs[i] as Run;
      if (next.top !== first.top || next.bottom !== first.bottom || next.column !== right + 1)
        break;
      right = next.column;
    }
    const topLeft = `${columnLetters(first.column)}${first.top}`;
    const bottomRight = `${columnLetters(right)}${first.bottom}`;
    references.push(topLeft === bottomRight ? topLeft : `${topLeft}:${bottomRight}`);
  }
  return references;
}

/**
 * exceljs reads a sheet's data validations cell by cell (a dropdown on A2:A2000 becomes 1,999
 * entries, all one rule object) and, writing, joins neighbours back by comparing every pair
 * deeply: most of the time `korgoo approve` spent writing the demo workbook. Here the cells
 * that share one rule object go back to rectangles first, which exceljs writes as they are.
 * Every cell keeps exactly its rule; cells of two rule objects are never joined, even alike.
 * Range entries and removed rules (undefined) are kept as they are.
 */
export function compactValidations(model: ValidationModel): ValidationModel {
  const compact: ValidationModel = {};
  const cellsByRule = new Map<object, Map<number, number[]>>();
  for (const address in model) {
    const rule = model[address];
    const cell = rule === undefined ? null : CELL.exec(address);
    if (rule === undefined || cell === null) {
      compact[address] = rule;
      continue;
    }
    let columns = cellsByRule.get(rule);
    if (!columns) {
      columns = new Map();
      cellsByRule.set(rule, columns);
    }
    const column = columnNumber(cell[1] as string);
    const rows = columns.get(column);
    if (rows) rows.push(Number(cell[2]));
    else columns.set(column, [Number(cell[2])]);
  }
  for (const [rule, columns] of cellsByRule) {
    for (const reference of rectanglesOf(runsOf(columns))) compact[reference] = rule;
  }
  return compact;
}
