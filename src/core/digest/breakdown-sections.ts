import type { Labels } from '../i18n/lang';
import { text } from '../i18n/texts';
import { type BreakdownId, breakdownLabel } from '../indicators';
import type { EventType } from '../schema/choices';
import {
  CHOICES,
  type ChoiceListId,
  SECTOR_GROUP_LABELS,
  type SectorGroup,
} from '../schema/choices';
import type { DigestContext } from './context';
import { barsOf } from './figures';
import type { Figure, Row, Section } from './model';
import { protectedCounts } from './protect';
import type { DigestTextId } from './texts';

function choiceLabel(list: ChoiceListId, key: string, ctx: DigestContext): string {
  const choices = CHOICES[list] as readonly { key: string; labels: Labels }[];
  return choices.find((c) => c.key === key)?.labels[ctx.lang] ?? key;
}

interface Line {
  readonly label: string;
  readonly cells: readonly Figure[];
  /** Every raw figure of the line is zero: the line is left out where `skipZero`. */
  readonly zero: boolean;
}

/** A section of one table whose bars follow the first figure column. */
function tableSection(
  ctx: DigestContext,
  id: BreakdownId,
  columns: readonly DigestTextId[],
  lines: readonly Line[],
  skipZero: boolean,
): Section {
  const shown = skipZero ? lines.filter((line) => !line.zero) : lines;
  const bars = barsOf(shown.map((line) => line.cells[0] as Figure));
  const rows: Row[] = shown.map((line, i) => ({
    kind: 'item',
    label: line.label,
    cells: line.cells,
    bar: bars[i] ?? null,
  }));
  return {
    id,
    title: breakdownLabel(id, ctx.lang),
    lines: [],
    table:
      rows.length === 0
        ? null
        : { columns: columns.map((c) => text(c, ctx.lang)), rows, bars: true },
    empty: text('nothing', ctx.lang),
  };
}

/**
 * Lines of one column of counts whose total shows elsewhere (the committee table's total, a
 * headline figure): protected so that no single hidden count can be worked out from it.
 */
function countLines(ctx: DigestContext, entries: readonly (readonly [string, number])[]): Line[] {
  const cells = protectedCounts(
    ctx.fig,
    entries.map(([, n]) => n),
  );
  return entries.map(([label, n], i) => ({ label, cells: [cells[i] as Figure], zero: n === 0 }));
}

export function eventsSection(ctx: DigestContext): Section {
  const lines = (
    Object.entries(ctx.bd.events_by_type) as [EventType, { events: number; participants: number }][]
  ).map(([type, v]) => ({
    label: choiceLabel('eventType', type, ctx),
    cells: [ctx.events[type].events, ctx.events[type].participants],
    zero: v.events === 0 && v.participants === 0,
  }));
  return tableSection(ctx, 'events_by_type', ['type', 'events', 'participants'], lines, false);
}

export function membersSection(ctx: DigestContext): Section {
  const lines = countLines(
    ctx,
    (Object.entries(ctx.bd.members_by_sector_group) as [SectorGroup, number][]).map(
      ([group, n]) => [SECTOR_GROUP_LABELS[group][ctx.lang], n] as const,
    ),
  );
  return tableSection(ctx, 'members_by_sector_group', ['group', 'members'], lines, false);
}

export function referralDestinationSection(ctx: DigestContext): Section {
  const lines = countLines(
    ctx,
    Object.entries(ctx.bd.referrals_by_destination).map(
      ([to, n]) => [choiceLabel('referredTo', to, ctx), n] as const,
    ),
  );
  return tableSection(ctx, 'referrals_by_destination', ['destination', 'referrals'], lines, true);
}

export function referralOutcomeSection(ctx: DigestContext): Section {
  const lines = countLines(
    ctx,
    Object.entries(ctx.bd.referrals_by_outcome).map(
      ([outcome, n]) =>
        [
          outcome === 'not_recorded'
            ? text('notRecorded', ctx.lang)
            : choiceLabel('outcome', outcome, ctx),
          n,
        ] as const,
    ),
  );
  return tableSection(ctx, 'referrals_by_outcome', ['outcome', 'referrals'], lines, true);
}

export function assistanceSection(ctx: DigestContext): Section {
  const lines = Object.entries(ctx.bd.assistance_by_type).map(([type, v]) => ({
    label: choiceLabel('assistanceType', type, ctx),
    cells: [ctx.fig.count(v.count), v.kgs > 0 ? ctx.fig.amount(v.kgs, v.count) : ctx.fig.text('')],
    zero: v.count === 0,
  }));
  return tableSection(ctx, 'assistance_by_type', ['type', 'count', 'amountKgs'], lines, true);
}

/** Done against planned by event type; the bar is the share of the plan done (at most 100%). */
export function planSection(ctx: DigestContext): Section {
  const entries = Object.entries(ctx.bd.plan_fulfilment).filter(
    ([, v]) => v.planned > 0 || v.done > 0,
  );
  const rows: Row[] = entries.map(([type, v]) => {
    // Done is the month's events of the type: shown as the events table shows it.
    const done = ctx.events[type as EventType].events;
    const share = v.planned > 0 && done.value !== null ? done.value / v.planned : null;
    return {
      kind: 'item',
      label: choiceLabel('eventType', type, ctx),
      cells: [done, ctx.fig.plain(v.planned), ctx.fig.percent(share)],
      bar: share === null || share <= 0 ? null : Math.min(1, share),
    };
  });
  return {
    id: 'plan_fulfilment',
    title: breakdownLabel('plan_fulfilment', ctx.lang),
    lines: [],
    table:
      rows.length === 0
        ? null
        : {
            columns: [
              text('type', ctx.lang),
              text('done', ctx.lang),
              text('planned', ctx.lang),
              '%',
            ],
            rows,
            bars: true,
          },
    empty: text('nothing', ctx.lang),
  };
}
