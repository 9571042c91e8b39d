import type { Lang } from '../../../core/i18n/lang';
import type { Period } from '../../../core/periods';
import { choiceKeyOf } from '../../../core/read/choices-index';
import {
  combineSources,
  type Rollup,
  RollupError,
  type RollupReport,
  rollupReport,
} from '../../../core/rollup/rollup';
import type { WallTime } from '../../../core/time/wall-time';
import { text } from '../texts';
import { UsageError } from '../usage-error';
import type { LoadedSource } from './load-sources';
import { periodAsked, type ReportRequest } from './report';

/** The sources as one roll-up; a committee in two files is a usage error naming both. */
export function rollupOf(loaded: readonly LoadedSource[], lang: Lang): Rollup {
  try {
    return combineSources(loaded.map((l) => l.source));
  } catch (error) {
    if (error instanceof RollupError) throw new UsageError(error.text(lang));
    throw error;
  }
}

export interface RollupReportJson extends RollupReport {
  readonly sources: readonly { file: string; kind: string; committees: readonly string[] }[];
}

/** The report over several files: the same JSON as one workbook's, with approval and sources. */
export function buildRollupReport(
  loaded: readonly LoadedSource[],
  request: ReportRequest,
  lang: Lang,
  today: WallTime,
): { period: Period; json: RollupReportJson } {
  const rollup = rollupOf(loaded, lang);
  const period = periodAsked(request.period, rollup.earliest, today, lang);
  const committeeId = request.committee?.trim().toUpperCase();
  if (committeeId && !rollup.committees.some((c) => c.id === committeeId)) {
    throw new UsageError(text('unknownCommittee', lang, { value: request.committee ?? '' }));
  }
  const region = request.region === undefined ? undefined : choiceKeyOf('region', request.region);
  if (request.region !== undefined && region === undefined) {
    throw new UsageError(text('unknownRegion', lang, { value: request.region }));
  }
  try {
    const report = rollupReport(rollup, period, {
      ...(committeeId ? { committeeId } : {}),
      ...(region ? { region } : {}),
    });
    const sources = loaded.map((l) => ({
      file: l.path,
      kind: l.source.kind,
      committees: l.source.committees.map((c) => c.id),
    }));
    return { period, json: { ...report, sources } };
  } catch (error) {
    if (error instanceof RollupError) throw new UsageError(error.text(lang));
    throw error;
  }
}
