/**
 * Korgoo's marks of several sheets placed and cleared through the Sheets API in at most three
 * requests whatever the rows: the notes of the columns that hold marks now or held them last
 * time (the mark record) in one read, the colours of only the cells whose note changes in a
 * second, and every change written in one batchUpdate whose `fields` mask names only the note
 * and, where it changes, the colour: nothing else of a cell is touched, and a cell Korgoo does
 * not mark or unmark is not even read.
 */
import type { Lang } from '../core/i18n/lang';
import type { Problem } from '../core/validate/problem';
import { computeMarks } from './marks';
import { columnRuns, markColumnOf } from './place-marks';
import { type Block, backgroundOf, batchUpdate, notesRequest, readBlocks } from './sheets-api';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** The marks of one sheet: its columns to look at, over `rows` rows from sheet row `firstRow`. */
export interface MarkTarget {
  readonly sheetId: number;
  readonly firstRow: number;
  readonly rows: number;
  /** 1-based positions of the columns that held marks last time: looked at on every row. */
  readonly positions: Iterable<number>;
  /** Problems to mark; in another column only their own cells are looked at. */
  readonly problems: readonly Problem[];
}

/** One cell whose note changes: where it is, and its note before and after. */
interface Change {
  readonly sheetId: number;
  readonly row: number;
  readonly column: number;
  readonly before: string;
  readonly problems: readonly Problem[];
}

const inColumns = (first: number, last: number) => (p: Problem) => {
  const column = markColumnOf(p);
  return column >= first && column <= last;
};

/** The problems of each cell, by "row:column". */
function byCell(problems: readonly Problem[]): Map<string, Problem[]> {
  const cells = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = `${p.row}:${markColumnOf(p)}`;
    const list = cells.get(key) ?? [];
    list.push(p);
    cells.set(key, list);
  }
  return cells;
}

/** Runs [first, last] of the distinct sorted rows given. */
function rowRuns(rows: Iterable<number>): [number, number][] {
  return columnRuns(rows);
}

/**
 * The blocks whose notes are read: each recorded column whole (it may hold an old mark on any
 * row), and in any other column only the cells marked now (Korgoo never marked the rest).
 */
function blocksOf(target: MarkTarget): { block: Block; problems: Problem[] }[] {
  const blocks: { block: Block; problems: Problem[] }[] = [];
  if (target.rows < 1) return blocks;
  const last = target.firstRow + target.rows - 1;
  const scanned = new Set<number>();
  for (const [first, end] of columnRuns(target.positions)) {
    for (let c = first; c <= end; c++) scanned.add(c);
    blocks.push({
      problems: target.problems.filter(inColumns(first, end)),
      block: {
        sheetId: target.sheetId,
        top: target.firstRow - 1,
        left: first - 1,
        rows: target.rows,
        columns: end - first + 1,
      },
    });
  }
  const others = new Map<number, Problem[]>();
  for (const p of target.problems) {
    const column = markColumnOf(p);
    if (scanned.has(column) || p.row < target.firstRow || p.row > last) continue;
    const list = others.get(column) ?? [];
    list.push(p);
    others.set(column, list);
  }
  for (const [column, problems] of others) {
    const cells = byCell(problems);
    for (const [top, bottom] of rowRuns(problems.map((p) => p.row)))
      blocks.push({
        problems: Array.from(
          { length: bottom - top + 1 },
          (_, r) => cells.get(`${top + r}:${column}`) ?? [],
        ).flat(),
        block: {
          sheetId: target.sheetId,
          top: top - 1,
          left: column - 1,
          rows: bottom - top + 1,
          columns: 1,
        },
      });
  }
  return blocks;
}

/** The cells whose note changes, from the notes of the blocks of every target (one read). */
function changedCells(spreadsheetId: string, targets: readonly MarkTarget[], lang: Lang): Change[] {
  const blocks = targets.flatMap((target) => blocksOf(target));
  const notes = readBlocks(
    spreadsheetId,
    blocks.map((b) => b.block),
    'note',
    (cell) => cell.note,
    '',
  );
  const changes: Change[] = [];
  blocks.forEach(({ block, problems }, i) => {
    const before = notes[i] ?? [];
    const plain = before.map((row) => row.map(() => ''));
    const after = computeMarks(before, plain, block.top + 1, problems, lang, block.left + 1);
    const cells = byCell(problems);
    after.notes.forEach((line, r) => {
      line.forEach((note, c) => {
        const old = before[r]?.[c] ?? '';
        if (note === old) return;
        const row = block.top + 1 + r;
        const column = block.left + 1 + c;
        changes.push({
          sheetId: block.sheetId,
          row,
          column,
          before: old,
          problems: cells.get(`${row}:${column}`) ?? [],
        });
      });
    });
  });
  // Column by column, top to bottom: adjacent cells make one block to read and to write.
  return changes.sort((a, b) => a.sheetId - b.sheetId || a.column - b.column || a.row - b.row);
}

/** Runs of changed cells one under the other in a column of a sheet. */
function runsOf(changes: readonly Change[]): Change[][] {
  const runs: Change[][] = [];
  for (const change of changes) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (
      run &&
      last &&
      last.sheetId === change.sheetId &&
      last.column === change.column &&
      last.row === change.row - 1
    )
      run.push(change);
    else runs.push([change]);
  }
  return runs;
}

/** One updateCells of cells one under the other; the colour in the mask only if it changes. */
function updateRequest(
  first: Change,
  cells: readonly { note: string; background: string | null }[],
): Request {
  const recolour = cells[0]?.background !== null;
  return notesRequest(
    first.sheetId,
    first.row,
    first.column,
    cells.map(({ note }) => [note]),
    recolour ? cells.map(({ background }) => [background ?? '']) : null,
  );
}

/**
 * Marks every target's problems and clears Korgoo's old marks in its columns, keeping what
 * the user wrote or coloured: at most two reads and one write for all the sheets together.
 */
export function placeMarksThroughApi(
  spreadsheetId: string,
  targets: readonly MarkTarget[],
  lang: Lang,
): void {
  const runs = runsOf(changedCells(spreadsheetId, targets, lang));
  if (runs.length === 0) return;
  const colours = readBlocks(
    spreadsheetId,
    runs.map((run) => {
      const first = run[0] as Change;
      return {
        sheetId: first.sheetId,
        top: first.row - 1,
        left: first.column - 1,
        rows: run.length,
        columns: 1,
      };
    }),
    'userEnteredFormat.backgroundColorStyle',
    (cell) => backgroundOf(cell.userEnteredFormat),
    '#ffffff',
  );
  const requests: Request[] = [];
  runs.forEach((run, i) => {
    const first = run[0] as Change;
    const before = (colours[i] ?? []).map((line) => line[0] ?? '#ffffff');
    const marks = computeMarks(
      run.map((c) => [c.before]),
      before.map((colour) => [colour]),
      first.row,
      run.flatMap((c) => c.problems),
      lang,
      first.column,
    );
    // A colour that stays is left out of the mask: a user's colour is never rewritten.
    const cells = run.map((_, r) => {
      const background = marks.backgrounds[r]?.[0] ?? before[r] ?? '#ffffff';
      return {
        note: marks.notes[r]?.[0] ?? '',
        background: background === before[r] ? null : background,
      };
    });
    let start = 0;
    for (let r = 1; r <= cells.length; r++) {
      const split =
        r === cells.length ||
        (cells[r]?.background === null) !== (cells[start]?.background === null);
      if (!split) continue;
      requests.push(updateRequest(run[start] as Change, cells.slice(start, r)));
      start = r;
    }
  });
  batchUpdate(spreadsheetId, requests);
}
