/**
 * Micro-benchmark of the indicator engine, run by hand (not a test: timings depend on the box):
 *   npx esbuild bench/indicators.ts --bundle --platform=node \
 *     --outfile=/tmp/korgoo-bench.js && node /tmp/korgoo-bench.js
 * Target (brief): every month of a 5-year programme, 100,000 events, 20,000 cases and 40,000
 * referral + assistance rows, well under 500 ms on 2 cores.
 */
import { computeAllMonths, computeIndicators, report } from '../src/core/indicators';
import { buildIndicatorIndex } from '../src/core/indicators/indicator-index';
import type { Period } from '../src/core/periods';
import { parsePeriod, quarterPeriod, yearPeriod } from '../src/core/periods';
import { CHOICES } from '../src/core/schema/choices';
import {
  assistance,
  caseRow,
  committee,
  dataset,
  event,
  member,
  planRow,
  referral,
} from '../test/helpers/dataset';

let seed = 42;
const rand = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const pad = (n: number) => String(n).padStart(2, '0');
const randomDay = (): string => {
  const month = Math.floor(rand() * 60);
  return `${2022 + Math.floor(month / 12)}-${pad((month % 12) + 1)}-${pad(1 + Math.floor(rand() * 28))}`;
};

const COMMITTEES = 60;
const ids = Array.from({ length: COMMITTEES }, (_, i) => `C${i}`);
const regions = CHOICES.region.map((c) => c.key);
const eventTypes = CHOICES.eventType.map((c) => c.key);
const persons = CHOICES.affectedPerson.map((c) => c.key);
const destinations = CHOICES.referredTo.map((c) => c.key);
const assistanceTypes = CHOICES.assistanceType.map((c) => c.key);

const data = dataset({
  committees: ids.map((id, i) =>
    committee(id, { region: pick(regions), status: i % 10 === 9 ? 'suspended' : 'active' }),
  ),
  members: ids.flatMap((id) => Array.from({ length: 25 }, () => member(id))),
  events: Array.from({ length: 100_000 }, () =>
    event(pick(ids), randomDay(), pick(eventTypes), { casesReviewed: Math.floor(rand() * 3) }),
  ),
  cases: Array.from({ length: 20_000 }, (_, i) =>
    caseRow(`X-2022-${i}`, pick(ids), randomDay(), { affectedPerson: pick(persons) }),
  ),
  referrals: Array.from({ length: 25_000 }, () =>
    referral(`X-2022-${Math.floor(rand() * 20_000)}`, randomDay(), pick(destinations)),
  ),
  assistance: Array.from({ length: 15_000 }, () =>
    assistance(`X-2022-${Math.floor(rand() * 20_000)}`, randomDay(), pick(assistanceTypes), 1000),
  ),
  plan: ids.flatMap((id) =>
    Array.from({ length: 60 }, (_, m) =>
      planRow(id, `${2022 + Math.floor(m / 12)}-${pad((m % 12) + 1)}`, 'training', 1),
    ),
  ),
});

function time<T>(label: string, f: () => T): T {
  const start = performance.now();
  const result = f();
  console.log(`${label}: ${(performance.now() - start).toFixed(1)} ms`);
  return result;
}

time('index build alone', () => buildIndicatorIndex(data));
const months = time('computeAllMonths (index + 60 × report & breakdowns)', () =>
  computeAllMonths(data),
);
console.log(
  `  months: ${months.length}, committees: ${Object.keys(months[0]?.report.byCommittee ?? {}).length}`,
);
time('20 quarters + 5 years, report', () => {
  const periods: Period[] = [];
  for (let y = 2022; y < 2027; y++) {
    periods.push(yearPeriod(y));
    for (let q = 1; q <= 4; q++) periods.push(quarterPeriod(y, q));
  }
  for (const p of periods) report(data, p);
});
const all = parsePeriod('all', {
  today: Date.UTC(2026, 11, 15, 12),
  earliest: Date.UTC(2022, 0, 1),
});
if ('error' in all) throw new Error(all.message);
time('since start (partial last month), by region', () =>
  computeIndicators(data, all, { region: 'Чуйская область' }),
);
