/**
 * The WorkbookSource contract, one suite run over each adapter: the demo workbook in memory,
 * the Sheets adapter (src/gas/spreadsheet-source.ts) on the fake spreadsheet, and the .xlsx
 * reader (src/local/xlsx) on the demo written by the command line's writer. Each holds the same
 * demo programme; each must give the same sheets, the same rows and, through the core, the same
 * problems and figures.
 */
import { analyse } from '../../../src/core/analyse';
import { buildDemoRows, buildDemoSheets, DEMO_TODAY, demoWorkbook } from '../../../src/core/demo';
import type { Lang } from '../../../src/core/i18n/lang';
import type { CellValue, ReadOptions, WorkbookSource } from '../../../src/core/read/workbook';
import { DATA_SHEETS, SHEETS } from '../../../src/core/schema/sheets';
import { instantOfWallTime, wallTime } from '../../../src/core/time/wall-time';
import { spreadsheetSource } from '../../../src/gas/spreadsheet-source';
import { readXlsx } from '../../../src/local/xlsx/read-xlsx';
import { createFakeServices } from '../../fakes';
import { writtenByKorgoo } from '../../local/xlsx/written';

const LANG: Lang = 'ru';
const [Y, M, D] = DEMO_TODAY.split('-').map(Number) as [number, number, number];
const TODAY = wallTime(Y, M, D);
const ZONE = 'Asia/Bishkek';
const isDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';

interface Adapter {
  readonly source: WorkbookSource;
  readonly options: ReadOptions;
}

/** The demo's sheets on the fake spreadsheet, dates as Sheets holds them (instants). */
function onFakeSheets(): Adapter {
  const sheets = buildDemoSheets(LANG);
  const names = DATA_SHEETS.map((key) => SHEETS[key].labels[LANG]);
  const s = createFakeServices({ spreadsheet: { sheets: names } });
  for (const key of DATA_SHEETS) {
    const sheet = s.spreadsheet.sheet(SHEETS[key].labels[LANG]);
    sheets[key].forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = sheet.grid.cell(r + 1, c + 1);
        cell.value = isDate(value)
          ? instantOfWallTime(value.getTime(), ZONE)
          : ((value ?? '') as string | number | boolean);
      });
    });
  }
  const spreadsheet = s.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  return { source: spreadsheetSource(spreadsheet), options: { timeZone: ZONE, dates: 'instant' } };
}

const adapters: Record<string, () => Promise<Adapter>> = {
  'the demo workbook in memory': async () => ({
    source: demoWorkbook(LANG),
    options: { timeZone: ZONE, dates: 'wall' },
  }),
  'the Sheets adapter on the fakes': async () => onFakeSheets(),
  'the .xlsx reader': async () => {
    // Written by writeXlsx once and kept between runs (test/local/xlsx/written.ts).
    const path = await writtenByKorgoo('demo', LANG, buildDemoRows(LANG));
    return { source: await readXlsx(path), options: { timeZone: ZONE, dates: 'wall' } };
  },
};

/** A cell as the core reads it, whatever the adapter: dates as their wall clock. */
function plain(value: CellValue, options: ReadOptions): unknown {
  if (!isDate(value)) return value === null || value === undefined ? '' : value;
  const wall =
    options.dates === 'wall'
      ? value.getTime()
      : value.getTime() - instantOfWallTime(0, options.timeZone).getTime();
  return `date ${new Date(wall).toISOString()}`;
}

/** The rows of a sheet with empty trailing cells dropped, as [sheet row, cells]. */
function rowsOf(adapter: Adapter, name: string): [number, unknown[]][] {
  const { source, options } = adapter;
  const values = source.values(name);
  const numbers = source.rowNumbers?.(name) ?? values.map((_, i) => i + 1);
  return values
    .map((row, i): [number, unknown[]] => {
      const cells = [...row].map((value) => plain(value, options));
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      return [numbers[i] as number, cells];
    })
    .filter(([, cells]) => cells.length > 0);
}

const reference = demoWorkbook(LANG);
/** The analysis every adapter must match: the demo in memory, read as the CLI reads it. */
let expectedAnalysis: ReturnType<typeof analyse> | undefined;
const expected = () => {
  expectedAnalysis ??= analyse(reference, { timeZone: ZONE, dates: 'wall' }, TODAY);
  return expectedAnalysis;
};

describe.each(Object.keys(adapters))('WorkbookSource: %s', (name) => {
  let adapter: Adapter;
  beforeAll(async () => {
    adapter = await (adapters[name] as () => Promise<Adapter>)();
  });

  test('names every data sheet of the workbook', () => {
    expect(adapter.source.sheetNames()).toEqual(
      expect.arrayContaining(DATA_SHEETS.map((key) => SHEETS[key].labels[LANG])),
    );
  });

  test('gives each sheet header first, every row of the demo, each under its sheet row', () => {
    const wall: Adapter = { source: reference, options: { timeZone: ZONE, dates: 'wall' } };
    for (const key of DATA_SHEETS) {
      const sheet = SHEETS[key].labels[LANG];
      const rows = rowsOf(adapter, sheet);
      expect(rows[0]?.[0]).toBe(1);
      expect(rows[0]?.[1]).toEqual(rowsOf(wall, sheet)[0]?.[1]);
      expect([sheet, rows]).toEqual([sheet, rowsOf(wall, sheet)]);
    }
  });

  test('numbers rows rising from the header, one number per row, when it numbers them', () => {
    for (const sheet of adapter.source.sheetNames()) {
      const numbers = adapter.source.rowNumbers?.(sheet);
      if (numbers === undefined) continue;
      expect(numbers).toHaveLength(adapter.source.values(sheet).length);
      expect(numbers.every((n, i) => i === 0 || n > (numbers[i - 1] as number))).toBe(true);
    }
  });

  test('has no rows for a sheet it does not hold', () => {
    expect(adapter.source.values('No such sheet')).toEqual([]);
  });

  test('gives the core the same problems and figures as every other adapter', () => {
    const ours = analyse(adapter.source, adapter.options, TODAY);
    const theirs = expected();
    expect(ours.problems.length).toBeGreaterThan(0);
    expect(ours.problems).toEqual(theirs.problems);
    expect(ours.dataset).toEqual(theirs.dataset);
    expect(ours.rows).toEqual(theirs.rows);
  });
});
