import { safeUrl } from '../digest/content';
import { type DigestRequest, DigestRequestError } from '../digest/context';
import { FigureMaker } from '../digest/figures';
import type { DigestContent, Figure, Row, Section } from '../digest/model';
import { protectColumn } from '../digest/protect';
import { monthName } from '../i18n/months';
import { text } from '../i18n/texts';
import {
  type IndicatorId,
  type IndicatorValues,
  indicatorLabel,
  SEED_INDICATORS,
} from '../indicators/seed';
import { periodLabel } from '../periods/label';
import { monthPeriod } from '../periods/make';
import { parseMonthKey } from '../periods/months';
import { choiceKeyOf } from '../read/choices-index';
import { CHOICES } from '../schema/choices';
import { dottedDate, isoDate } from '../time/wall-time';
import type { ReportingRate } from './reporting-rate';
import { type Rollup, type RollupReport, rollupReport } from './rollup';

/** Figures no small-number threshold hides (DESIGN §4: committees, members). */
const PLAIN = new Set<IndicatorId>(['committees_active', 'members_active']);

function figure(fig: FigureMaker, id: IndicatorId, values: IndicatorValues): Figure {
  if (PLAIN.has(id)) return fig.plain(values[id]);
  if (id === 'cash_aid_kgs') return fig.amount(values[id], values.women_cash_aid);
  return fig.count(values[id]);
}

function regionLabel(key: string | null, lang: DigestContent['lang']): string {
  return CHOICES.region.find((r) => r.key === key)?.labels[lang] ?? text('regionUnknown', lang);
}

/** The seed's indicators: the month and the change against the month before. */
function headline(fig: FigureMaker, current: RollupReport, prior: RollupReport): Section {
  const lang = fig.lang;
  const rows: Row[] = SEED_INDICATORS.map(({ id }) => {
    const month = figure(fig, id, current.indicators);
    return {
      kind: 'item',
      label: indicatorLabel(id, lang),
      cells: [month, fig.change(month, figure(fig, id, prior.indicators))],
    };
  });
  return {
    id: 'headline',
    title: text('headline', lang),
    lines: [],
    table: {
      columns: [text('indicator', lang), text('month', lang), text('change', lang)],
      rows,
      bars: false,
    },
  };
}

const TABLE_COLUMNS = ['cases_identified', 'women_referred_crisis_shelter'] as const;

/**
 * Each committee's month by region: families identified, women referred, approval status.
 * Small counts are hidden, and one more wherever a subtotal or the headline's total would give a
 * hidden one away (as the workbook's own digest does).
 */
function committees(fig: FigureMaker, rollup: Rollup, current: RollupReport): Section {
  const lang = fig.lang;
  const groups = new Map<string | null, { id: string; name: string; values: IndicatorValues }[]>();
  let approved = 0;
  for (const c of rollup.committees) {
    const values = current.byCommittee[c.id];
    if (!values) continue;
    if (current.approval?.[c.id] === 'approved') approved++;
    groups.set(c.region, [...(groups.get(c.region) ?? []), { id: c.id, name: c.name, values }]);
  }
  const regions = [...groups.entries()];
  // hidden[g][i][col], subtotalHidden[g][col]
  const hidden = regions.map(([, items]) =>
    items.map((item) => TABLE_COLUMNS.map((id) => fig.hides(item.values[id]))),
  );
  const subtotalHidden = regions.map(() => TABLE_COLUMNS.map(() => false));
  const sumOf = (g: number, col: number) =>
    (regions[g]?.[1] ?? []).reduce(
      (n, item) => n + item.values[TABLE_COLUMNS[col] as IndicatorId],
      0,
    );
  TABLE_COLUMNS.forEach((id, col) => {
    regions.forEach(([, items], g) => {
      const column = protectColumn(
        items.map((item) => item.values[id]),
        (hidden[g] ?? []).map((row) => row[col] as boolean),
      );
      column.hidden.forEach((h, i) => {
        const row = hidden[g]?.[i];
        if (row) row[col] = h;
      });
      const sub = subtotalHidden[g];
      if (sub) sub[col] = column.hideTotal || fig.hides(sumOf(g, col));
    });
    const across = protectColumn(
      regions.map((_, g) => sumOf(g, col)),
      subtotalHidden.map((row) => row[col] as boolean),
    );
    across.hidden.forEach((h, g) => {
      const sub = subtotalHidden[g];
      if (sub) sub[col] = h;
    });
  });
  const cell = (value: number, isHidden: boolean) =>
    isHidden ? fig.concealed(value) : fig.count(value);
  const rows: Row[] = [];
  regions.forEach(([region, items], g) => {
    rows.push({ kind: 'group', label: regionLabel(region, lang), cells: [] });
    items.forEach((item, i) => {
      const status = current.approval?.[item.id] ?? 'open';
      rows.push({
        kind: 'item',
        label: item.id,
        sub: item.name,
        cells: [
          ...TABLE_COLUMNS.map((id, col) => cell(item.values[id], hidden[g]?.[i]?.[col] === true)),
          fig.text(text(`approval_${status}`, lang)),
        ],
      });
    });
    rows.push({
      kind: 'subtotal',
      label: text('subtotal', lang, { region: regionLabel(region, lang) }),
      cells: [
        ...TABLE_COLUMNS.map((_, col) => cell(sumOf(g, col), subtotalHidden[g]?.[col] === true)),
        fig.text(''),
      ],
    });
  });
  const total = Object.keys(current.byCommittee).length;
  return {
    id: 'committees',
    title: text('byCommittee', lang),
    lines: [text('approvedShare', lang, { approved, total })],
    table: {
      columns: [
        text('committee', lang),
        text('casesIdentified', lang),
        indicatorLabel('women_referred_crisis_shelter', lang),
        text('approval', lang),
      ],
      rows,
      bars: false,
    },
  };
}

/** Where the figures came from: each source, its committees and the day its figures run to. */
function sources(fig: FigureMaker, rollup: Rollup, current: RollupReport): Section {
  const lang = fig.lang;
  const rows: Row[] = rollup.sources.map((s) => ({
    kind: 'item',
    label: s.name,
    cells: [
      fig.plain(s.committees.filter((c) => current.byCommittee[c.id]).length),
      fig.text(s.asOf === null ? text('computedNow', lang) : isoDate(s.asOf)),
    ],
  }));
  return {
    id: 'sources',
    title: text('sources', lang),
    lines: [text('sourcesNote', lang, { count: rollup.sources.length })],
    table: {
      columns: [text('source', lang), text('committees', lang), text('asOf', lang)],
      rows,
      bars: false,
    },
  };
}

/**
 * The sources' reporting rate for the month: one row per active source (name, standing, the day
 * it was read), why a failing one failed under its name; three narrow columns, so it reads at
 * 360 px.
 */
function reporting(
  fig: FigureMaker,
  rate: ReportingRate,
  current: RollupReport,
  monthLabel: string,
): Section {
  const lang = fig.lang;
  const rows: Row[] = rate.sources.map((s) => ({
    kind: 'item',
    label: s.label,
    ...(s.standing === 'failing' && s.reason !== '' ? { sub: s.reason } : {}),
    ...(s.standing === 'late' && s.asOf !== null
      ? { sub: text('figuresAsOf', lang, { date: dottedDate(s.asOf) }) }
      : {}),
    cells: [
      fig.text(text(`standing_${s.standing}`, lang)),
      fig.text(s.readAt === null ? '—' : dottedDate(s.readAt)),
    ],
  }));
  const leftOut = current.leftOut ?? [];
  return {
    id: 'reporting',
    title: text('reportingTitle', lang),
    lines: [
      text('reportingSummary', lang, {
        month: monthLabel,
        reported: rate.reported,
        active: rate.active,
        approved: rate.approved,
        months: rate.committeeMonths,
      }),
      ...(leftOut.length > 0
        ? [text('leftOutOfPeriod', lang, { sources: leftOut.join(', ') })]
        : []),
    ],
    table: {
      columns: [text('source', lang), text('standing', lang), text('readAt', lang)],
      rows,
      bars: false,
    },
  };
}

/** What the add-on adds to a regional workbook's digest: its sources' reporting rate. */
export interface RollupDigestOptions {
  readonly reporting?: ReportingRate;
  /** Leave out (and name) a source whose return stops before the month, instead of throwing. */
  readonly leaveOut?: boolean;
}

/**
 * The month's digest of a roll-up (returns among its sources): the seed's figures, each
 * committee's approval status, the sources. Aggregates only, as every digest; a return holds no
 * breakdowns, so the sections that need rows (events by type, referrals by destination) are
 * the sources' own digests'. Throws RollupError for a month a return cannot give.
 */
export function buildRollupDigest(
  rollup: Rollup,
  request: DigestRequest,
  options: RollupDigestOptions = {},
): DigestContent {
  const month = parseMonthKey(request.month);
  if (month === null) throw new DigestRequestError(`not a month (YYYY-MM): ${request.month}`);
  const { recipient } = request;
  const lang = recipient.language;
  const region = recipient.region ? (choiceKeyOf('region', recipient.region) ?? null) : null;
  if (recipient.region && region === null) {
    throw new DigestRequestError(`unknown region: ${recipient.region}`);
  }
  const filter = region ? { region } : undefined;
  const period = monthPeriod(Math.floor(month / 12), (month % 12) + 1);
  const previous = monthPeriod(Math.floor((month - 1) / 12), ((month - 1) % 12) + 1);
  const leaveOut = options.leaveOut === true;
  const current = rollupReport(rollup, period, filter, leaveOut);
  const prior = rollupReport(rollup, previous, filter, leaveOut);
  const fig = new FigureMaker(lang, recipient.threshold);
  const [year, m] = period.spec.split('-').map(Number) as [number, number];
  const subjectMonth =
    lang === 'ru' ? `${monthName(m - 1, 'ru')} ${year}` : periodLabel(period, lang);
  const subject = text('subject', lang, { month: subjectMonth });
  const scope = region ? regionLabel(region, lang) : null;
  const threshold = fig.active;
  return {
    lang,
    month: period.spec,
    subject: scope ? `${subject} — ${scope}` : subject,
    title: text('title', lang),
    monthLabel: periodLabel(period, lang),
    scopeLabel: scope ?? text('allRegions', lang),
    sections: [
      headline(fig, current, prior),
      ...(options.reporting
        ? [reporting(fig, options.reporting, current, periodLabel(period, lang))]
        : []),
      committees(fig, rollup, current),
      sources(fig, rollup, current),
    ],
    link: { url: safeUrl(request.spreadsheetUrl), text: text('openSpreadsheet', lang) },
    notes: [
      ...(threshold === null ? [] : [text('thresholdNote', lang, { n: threshold })]),
      text('aggregatesNote', lang),
      text('sentBy', lang),
    ],
  };
}
