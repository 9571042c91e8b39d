import { a1Of } from '../a1';
import type { Analysis } from '../analyse';
import type { Lang } from '../i18n/lang';
import { ALL_SHEETS, type ColumnDef, SHEETS, type SheetKey } from '../schema/sheets';
import { problemBody } from '../validate/message';
import type { Problem } from '../validate/problem';
import type { ProblemGroup, ProblemItem, ProblemsResult } from './api';

/** Problems listed per sheet; the rest are counted (the Problems sheet holds them all). */
export const PROBLEMS_PER_SHEET = 200;

function columnLabel(problem: Problem, lang: Lang): string {
  const column = (SHEETS[problem.sheet].columns as readonly ColumnDef[]).find(
    (c) => c.key === problem.column,
  );
  return column ? column.labels[lang] : (problem.columnName ?? '');
}

function itemOf(problem: Problem, lang: Lang): ProblemItem {
  return {
    severity: problem.severity,
    row: problem.row,
    column: columnLabel(problem, lang),
    a1: a1Of(problem.row, problem.columnIndex),
    message: problemBody(problem, lang),
    value: problem.value,
  };
}

/** The last validation's problems, grouped by sheet in the schema's order, errors first. */
export function sidebarProblems(analysis: Analysis, lang: Lang): ProblemsResult {
  const bySheet = new Map<SheetKey, Problem[]>();
  for (const problem of analysis.problems) {
    const list = bySheet.get(problem.sheet) ?? [];
    list.push(problem);
    bySheet.set(problem.sheet, list);
  }
  const groups: ProblemGroup[] = [];
  for (const key of ALL_SHEETS) {
    const problems = bySheet.get(key);
    if (!problems) continue;
    const sorted = [...problems].sort(
      (a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error') || a.row - b.row,
    );
    const errors = problems.filter((p) => p.severity === 'error').length;
    groups.push({
      sheet: SHEETS[key].labels[lang],
      sheetName: problems[0]?.sheetName ?? SHEETS[key].labels[lang],
      errors,
      warnings: problems.length - errors,
      problems: sorted.slice(0, PROBLEMS_PER_SHEET).map((p) => itemOf(p, lang)),
      more: Math.max(0, problems.length - PROBLEMS_PER_SHEET),
    });
  }
  const errors = groups.reduce((sum, g) => sum + g.errors, 0);
  const warnings = groups.reduce((sum, g) => sum + g.warnings, 0);
  return { errors, warnings, excludedRows: analysis.dataset.excludedRows, groups };
}
