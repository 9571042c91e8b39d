import type { Lang } from '../core/i18n/lang';
import { getSetting, SETTINGS, setSetting } from '../core/ports/settings';
import { asCellText } from '../core/safe-text';
import { CHOICES } from '../core/schema/choices';
import type { ColumnDef } from '../core/schema/sheets';
import { SHEETS } from '../core/schema/sheets';
import { problemMessage } from '../core/validate';
import type { Problem } from '../core/validate/problem';
import { setValuesAsText } from './cell-text';
import { settings } from './settings-store';

const WIDTH = SHEETS.problems.columns.length;

function columnLabel(problem: Problem, lang: Lang): string {
  const column = (SHEETS[problem.sheet].columns as readonly ColumnDef[]).find(
    (c) => c.key === problem.column,
  );
  return column ? column.labels[lang] : '';
}

function severityLabel(problem: Problem, lang: Lang): string {
  return (
    CHOICES.severity.find((choice) => choice.key === problem.severity)?.labels[lang] ??
    problem.severity
  );
}

/** One row of the Problems sheet; whatever came from a cell goes back as text, never a formula. */
export function problemRow(problem: Problem, lang: Lang): (string | number)[] {
  return [
    asCellText(problem.sheetName),
    problem.row,
    columnLabel(problem, lang),
    severityLabel(problem, lang),
    problem.rule,
    asCellText(problemMessage(problem, lang)),
    asCellText(problem.value),
  ];
}

/** The Problems rows last written, as hashes of chunks of rows (a few KB whatever the rows). */
interface WrittenProblems {
  readonly rows: number;
  readonly size: number;
  readonly hashes: readonly string[];
}

/** At most this many chunks are kept: 400 hashes of 8 characters fit a 9 KB property. */
const MAX_CHUNKS = 400;
const MIN_CHUNK = 500;

/** FNV-1a over the rows' text: equal rows give equal hashes (a change is all it must see). */
function hashRows(rows: readonly (string | number)[][]): string {
  let hash = 0x811c9dc5;
  for (const row of rows) {
    const text = JSON.stringify(row);
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(16).padStart(8, '0');
}

function isWritten(value: unknown): value is WrittenProblems {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<WrittenProblems>;
  return typeof v.rows === 'number' && typeof v.size === 'number' && Array.isArray(v.hashes);
}

/**
 * Replaces the Problems sheet's rows (below its header) with `rows`, writing only from the
 * first chunk of rows that differs from what Korgoo wrote there last (the sheet is Korgoo's
 * own and protected): an unchanged list costs one call and moves no cell. A sheet whose row
 * count is not what was written (made anew, edited by hand) is rewritten whole.
 */
export function writeProblemRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: readonly (string | number)[][],
): void {
  const size = Math.max(MIN_CHUNK, Math.ceil(rows.length / MAX_CHUNKS));
  const hashes: string[] = [];
  for (let i = 0; i < rows.length; i += size) hashes.push(hashRows(rows.slice(i, i + size)));
  const old = sheet.getLastRow() - 1;
  const kept = getSetting(settings, SETTINGS.problemsWritten);
  let start = 0;
  if (isWritten(kept) && kept.size === size && kept.rows === Math.max(0, old)) {
    const chunks = Math.max(hashes.length, kept.hashes.length);
    let first = 0;
    while (first < chunks && hashes[first] === kept.hashes[first]) first++;
    if (first === chunks) return;
    start = first * size;
  }
  // Lines left below a shorter list are emptied by the same write: one call, not two more.
  const blank = Array.from({ length: Math.max(0, old - rows.length) }, () =>
    Array.from({ length: WIDTH }, () => ''),
  );
  const fresh = [...rows.slice(start), ...blank];
  if (fresh.length > 0) setValuesAsText(sheet.getRange(2 + start, 1, fresh.length, WIDTH), fresh);
  setSetting(settings, SETTINGS.problemsWritten, { rows: rows.length, size, hashes });
}
