import type { Analysis } from '../../../core/analyse';
import { type MonthClose, monthClose } from '../../../core/approval/report';
import type { Lang } from '../../../core/i18n/lang';
import { indicatorLabel, type ReportJson, report } from '../../../core/indicators';
import {
  earliestDate,
  FIRST_PROGRAMME_YEAR,
  isPeriodError,
  LAST_PROGRAMME_YEAR,
  monthIndexOf,
  monthKey,
  type Period,
  parsePeriod,
  periodLabel,
} from '../../../core/periods';
import { choiceKeyOf } from '../../../core/read/choices-index';
import type { WallTime } from '../../../core/time/wall-time';
import { todayIn } from '../../load';
import type { ParsedArgs } from '../args';
import { ArgsError, choiceOption, stringOption } from '../args';
import type { Output } from '../output';
import { csvField, formatNumber, formatTable } from '../table';
import { text } from '../texts';
import { UsageError } from '../usage-error';
import { loadSources } from './load-sources';
import { monthCloseTable } from './month-close-table';
import { buildRollupReport } from './rollup-report';

/** Committees beyond which the table shows totals only (the JSON and CSV keep every one). */
const TABLE_COMMITTEE_COLUMNS = 10;

export { UsageError } from '../usage-error';

/** The one line every command gives for a month or period outside the programme's years. */
export function outsideProgrammeYears(value: string, lang: Lang): UsageError {
  return new UsageError(
    text('outsideProgrammeYears', lang, {
      value,
      first: FIRST_PROGRAMME_YEAR,
      last: LAST_PROGRAMME_YEAR,
    }),
  );
}

/** The period a report is for: the one asked, or last month. */
export function reportPeriod(
  spec: string | undefined,
  analysis: Analysis,
  today: WallTime,
  lang: Lang,
): Period {
  return periodAsked(spec, earliestDate(analysis.dataset), today, lang);
}

/** The period asked (or last month), "since start" from `earliest`; a usage error if none. */
export function periodAsked(
  spec: string | undefined,
  earliest: WallTime | null,
  today: WallTime,
  lang: Lang,
): Period {
  const asked = spec ?? monthKey(monthIndexOf(today) - 1);
  const period = parsePeriod(asked, { today, earliest });
  if (isPeriodError(period)) {
    if (period.error === 'outside_programme_years') throw outsideProgrammeYears(asked, lang);
    throw new UsageError(text('badPeriod', lang, { value: asked }));
  }
  return period;
}

export interface ReportRequest {
  readonly period?: string;
  readonly committee?: string;
  readonly region?: string;
}

/** Checks the filters against the workbook and computes the report. */
export function buildReport(
  analysis: Analysis,
  request: ReportRequest,
  lang: Lang,
  today: WallTime,
) {
  const period = reportPeriod(request.period, analysis, today, lang);
  const committeeId = request.committee?.trim().toUpperCase();
  if (committeeId && !analysis.dataset.committees.some((c) => c.committeeId === committeeId)) {
    throw new UsageError(text('unknownCommittee', lang, { value: request.committee ?? '' }));
  }
  const region = request.region === undefined ? undefined : choiceKeyOf('region', request.region);
  if (request.region !== undefined && region === undefined) {
    throw new UsageError(text('unknownRegion', lang, { value: request.region }));
  }
  const json = report(analysis.dataset, period, {
    ...(committeeId ? { committeeId } : {}),
    ...(region ? { region } : {}),
  });
  return { period, json, close: monthClose(analysis, period, json.byCommittee) };
}

export function reportTable(
  json: ReportJson,
  period: Period,
  lang: Lang,
  close: MonthClose | null = null,
): string[] {
  const committees = Object.keys(json.byCommittee);
  const shown = committees.length <= TABLE_COMMITTEE_COLUMNS ? committees : [];
  const ids = Object.keys(json.indicators);
  const rows = ids.map((id) => [
    indicatorLabel(id, lang),
    formatNumber(json.indicators[id] ?? 0),
    ...shown.map((c) => formatNumber(json.byCommittee[c]?.[id] ?? 0)),
  ]);
  return [
    `${text('period', lang)}: ${periodLabel(period, lang)} (${json.period.from} – ${json.period.to})`,
    '',
    formatTable([text('indicator', lang), text('total', lang), ...shown], rows),
    '',
    text('excluded', lang, { count: json.excludedRows }),
    ...(close ? monthCloseTable(close, lang) : []),
  ];
}

export function reportCsv(json: ReportJson, lang: Lang): string[] {
  const committees = Object.keys(json.byCommittee);
  const lines = [['indicator', 'label', 'total', ...committees].map(csvField).join(',')];
  for (const id of Object.keys(json.indicators)) {
    const values = [
      json.indicators[id] ?? 0,
      ...committees.map((c) => json.byCommittee[c]?.[id] ?? 0),
    ];
    lines.push([id, indicatorLabel(id, lang), ...values].map(csvField).join(','));
  }
  return lines;
}

/**
 * korgoo report FILE.xlsx…: the indicators for a period, as a table, JSON or CSV. Several
 * files, workbooks and returns mixed, give the figures of all of them together (DESIGN §11).
 */
export async function reportCommand(args: ParsedArgs, output: Output): Promise<number> {
  const paths = args.positionals;
  if (paths.length === 0) throw new ArgsError('FILE.xlsx');
  const format = choiceOption(args, 'format', ['table', 'json', 'csv'] as const);
  const request: ReportRequest = {
    period: stringOption(args, 'period'),
    committee: stringOption(args, 'committee'),
    region: stringOption(args, 'region'),
  };
  const loaded = await loadSources(paths, args.lang, output);
  const analysis = loaded.length === 1 ? loaded[0]?.analysis : null;
  if (!analysis) {
    const { period, json } = buildRollupReport(loaded, request, args.lang, todayIn());
    const lines =
      format === 'json'
        ? [JSON.stringify(json, null, 2)]
        : format === 'csv'
          ? reportCsv(json, args.lang)
          : reportTable(json, period, args.lang);
    for (const line of lines) output.out(line);
    return 0;
  }
  const { period, json, close } = buildReport(analysis, request, args.lang, todayIn());
  const lines =
    format === 'json'
      ? [JSON.stringify({ ...json, ...(close ?? {}), rows: analysis.rows }, null, 2)]
      : format === 'csv'
        ? reportCsv(json, args.lang)
        : reportTable(json, period, args.lang, close);
  for (const line of lines) output.out(line);
  return 0;
}
