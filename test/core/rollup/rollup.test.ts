import { type Sheets, sheetsSource, splitByRegion } from '../../../bench/split-by-region';
import { syntheticProgramme } from '../../../bench/synthetic';
import { analyse } from '../../../src/core/analyse';
import { buildDemoSheets, DEMO_TIME_ZONE, DEMO_TODAY } from '../../../src/core/demo';
import { report } from '../../../src/core/indicators';
import { earliestDate, parsePeriod } from '../../../src/core/periods';
import type { Period } from '../../../src/core/periods/period';
import { parseDateText } from '../../../src/core/read/cells';
import type { CellValue, WorkbookSource } from '../../../src/core/read/workbook';
import { NO_APPROVALS } from '../../../src/core/rollup/approval';
import { returnPeriods } from '../../../src/core/rollup/periods';
import { readReturnSheet } from '../../../src/core/rollup/read-return';
import { buildReturn, type Return } from '../../../src/core/rollup/return';
import { returnHeader, returnLines, returnRows } from '../../../src/core/rollup/return-sheet';
import {
  combineSources,
  type Rollup,
  RollupError,
  rollupReport,
} from '../../../src/core/rollup/rollup';
import { returnSource, workbookSource } from '../../../src/core/rollup/sources';
import { SHEETS } from '../../../src/core/schema/sheets';
import type { WallTime } from '../../../src/core/time/wall-time';

const OPTIONS = { timeZone: DEMO_TIME_ZONE, dates: 'wall' } as const;

/** A return written to the Return sheet's cells and read back, as a roll-up meets it. */
function throughSheet(ret: Return): Return {
  const rows: CellValue[][] = [
    returnHeader('ru'),
    ...returnRows(returnLines(ret), 'ru', (wall) => new Date(wall)),
  ];
  const name = SHEETS.return.labels.ru;
  const source: WorkbookSource = { sheetNames: () => [name], values: () => rows };
  const read = readReturnSheet(source, name, OPTIONS, 'en');
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return read.ret;
}

interface Split {
  readonly whole: ReturnType<typeof analyse>;
  readonly fromWorkbooks: Rollup;
  readonly fromReturns: Rollup;
  readonly periods: readonly Period[];
}

function split(sheets: Sheets, groups: string[][], today: WallTime): Split {
  const whole = analyse(sheetsSource(sheets), OPTIONS, today);
  const parts = splitByRegion(sheets, groups, OPTIONS, today).map((part) =>
    analyse(sheetsSource(part), OPTIONS, today),
  );
  const fromWorkbooks = combineSources(
    parts.map((p, i) => workbookSource(`region-${i}.xlsx`, p.dataset)),
  );
  const fromReturns = combineSources(
    parts.map((p, i) =>
      returnSource(`return-${i}.xlsx`, throughSheet(buildReturn(p.dataset, today, NO_APPROVALS))),
    ),
  );
  return {
    whole,
    fromWorkbooks,
    fromReturns,
    periods: returnPeriods(earliestDate(whole.dataset), today),
  };
}

function expectSameFigures(s: Split): void {
  expect(s.fromWorkbooks.excludedRows).toBe(s.whole.dataset.excludedRows);
  for (const period of s.periods) {
    const expected = report(s.whole.dataset, period);
    for (const rollup of [s.fromWorkbooks, s.fromReturns]) {
      const got = rollupReport(rollup, period);
      expect({ period: period.spec, ...got.period, ...got.indicators }).toEqual({
        period: period.spec,
        ...expected.period,
        ...expected.indicators,
      });
      expect(got.byCommittee).toEqual(expected.byCommittee);
    }
  }
}

describe('a programme split into three workbooks by region rolls up to the whole', () => {
  const demoToday = parseDateText(DEMO_TODAY);
  const demo = split(buildDemoSheets('en'), [['chui'], ['issyk_kul'], ['naryn']], demoToday);

  test('the demo: every month, quarter, year and since start, from workbooks and from returns', () => {
    expect(demo.periods.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['month', 'quarter', 'year', 'all']),
    );
    expect(demo.whole.dataset.committees.length).toBeGreaterThan(3);
    expect(demo.fromReturns.committees.map((c) => c.source.name)).toEqual(
      expect.arrayContaining(['return-0.xlsx', 'return-1.xlsx', 'return-2.xlsx']),
    );
    expectSameFigures(demo);
  });

  test('since start of the roll-up begins on the earliest day of any source', () => {
    const whole = parsePeriod('all', {
      today: demoToday,
      earliest: earliestDate(demo.whole.dataset),
    });
    const rolled = parsePeriod('all', { today: demoToday, earliest: demo.fromReturns.earliest });
    expect(rolled).toEqual(whole);
  });

  test('the bench’s synthetic programme (smaller size), seven regions in three workbooks', () => {
    const sheets = syntheticProgramme({
      committees: 21,
      years: 5,
      events: 12_000,
      cases: 3_000,
      followups: 6_000,
    });
    const today = parseDateText('2026-11-15');
    const s = split(
      sheets,
      [
        ['chui', 'talas', 'batken'],
        ['issyk_kul', 'jalal_abad'],
        ['naryn', 'osh'],
      ],
      today,
    );
    expect(s.periods.length).toBeGreaterThan(80);
    expectSameFigures(s);
  });
});

describe('combining sources', () => {
  const today = parseDateText(DEMO_TODAY);
  const whole = analyse(sheetsSource(buildDemoSheets('en')), OPTIONS, today);

  test('a committee in two sources is refused, naming it and both sources', () => {
    const ret = returnSource('kant.xlsx', buildReturn(whole.dataset, today));
    let caught: unknown;
    try {
      combineSources([workbookSource('district.xlsx', whole.dataset), ret]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RollupError);
    const error = caught as RollupError;
    expect(error.detail).toMatchObject({
      kind: 'duplicate_committee',
      first: 'district.xlsx',
      second: 'kant.xlsx',
    });
    const id = (error.detail as { id: string }).id;
    expect(whole.dataset.committees.map((c) => c.committeeId)).toContain(id);
    expect(error.text('ru')).toContain(id);
    expect(error.text('ky')).toContain('kant.xlsx');
    expect(error.text('en')).toContain('district.xlsx');
  });

  test('a return cannot give a run of months or a month after its date; the error says so', () => {
    const rollup = combineSources([returnSource('r.xlsx', buildReturn(whole.dataset, today))]);
    const range = parsePeriod('2026-01..2026-10', { today, earliest: null }) as Period;
    expect(() => rollupReport(rollup, range)).toThrow(RollupError);
    const later = parsePeriod('2027-01', { today, earliest: null }) as Period;
    expect(() => rollupReport(rollup, later)).toThrow(/period_not_in_return: 2027-01/);
    const before = parsePeriod('2024-03', { today, earliest: null }) as Period;
    expect(rollupReport(rollup, before).indicators.committees_active).toBe(0);
  });

  test('month rows carry each committee-month’s approval status through the return', () => {
    const approvalOf = (month: string, id: string) =>
      month === '2026-10' && id === 'KANT' ? ('approved' as const) : ('open' as const);
    const ret = throughSheet(buildReturn(whole.dataset, today, approvalOf));
    const rollup = combineSources([returnSource('r.xlsx', ret)]);
    const october = parsePeriod('2026-10', { today, earliest: null }) as Period;
    const approval = rollupReport(rollup, october).approval ?? {};
    expect(approval.KANT).toBe('approved');
    expect(Object.values(approval).filter((s) => s === 'open').length).toBe(
      Object.keys(approval).length - 1,
    );
    const quarter = parsePeriod('2026-Q4', { today, earliest: null }) as Period;
    expect(rollupReport(rollup, quarter).approval).toBeUndefined();
  });
});
