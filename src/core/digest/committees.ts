import { text } from '../i18n/texts';
import { CHOICES } from '../schema/choices';
import { monthStatusCell, usesMonthClose } from './approval-sections';
import type { DigestContext } from './context';
import type { Figure, Row, Section } from './model';
import { protectColumn } from './protect';

/**
 * Above this many committees the table shows the regions and only the committees that need
 * attention (no entry in the month): a national programme's digest stays under Gmail's 102 KB.
 */
export const COMMITTEE_ROWS_MAX = 25;

/** The figures of one committee's row, in column order. */
const COLUMNS = ['events', 'participants', 'casesIdentified', 'referrals'] as const;

interface CommitteeLine {
  readonly id: string;
  readonly name: string;
  readonly region: string | null;
  readonly values: readonly number[];
  /** true / false, or null when the committee was not expected to report (not active). */
  readonly reported: boolean | null;
}

function lineOf(ctx: DigestContext, id: string, silent: ReadonlySet<string>): CommitteeLine | null {
  const seed = ctx.current.byCommittee[id];
  if (!seed) return null;
  const b = ctx.committeeBreakdowns(id);
  const types = Object.values(b.events_by_type);
  const values = [
    types.reduce((sum, t) => sum + t.events, 0),
    types.reduce((sum, t) => sum + t.participants, 0),
    seed.cases_identified,
    Object.values(b.referrals_by_destination).reduce((sum, n) => sum + n, 0),
  ];
  const active = seed.committees_active > 0;
  // A closed committee with nothing in the month only adds a line of zeros.
  if (!active && values.every((v) => v === 0)) return null;
  const info = ctx.committees.get(id);
  return {
    id,
    name: info?.name ?? '',
    region: info?.region ?? null,
    values,
    reported: active ? !silent.has(id) : null,
  };
}

function sum(lines: readonly CommitteeLine[], column: number): number {
  return lines.reduce((total, line) => total + (line.values[column] as number), 0);
}

/**
 * Hides small counts, then protects each column against recovery by subtraction from the
 * region's subtotal, and each subtotal against recovery from the total.
 */
function protect(
  ctx: DigestContext,
  groups: readonly (readonly CommitteeLine[])[],
): { items: boolean[][][]; subtotals: boolean[][]; total: boolean[] } {
  const { fig } = ctx;
  const items = groups.map((lines) => lines.map((line) => line.values.map((v) => fig.hides(v))));
  const subtotals = groups.map((lines) => COLUMNS.map((_, c) => fig.hides(sum(lines, c))));
  const total: boolean[] = COLUMNS.map((_, c) =>
    fig.hides(groups.reduce((t, g) => t + sum(g, c), 0)),
  );
  COLUMNS.forEach((_, c) => {
    groups.forEach((lines, g) => {
      const column = protectColumn(
        lines.map((line) => line.values[c] as number),
        (items[g] as boolean[][]).map((row) => row[c] as boolean),
      );
      column.hidden.forEach((hidden, i) => {
        ((items[g] as boolean[][])[i] as boolean[])[c] = hidden;
      });
      if (column.hideTotal) (subtotals[g] as boolean[])[c] = true;
    });
    const across = protectColumn(
      groups.map((lines) => sum(lines, c)),
      subtotals.map((row) => row[c] as boolean),
    );
    across.hidden.forEach((hidden, g) => {
      (subtotals[g] as boolean[])[c] = hidden;
    });
    if (across.hideTotal) total[c] = true;
  });
  return { items, subtotals, total };
}

function cell(ctx: DigestContext, value: number, hidden: boolean): Figure {
  return hidden ? ctx.fig.concealed(value) : ctx.fig.plain(value);
}

/** The month by committee, grouped by region with subtotals, and the total. */
export function committeesSection(ctx: DigestContext): Section {
  const { lang } = ctx;
  const silent = new Set(ctx.bd.non_reporting_committees[ctx.period.spec] ?? []);
  const lines = Object.keys(ctx.current.byCommittee)
    .map((id) => lineOf(ctx, id, silent))
    .filter((line): line is CommitteeLine => line !== null);
  const regionOrder: (string | null)[] = [...CHOICES.region.map((r) => r.key), null];
  const groups = regionOrder
    .map((region) => lines.filter((line) => line.region === region))
    .filter((group) => group.length > 0);
  const hidden = protect(ctx, groups);
  // Leaving a committee out hides no less than showing it "…": the protection above still holds.
  const short = lines.length > COMMITTEE_ROWS_MAX;
  let listed = 0;
  const shows = (line: CommitteeLine): boolean => {
    if (!short) return true;
    if (line.reported !== false || listed >= COMMITTEE_ROWS_MAX) return false;
    listed += 1;
    return true;
  };
  // The month close's column, where the workbook approves months (DESIGN §9).
  const closing = usesMonthClose(ctx);
  const status = (id: string) => (closing ? [monthStatusCell(ctx, id)] : []);
  const blank = closing ? [ctx.fig.text('')] : [];
  const yesNo = (reported: boolean | null) =>
    ctx.fig.text(reported === null ? '—' : text(reported ? 'yes' : 'no', lang));
  const rows: Row[] = [];
  groups.forEach((group, g) => {
    const regionKey = group[0]?.region ?? null;
    const regionLabel =
      CHOICES.region.find((r) => r.key === regionKey)?.labels[lang] ?? text('regionUnknown', lang);
    rows.push({ kind: 'group', label: regionLabel, cells: [] });
    group.forEach((line, i) => {
      if (!shows(line)) return;
      rows.push({
        kind: 'item',
        label: line.id,
        sub: line.name,
        cells: [
          ...line.values.map((v, c) => cell(ctx, v, hidden.items[g]?.[i]?.[c] ?? false)),
          yesNo(line.reported),
          ...status(line.id),
        ],
      });
    });
    if (groups.length > 1 || short) {
      rows.push({
        kind: 'subtotal',
        label: text('subtotal', lang, { region: regionLabel }),
        cells: [
          ...COLUMNS.map((_, c) => cell(ctx, sum(group, c), hidden.subtotals[g]?.[c] ?? false)),
          ctx.fig.text(''),
          ...blank,
        ],
      });
    }
  });
  rows.push({
    kind: 'total',
    label: text('total', lang),
    cells: [
      ...COLUMNS.map((_, c) =>
        cell(
          ctx,
          groups.reduce((t, group) => t + sum(group, c), 0),
          hidden.total[c] ?? false,
        ),
      ),
      ctx.fig.text(''),
      ...blank,
    ],
  });
  const attention = lines.filter((line) => line.reported === false).length;
  return {
    id: 'committees',
    title: text('byCommittee', lang),
    lines: short
      ? [
          text('committeesShort', lang, {
            count: lines.length,
            shown: listed,
            attention,
          }),
        ]
      : [],
    table: {
      columns: [
        text('committee', lang),
        ...COLUMNS.map((c) => text(c, lang)),
        text('reported', lang),
        ...(closing ? [text('monthStatus', lang)] : []),
      ],
      rows,
      bars: false,
      stacked: true,
    },
  };
}
