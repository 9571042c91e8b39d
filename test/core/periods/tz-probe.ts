/**
 * Run in a child process with TZ set (time-zone.test.ts): prints what the periods and the
 * indicators make of rows at the edges of October 2026, and what a local-time getter would say.
 */
import { computeIndicators, report } from '../../../src/core/indicators';
import type { Period } from '../../../src/core/periods';
import {
  earliestDate,
  isPeriodError,
  monthsOf,
  parsePeriod,
  periodFromTo,
  periodLabel,
  previousPeriod,
} from '../../../src/core/periods';
import { at, committee, dataset, event } from '../../helpers/dataset';

const ds = dataset({
  committees: [committee('KANT', { establishedOn: at('2026-10-31') })],
  events: [
    event('KANT', '2026-10-31 23:30', 'training', { participants: 7 }),
    event('KANT', '2026-11-01 00:00', 'training', { participants: 5 }),
    event('KANT', '2026-09-30 23:59', 'training', { participants: 3 }),
  ],
});
const context = { today: at('2026-11-30 23:30'), earliest: earliestDate(ds) };
const parse = (spec: string): Period => {
  const p = parsePeriod(spec, context);
  if (isPeriodError(p)) throw new Error(p.message);
  return p;
};
const october = parse('2026-10');
const trainings = (p: Period) => computeIndicators(ds, p).indicators.trainings;

process.stdout.write(
  JSON.stringify({
    localMonthOfOct31_2330: new Date(at('2026-10-31 23:30')).getMonth(),
    localMonthOfNov1_0000: new Date(at('2026-11-01 00:00')).getMonth(),
    october: periodFromTo(october),
    octoberTrainings: trainings(october),
    novemberTrainings: trainings(parse('2026-11')),
    septemberTrainings: trainings(parse('2026-09')),
    q4Trainings: trainings(parse('2026-Q4')),
    all: periodFromTo(parse('all')),
    allTrainings: trainings(parse('all')),
    octoberReport: report(ds, october),
    previous: previousPeriod(october)?.spec,
    months: monthsOf(parse('2026-Q4')),
    label: periodLabel(october, 'ru'),
  }),
);
