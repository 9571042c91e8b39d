import type { Lang } from '../core/i18n/lang';
import { asCellText } from '../core/safe-text';
import { CHOICES } from '../core/schema/choices';
import type { ColumnDef } from '../core/schema/sheets';
import { SHEETS } from '../core/schema/sheets';
import { problemMessage } from '../core/validate';
import type { Problem } from '../core/validate/problem';
import { setValuesAsText } from './cell-text';

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

/** Replaces the Problems sheet's rows (below its header) with `rows`: at most two calls. */
export function writeProblemRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: readonly (string | number)[][],
): void {
  const old = sheet.getLastRow() - 1;
  if (old > 0) sheet.getRange(2, 1, old, WIDTH).clearContent();
  if (rows.length > 0) setValuesAsText(sheet.getRange(2, 1, rows.length, WIDTH), rows);
}
