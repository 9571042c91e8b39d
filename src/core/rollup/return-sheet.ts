import type { Lang } from '../i18n/lang';
import { INDICATOR_IDS } from '../indicators/seed';
import { CHOICES } from '../schema/choices';
import type { ColumnDef } from '../schema/sheets';
import { SHEETS } from '../schema/sheets';
import { DAY_MS, type WallTime } from '../time/wall-time';
import type { Return } from './return';

/** The Return sheet's columns, in order (Returns adds Source and Read at after them). */
export const RETURN_COLUMNS = SHEETS.return.columns as readonly ColumnDef[];

/** One line of a return, before it becomes cells: dates as wall-clock times. */
export interface ReturnLine {
  readonly committeeId: string;
  readonly committeeName: string;
  readonly region: string | null;
  readonly district: string | null;
  readonly period: string;
  readonly from: WallTime;
  /** The period's last day (inclusive), as a person reads it. */
  readonly to: WallTime;
  readonly indicator: string;
  readonly value: number;
  readonly approval: string | null;
  readonly updatedAt: WallTime;
}

/** The return as lines, committee by committee, period by period, indicator by indicator. */
export function returnLines(ret: Return): ReturnLine[] {
  const lines: ReturnLine[] = [];
  for (const c of ret.committees) {
    const byPeriod = ret.figures.get(c.id);
    const approvals = ret.approval.get(c.id);
    for (const p of ret.periods) {
      const values = byPeriod?.get(p.spec);
      if (!values) continue;
      const approval = p.kind === 'month' ? (approvals?.get(p.spec) ?? 'open') : null;
      for (const indicator of INDICATOR_IDS) {
        lines.push({
          committeeId: c.id,
          committeeName: c.name,
          region: c.region,
          district: c.district,
          period: p.spec,
          from: p.from,
          to: p.to - DAY_MS,
          indicator,
          value: values[indicator],
          approval,
          updatedAt: ret.updatedAt,
        });
      }
    }
  }
  return lines;
}

/** A date cell as the target wants it: a Date for a sheet, ISO text for a CSV file. */
export type DateCell<T> = (wall: WallTime, withTime: boolean) => T;

/** The lines as the Return sheet's rows (no header); the region as its label in `lang`. */
export function returnRows<T>(
  lines: readonly ReturnLine[],
  lang: Lang,
  date: DateCell<T>,
): (string | number | T)[][] {
  return lines.map((l) => [
    l.committeeId,
    l.committeeName,
    l.region === null ? '' : regionLabel(l.region, lang),
    l.district ?? '',
    l.period,
    date(l.from, false),
    date(l.to, false),
    l.indicator,
    l.value,
    l.approval ?? '',
    date(l.updatedAt, true),
  ]);
}

function regionLabel(key: string, lang: Lang): string {
  return CHOICES.region.find((r) => r.key === key)?.labels[lang] ?? key;
}

export function returnHeader(lang: Lang): string[] {
  return RETURN_COLUMNS.map((c) => c.labels[lang]);
}
