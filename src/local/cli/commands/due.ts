import type { Analysis } from '../../../core/analyse';
import type { Lang } from '../../../core/i18n/lang';
import { text as addOnText } from '../../../core/i18n/texts';
import { choiceKeyOf } from '../../../core/read/choices-index';
import type { ChoiceKey } from '../../../core/schema/choices';
import { SHEETS } from '../../../core/schema/sheets';
import { dottedDate, type WallTime } from '../../../core/time/wall-time';
import {
  dueText,
  itemSentence,
  parseIsoDay,
  type WorkItem,
  type WorklistFilter,
  worklistByCommittee,
  worklistJson,
  worklistOf,
} from '../../../core/worklist';
import { todayIn } from '../../load';
import type { ParsedArgs } from '../args';
import { ArgsError, choiceOption, stringOption } from '../args';
import { oneLine } from '../one-line';
import type { Output } from '../output';
import { text } from '../texts';
import { UsageError } from '../usage-error';
import { loadWorkbook } from './load-workbook';

/** The day asked for with --date, or today in the workbook's zone. */
function dayOf(value: string | undefined, lang: Lang): WallTime {
  if (value === undefined) return todayIn();
  const day = parseIsoDay(value);
  if (day === null) throw new UsageError(text('badDate', lang, { value }));
  return day;
}

/** --committee and --region checked against the workbook, as `korgoo report` checks them. */
function filterOf(analysis: Analysis, args: ParsedArgs): WorklistFilter {
  const lang = args.lang;
  const asked = stringOption(args, 'committee');
  const committee = asked?.trim().toUpperCase();
  if (
    committee &&
    !analysis.workbook.sheets.committees.rows.some((r) => r.rec.committeeId === committee)
  )
    throw new UsageError(text('unknownCommittee', lang, { value: asked ?? '' }));
  const regionText = stringOption(args, 'region');
  const region = (regionText === undefined ? undefined : choiceKeyOf('region', regionText)) as
    | ChoiceKey<'region'>
    | undefined;
  if (regionText !== undefined && region === undefined)
    throw new UsageError(text('unknownRegion', lang, { value: regionText }));
  return { ...(committee ? { committee } : {}), ...(region ? { region } : {}) };
}

function itemLine(item: WorkItem, lang: Lang): string {
  const where = addOnText('where', lang, {
    caseCode: item.caseCode,
    sheet: SHEETS[item.sheet].labels[lang],
    row: item.row,
  });
  return `  • ${itemSentence(item, lang)} (${dueText(item, lang)}). ${oneLine(where)}`;
}

/** The items by committee, in plain words, each with where to find its row. */
export function worklistLines(
  analysis: Analysis,
  items: readonly WorkItem[],
  today: WallTime,
  lang: Lang,
): string[] {
  const date = dottedDate(today);
  if (items.length === 0) return [addOnText('nothingDue', lang, { date })];
  const lines = [addOnText('itemsDue', lang, { date, count: items.length })];
  for (const group of worklistByCommittee(items, analysis.workbook)) {
    lines.push('', oneLine([group.committee, group.name].filter(Boolean).join(' · ')));
    for (const item of group.items) lines.push(itemLine(item, lang));
  }
  return lines;
}

/** korgoo due FILE.xlsx: what needs a coordinator's action on a day (DESIGN §10). */
export async function dueCommand(args: ParsedArgs, output: Output): Promise<number> {
  const path = args.positionals[0];
  if (!path) throw new ArgsError('FILE.xlsx');
  const format = choiceOption(args, 'format', ['text', 'json'] as const);
  const today = dayOf(stringOption(args, 'date'), args.lang);
  const analysis = await loadWorkbook(path, args.lang, output, today);
  const items = worklistOf(analysis, today, filterOf(analysis, args));
  const lines =
    format === 'json'
      ? [JSON.stringify(worklistJson(today, items), null, 2)]
      : worklistLines(analysis, items, today, args.lang);
  for (const line of lines) output.out(line);
  return 0;
}
