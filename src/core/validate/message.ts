import { APPROVED_MONTH_CHANGED, approvedChangeBody } from '../approval/changed';
import type { Lang } from '../i18n/lang';
import type { ChoiceListId } from '../schema/choices';
import { CHOICES } from '../schema/choices';
import type { ColumnDef, SheetKey } from '../schema/sheets';
import { SHEETS } from '../schema/sheets';
import type { LangTexts, MessageArgs } from './message-args';
import { EN } from './messages/en';
import { KY } from './messages/ky';
import { RU } from './messages/ru';
import type { Problem } from './problem';
import { isRuleId } from './rule-defs';

const TEXTS: Readonly<Record<Lang, LangTexts>> = { ru: RU, ky: KY, en: EN };

function sheetOf(
  key: string,
): { labels: Record<Lang, string>; columns: readonly ColumnDef[] } | null {
  return Object.hasOwn(SHEETS, key) ? SHEETS[key as SheetKey] : null;
}

function columnLabelOf(sheet: string, key: string, lang: Lang): string | null {
  const column = sheetOf(sheet)?.columns.find((c) => c.key === key);
  return column ? column.labels[lang] : null;
}

function isChoiceList(list: string): list is ChoiceListId {
  return Object.hasOwn(CHOICES, list);
}

/** 100000 → "100 000" (ru, ky) or "100,000" (en). */
function groupDigits(value: number, lang: Lang): string {
  if (!Number.isInteger(value) || Math.abs(value) < 10_000) return String(value);
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : ' ');
}

function argsFor(problem: Problem, lang: Lang, texts: LangTexts, column: string): MessageArgs {
  const params = problem.params ?? {};
  const param = (name: string): string => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined || value === '') return '…';
    return typeof value === 'number' ? groupDigits(value, lang) : String(value);
  };
  const choice = (list: ChoiceListId, key: string): string =>
    (CHOICES[list] as readonly { key: string; labels: Record<Lang, string> }[]).find(
      (c) => c.key === key,
    )?.labels[lang] ?? key;
  return {
    lang,
    value: problem.value ?? '',
    column,
    param,
    choice,
    choices: () => {
      const list = String(params.list ?? '');
      if (!isChoiceList(list)) return '…';
      return CHOICES[list].map((c) => texts.quote(c.labels[lang])).join(', ');
    },
    columnLabel: (key, sheet) => columnLabelOf(sheet ?? problem.sheet, key, lang) ?? key,
    sheetLabel: (key) => sheetOf(key)?.labels[lang] ?? key,
  };
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * The problem as a sentence in `lang`: the sheet (as named in the workbook), the row, the column
 * (in `lang`), what is wrong and what is expected. Never throws, whatever the problem holds.
 */
export function problemMessage(problem: Problem, lang: Lang): string {
  return problemText(problem, lang, true);
}

/**
 * What is wrong and what is expected, without the sheet, row and column: for a place that
 * shows those already (a card of the sidebar's Problems tab).
 */
export function problemBody(problem: Problem, lang: Lang): string {
  return problemText(problem, lang, false);
}

function problemText(problem: Problem, lang: Lang, withWhere: boolean): string {
  const texts = TEXTS[lang] ?? RU;
  const language: Lang = TEXTS[lang] ? lang : 'ru';
  try {
    const column =
      (problem.column !== null && columnLabelOf(problem.sheet, problem.column, language)) ||
      problem.columnName ||
      problem.column ||
      '';
    const sheetName = problem.sheetName || sheetOf(problem.sheet)?.labels[language] || '';
    const where = texts.where(sheetName, problem.row, column);
    const args = argsFor(problem, language, texts, column);
    const body = isRuleId(problem.rule)
      ? texts.rules[problem.rule](args)
      : problem.rule === APPROVED_MONTH_CHANGED
        ? approvedChangeBody(problem.params, language)
        : texts.unknownRule(String(problem.rule), args.value);
    return withWhere ? `${where} ${body}` : capitalizeFirst(body);
  } catch {
    // A problem read back from a damaged Problems sheet: say what we can.
    return texts.unknownRule(String(problem?.rule), String(problem?.value ?? ''));
  }
}
