import type { Analysis } from '../analyse';
import { buildDigestContent } from '../digest/content';
import type { DigestRequest } from '../digest/context';
import type { DigestContent } from '../digest/model';
import { monthPeriod } from '../periods/make';
import { parseMonthKey } from '../periods/months';
import { buildRollupDigest } from './digest';
import { regionalOf } from './regional';
import { reportingRate } from './reporting-rate';

/**
 * The digest of a workbook as the add-on sends and previews it: from its rows, or, where its
 * Returns sheet holds rows, from its rows and its sources' returns together (DESIGN §11), with
 * the sources' reporting rate. A source whose return stops before the month is left out and
 * named, so one late district never stops a region's digest.
 */
export function workbookDigestContent(analysis: Analysis, request: DigestRequest): DigestContent {
  const regional = regionalOf(analysis, request.recipient.language);
  if (regional === null) return buildDigestContent(analysis, request);
  const index = parseMonthKey(request.month);
  const reporting =
    index === null
      ? undefined
      : reportingRate(
          regional,
          monthPeriod(Math.floor(index / 12), (index % 12) + 1),
          Number.POSITIVE_INFINITY,
        );
  return buildRollupDigest(regional.rollup, request, {
    leaveOut: true,
    ...(reporting ? { reporting } : {}),
  });
}
