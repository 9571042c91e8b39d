import type { Analysis } from '../../../core/analyse';
import type { Lang } from '../../../core/i18n/lang';
import type { ColumnDef } from '../../../core/schema/sheets';
import { SHEETS } from '../../../core/schema/sheets';
import { problemMessage } from '../../../core/validate';
import type { Problem } from '../../../core/validate/problem';
import type { ParsedArgs } from '../args';
import { ArgsError, choiceOption } from '../args';
import { oneLine } from '../one-line';
import type { Output } from '../output';
import { text } from '../texts';
import { loadWorkbook } from './load-workbook';

export function columnLabel(problem: Problem, lang: Lang): string {
  const column = (SHEETS[problem.sheet].columns as readonly ColumnDef[]).find(
    (c) => c.key === problem.column,
  );
  return column ? column.labels[lang] : '';
}

/** Problems as JSON-able objects, with the message in the chosen language. */
export function problemsJson(analysis: Analysis, lang: Lang) {
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  return {
    errors,
    warnings: analysis.problems.length - errors,
    excludedRows: analysis.dataset.excludedRows,
    rows: analysis.rows,
    problems: analysis.problems.map((problem) => ({
      sheet: problem.sheetName,
      row: problem.row,
      column: columnLabel(problem, lang),
      severity: problem.severity,
      rule: problem.rule,
      message: problemMessage(problem, lang),
      value: problem.value,
    })),
  };
}

/** The problems grouped by sheet, one line each, then a summary line. */
export function problemsText(analysis: Analysis, lang: Lang): string[] {
  const lines: string[] = [];
  const bySheet = new Map<string, Problem[]>();
  for (const problem of analysis.problems) {
    const list = bySheet.get(problem.sheetName) ?? [];
    list.push(problem);
    bySheet.set(problem.sheetName, list);
  }
  for (const [sheet, problems] of bySheet) {
    lines.push(oneLine(sheet));
    for (const problem of [...problems].sort((a, b) => a.row - b.row)) {
      const mark = problem.severity === 'error' ? '✖' : '!';
      // The message names the sheet, row and column itself; the rule id helps to look it up.
      lines.push(`  ${mark} ${oneLine(problemMessage(problem, lang))} [${problem.rule}]`);
    }
  }
  const summary = problemsJson(analysis, lang);
  if (analysis.problems.length === 0) lines.push(text('noProblems', lang));
  lines.push(
    text('summary', lang, {
      errors: summary.errors,
      warnings: summary.warnings,
      excluded: summary.excludedRows,
    }),
  );
  return lines;
}

/** korgoo validate FILE.xlsx: exit 0 without errors, 1 with errors (2 is for unusable input). */
export async function validateCommand(args: ParsedArgs, output: Output): Promise<number> {
  const path = args.positionals[0];
  if (!path) throw new ArgsError('FILE.xlsx');
  const format = choiceOption(args, 'format', ['text', 'json'] as const);
  const analysis = await loadWorkbook(path, args.lang, output);
  if (format === 'json') output.out(JSON.stringify(problemsJson(analysis, args.lang), null, 2));
  else for (const line of problemsText(analysis, args.lang)) output.out(line);
  return analysis.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
