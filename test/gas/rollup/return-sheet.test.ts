/**
 * The Return sheet through the bundle (DESIGN §11): "Update return" writes it from the
 * workbook's rows, the one clock keeps it up to date once a day; it reads back as a return whose
 * figures are the workbook's own.
 */
import { analyse } from '../../../src/core/analyse';
import { report } from '../../../src/core/indicators';
import { parsePeriod } from '../../../src/core/periods';
import type { Period } from '../../../src/core/periods/period';
import { readReturnSheet } from '../../../src/core/rollup/read-return';
import { combineSources, rollupReport } from '../../../src/core/rollup/rollup';
import { returnSource } from '../../../src/core/rollup/sources';
import { SHEETS } from '../../../src/core/schema/sheets';
import { wallTimeOfInstant } from '../../../src/core/time/wall-time';
import { type DigestAddOn, digestWorkbook } from '../digest-workbook';
import { ensureBuilt } from '../load-bundle';
import { sourceOfBook } from '../workbook-data';
import { expectWholeProgramme, programme } from './programme';

beforeAll(() => ensureBuilt());

const ZONE = 'Asia/Bishkek';
const OPTIONS = { timeZone: ZONE, dates: 'instant' } as const;

function returnRowsOf(addOn: DigestAddOn): number {
  return Math.max(0, addOn.s.spreadsheet.sheet(SHEETS.return.labels.en).grid.lastRow() - 1);
}

function logCount(addOn: DigestAddOn, what: string): number {
  const log = addOn.s.spreadsheet.sheet(SHEETS.log.labels.en);
  const rows = log.grid.lastRow();
  if (rows < 2) return 0;
  return log
    .rangeAt(2, 1, rows - 1, 4)
    .readValuesUncounted()
    .filter((row) => row[1] === what).length;
}

describe('Update return', () => {
  let addOn: DigestAddOn;
  beforeAll(() => {
    addOn = digestWorkbook();
    addOn.run('updateReturn');
  });

  test('the Return sheet reads back as a return with the workbook’s own figures', () => {
    const source = sourceOfBook(addOn.s.spreadsheet);
    const read = readReturnSheet(source, SHEETS.return.labels.en, OPTIONS, 'en');
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.ret.committees.map((c) => c.id)).toEqual(['KANT', 'NARYN']);
    const today = wallTimeOfInstant(new Date(addOn.clock.now), ZONE);
    const workbook = analyse(source, OPTIONS, today);
    const rollup = combineSources([returnSource('Return', read.ret)]);
    for (const spec of ['2026-10', '2026-Q4', '2026', 'all']) {
      const period = parsePeriod(spec, { today, earliest: rollup.earliest }) as Period;
      const expected = report(workbook.dataset, period);
      const got = rollupReport(rollup, period);
      expect({ spec, ...got.indicators }).toEqual({ spec, ...expected.indicators });
      expect(got.byCommittee).toEqual(expected.byCommittee);
    }
    const october = parsePeriod('2026-10', { today, earliest: null }) as Period;
    const figures = rollupReport(rollup, october).indicators;
    expect(figures.committees_active).toBe(2);
    expect(
      figures.preventive_meetings + figures.trainings + figures.cases_identified,
    ).toBeGreaterThan(0);
    expect(rollupReport(rollup, october).approval).toEqual({ KANT: 'open', NARYN: 'open' });
  });

  test('it says what it wrote, and the Log has a row', () => {
    expect(logCount(addOn, 'Return update')).toBe(1);
    expect(JSON.stringify(addOn.s.ui.dialogs)).toContain(
      'The Return sheet is up to date: 2 committees',
    );
  });
});

describe('the one clock keeps the Return sheet up to date, once a day', () => {
  test('the first run of a day writes it, later runs that day leave it, the next day rewrites', () => {
    const addOn = digestWorkbook();
    expect(returnRowsOf(addOn)).toBe(0);
    addOn.nextHour();
    expect(returnRowsOf(addOn)).toBeGreaterThan(0);
    expect(logCount(addOn, 'Return update')).toBe(1);
    addOn.nextHour();
    addOn.nextHour();
    expect(logCount(addOn, 'Return update')).toBe(1);
    addOn.clock.now += 24 * 3_600_000;
    addOn.runClock();
    expect(logCount(addOn, 'Return update')).toBe(2);
  });
});

test('a regional workbook’s Return is its roll-up’s: a national workbook adds regions up alike', () => {
  const p = programme();
  p.addOn.run('updateRollup');
  p.addOn.run('updateReturn');
  expectWholeProgramme(p.regional, 'return');
}, 120_000);
