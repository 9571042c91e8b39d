import { parsePeriod } from '../../../src/core/periods';
import type { Period } from '../../../src/core/periods/period';
import { regionalOf } from '../../../src/core/rollup/regional';
import { combineSources, rollupReport } from '../../../src/core/rollup/rollup';
import { buildRollupReturn } from '../../../src/core/rollup/rollup-return';
import { returnSource, workbookSource } from '../../../src/core/rollup/sources';
import { workbookApprovalOf } from '../../../src/core/rollup/workbook-approval';
import { DAY_MS } from '../../../src/core/time/wall-time';
import { analyseRows, REGIONAL_TODAY, regionalFixture } from '../../helpers/regional';

const fixture = regionalFixture('en');
const regional = regionalOf(analyseRows(fixture.rows), 'en');
if (!regional) throw new Error('the fixture has Returns rows');
const cli = combineSources(
  fixture.parts.map((p, i) => workbookSource(`${i}`, p.dataset, workbookApprovalOf(p))),
);

test('one return of the region gives the three workbooks’ figures and approvals', () => {
  // The day Naryn's return (a day old) still covers: every period of every source is there.
  const ret = buildRollupReturn(regional.rollup, REGIONAL_TODAY - DAY_MS);
  const national = combineSources([returnSource('region', ret)]);
  for (const spec of ['2026-10', '2026-Q3', '2026', '2025']) {
    const period = parsePeriod(spec, { today: REGIONAL_TODAY, earliest: cli.earliest }) as Period;
    const got = rollupReport(national, period);
    const expected = rollupReport(cli, period);
    expect({ spec, ...got.indicators }).toEqual({ spec, ...expected.indicators });
    expect(got.byCommittee).toEqual(expected.byCommittee);
  }
  const october = rollupReport(
    national,
    parsePeriod('2026-10', { today: REGIONAL_TODAY, earliest: cli.earliest }) as Period,
  );
  const approved = Object.values(october.approval ?? {}).filter((s) => s === 'approved');
  expect(approved).toHaveLength(fixture.parts[0]?.dataset.committees.length ?? -1);
});

test('a source whose figures stop before a period gives no lines for it, not zeros', () => {
  // Ten days on, December has begun; no source's return reaches it yet.
  const ret = buildRollupReturn(regional.rollup, REGIONAL_TODAY + 10 * DAY_MS);
  expect(ret.periods.map((p) => p.spec)).toContain('2026-12');
  for (const c of ret.committees) {
    expect(ret.figures.get(c.id)?.has('2026-12')).toBe(false);
    expect(ret.figures.get(c.id)?.has('2026-11')).toBe(true);
  }
});
