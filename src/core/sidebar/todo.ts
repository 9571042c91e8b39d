import type { Analysis } from '../analyse';
import type { Lang } from '../i18n/lang';
import { dottedDate, type WallTime } from '../time/wall-time';
import {
  DEFAULT_WORKLIST_DAYS,
  dueText,
  itemSentence,
  type WorklistDays,
  worklistByCommittee,
  worklistOf,
} from '../worklist';
import type { TodoGroup, TodoResult } from './api';

/**
 * The To do tab: the worklist by committee, each item in plain words with the row a click
 * selects. The coordinator's own view: case codes are shown here and nowhere else.
 */
export function sidebarTodo(
  analysis: Analysis,
  lang: Lang,
  today: WallTime,
  days: WorklistDays = DEFAULT_WORKLIST_DAYS,
): TodoResult {
  const items = worklistOf(analysis, today, {}, days);
  const sheets = analysis.workbook.sheets;
  const groups: TodoGroup[] = worklistByCommittee(items, analysis.workbook).map((group) => ({
    committee: group.committee,
    label: [group.committee, group.name].filter(Boolean).join(' · '),
    items: group.items.map((item) => ({
      kind: item.kind,
      caseCode: item.caseCode,
      text: itemSentence(item, lang),
      due: dueText(item, lang),
      overdue: item.daysOverdue > 0,
      sheetName: sheets[item.sheet].name ?? '',
      a1: `${item.row}:${item.row}`,
    })),
  }));
  return { date: dottedDate(today), count: items.length, groups };
}
