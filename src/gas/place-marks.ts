/**
 * Places Korgoo's marks in some columns of a sheet, moving as few cells as it can: the notes
 * of those columns read once (one block per run of adjacent columns), the colours only of the
 * rows whose marks change, only those rows' notes written back, and the colours that change
 * set by one RangeList call per colour instead of rewriting every cell's.
 */
import { columnLetters } from '../core/a1';
import type { Lang } from '../core/i18n/lang';
import type { Problem } from '../core/validate/problem';
import { computeMarks } from './marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sorted runs [first, last] of adjacent 1-based column positions. */
export function columnRuns(positions: Iterable<number>): [number, number][] {
  const sorted = [...new Set(positions)].filter((p) => p >= 1).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const p of sorted) {
    const last = runs.at(-1);
    if (last && last[1] === p - 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs;
}

/** The column position a problem's mark goes to (a problem of the whole row: the first). */
export const markColumnOf = (problem: Problem): number => problem.columnIndex ?? 1;

function writeChangedNotes(
  sheet: Sheet,
  firstRow: number,
  firstColumn: number,
  before: readonly (readonly string[])[],
  after: readonly string[][],
): void {
  let top = -1;
  let bottom = -1;
  after.forEach((row, r) => {
    if (row.some((note, c) => note !== before[r]?.[c])) {
      if (top === -1) top = r;
      bottom = r;
    }
  });
  if (top === -1) return;
  const rows = after.slice(top, bottom + 1);
  sheet.getRange(firstRow + top, firstColumn, rows.length, rows[0]?.length ?? 1).setNotes(rows);
}

/** Adds to `byColour` the cells whose colour changes, runs of rows in a column as one ("E3:E9"). */
function changedBackgrounds(
  byColour: Map<string, string[]>,
  firstRow: number,
  firstColumn: number,
  before: readonly (readonly string[])[],
  after: readonly string[][],
): void {
  const width = after[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const letters = columnLetters(firstColumn + c);
    let r = 0;
    while (r < after.length) {
      const colour = after[r]?.[c] as string;
      if (colour === before[r]?.[c]) {
        r++;
        continue;
      }
      let end = r;
      while (
        end + 1 < after.length &&
        after[end + 1]?.[c] === colour &&
        after[end + 1]?.[c] !== before[end + 1]?.[c]
      )
        end++;
      const a1 =
        end === r
          ? `${letters}${firstRow + r}`
          : `${letters}${firstRow + r}:${letters}${firstRow + end}`;
      const list = byColour.get(colour) ?? [];
      list.push(a1);
      byColour.set(colour, list);
      r = end + 1;
    }
  }
}

/**
 * Marks `problems` and clears Korgoo's old marks in the columns at `positions`, over `rows`
 * rows from `firstRow`. Problems outside those columns are not marked: the caller gives every
 * column they are in.
 */
export function placeMarks(
  sheet: Sheet,
  firstRow: number,
  rows: number,
  positions: Iterable<number>,
  problems: readonly Problem[],
  lang: Lang,
): void {
  if (rows < 1) return;
  const byColour = new Map<string, string[]>();
  for (const [first, last] of columnRuns(positions)) {
    const width = last - first + 1;
    const notes = sheet.getRange(firstRow, first, rows, width).getNotes();
    const inBlock = problems.filter((p) => {
      const column = markColumnOf(p);
      return column >= first && column <= last;
    });
    // The notes tell which rows change; colours are read for those rows only.
    const plain = notes.map((row) => row.map(() => ''));
    const guess = computeMarks(notes, plain, firstRow, inBlock, lang, first).notes;
    const changed = guess
      .map((row, r) => (row.some((note, c) => note !== notes[r]?.[c]) ? r : -1))
      .filter((r) => r >= 0);
    if (changed.length === 0) continue;
    const top = changed[0] as number;
    const span = (changed.at(-1) as number) - top + 1;
    const spanNotes = notes.slice(top, top + span);
    const backgrounds = sheet.getRange(firstRow + top, first, span, width).getBackgrounds();
    const spanProblems = inBlock.filter(
      (p) => p.row >= firstRow + top && p.row < firstRow + top + span,
    );
    const marks = computeMarks(spanNotes, backgrounds, firstRow + top, spanProblems, lang, first);
    writeChangedNotes(sheet, firstRow + top, first, spanNotes, marks.notes);
    changedBackgrounds(byColour, firstRow + top, first, backgrounds, marks.backgrounds);
  }
  // One call per colour for the whole sheet.
  for (const [colour, cells] of byColour) sheet.getRangeList(cells).setBackground(colour);
}
