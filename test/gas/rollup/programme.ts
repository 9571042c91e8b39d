/**
 * The demo split into three regional workbooks in the fakes, each with "Update return" run, and
 * a regional workbook listing them in Sources: what "Update roll-up" and the clock read.
 */
import * as vm from 'node:vm';
import { type Sheets, sheetsSource, splitByRegion } from '../../../bench/split-by-region';
import { analyse } from '../../../src/core/analyse';
import { buildDemoSheets, DEMO_TIME_ZONE, DEMO_TODAY } from '../../../src/core/demo';
import { report } from '../../../src/core/indicators';
import { parsePeriod } from '../../../src/core/periods';
import type { Period } from '../../../src/core/periods/period';
import { parseDateText } from '../../../src/core/read/cells';
import type { CellValue } from '../../../src/core/read/workbook';
import { readReturnSheet } from '../../../src/core/rollup/read-return';
import { combineSources, rollupReport } from '../../../src/core/rollup/rollup';
import { returnSource } from '../../../src/core/rollup/sources';
import { DATA_SHEETS, SHEETS } from '../../../src/core/schema/sheets';
import type { FakeSpreadsheet } from '../../fakes';
import { type AddOn, loadAddOn } from '../load-bundle';
import { allValues, bishkekInstants, rowOf, sourceOfBook, writeRows } from '../workbook-data';

export const HOUR = 3_600_000;
const REGIONS = ['chui', 'issyk_kul', 'naryn'] as const;
const TODAY = parseDateText(DEMO_TODAY) as number;
export const WHOLE = buildDemoSheets('en');
const WHOLE_DATASET = analyse(
  sheetsSource(WHOLE),
  { timeZone: DEMO_TIME_ZONE, dates: 'wall' },
  TODAY,
).dataset;

export function sheetOf(book: FakeSpreadsheet, key: keyof typeof SHEETS) {
  return book.sheet(SHEETS[key].labels.en);
}

export function valuesOf(book: FakeSpreadsheet, key: keyof typeof SHEETS): CellValue[][] {
  return allValues(sheetOf(book, key));
}

export interface Programme {
  addOn: AddOn;
  regional: FakeSpreadsheet;
  books: FakeSpreadsheet[];
  clock: { now: number };
}

/** Three regional workbooks from the demo, each with "Update return" run; a regional roll-up. */
export function programme(): Programme {
  const addOn = loadAddOn({
    spreadsheet: { id: 'rollup-book', timeZone: DEMO_TIME_ZONE },
    session: { activeUserEmail: 'coordinator@example.org' },
  });
  const clock = { now: Date.UTC(2026, 10, 26, 4) };
  (vm.runInContext('Date', addOn.ctx) as DateConstructor).now = () => clock.now;
  const parts: Sheets[] = splitByRegion(
    WHOLE,
    REGIONS.map((r) => [r]),
    { timeZone: DEMO_TIME_ZONE, dates: 'wall' },
    TODAY,
  );
  const books = parts.map((part, i) => {
    const book = addOn.s.addSpreadsheet({ id: `book-${REGIONS[i]}`, timeZone: DEMO_TIME_ZONE });
    addOn.s.openDocument(book);
    addOn.s.ui.answerPrompt('en');
    addOn.run('setUpWorkbook');
    for (const key of DATA_SHEETS)
      writeRows(sheetOf(book, key), 2, bishkekInstants(part[key].slice(1)));
    addOn.run('updateReturn');
    return book;
  });
  const regional = addOn.s.spreadsheet;
  addOn.s.openDocument(regional);
  addOn.s.ui.answerPrompt('en');
  addOn.run('setUpWorkbook');
  const source = (spreadsheet: string, name: string, active = 'Yes') =>
    rowOf('sources', { spreadsheet, name, active });
  writeRows(sheetOf(regional, 'sources'), 2, [
    source('book-chui', 'Chui'),
    source('https://docs.google.com/spreadsheets/d/book-issyk_kul/edit#gid=0', 'Issyk-Kul'),
    source('book-naryn', 'Naryn'),
    source('book-talas', 'Talas (not started)', 'No'),
  ]);
  return { addOn, regional, books, clock };
}

function rolledUp(regional: FakeSpreadsheet, sheet: 'returns' | 'return') {
  const read = readReturnSheet(
    sourceOfBook(regional),
    SHEETS[sheet].labels.en,
    { timeZone: DEMO_TIME_ZONE, dates: 'instant' },
    'en',
  );
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return read.ret;
}

/** Returns (or the regional workbook's own Return) adds up to the whole programme. */
export function expectWholeProgramme(
  regional: FakeSpreadsheet,
  sheet: 'returns' | 'return' = 'returns',
): void {
  const ret = rolledUp(regional, sheet);
  const rollup = combineSources([returnSource('Returns', ret)]);
  for (const spec of ['2026-10', '2026-Q3', '2026', 'all']) {
    const period = parsePeriod(spec, { today: TODAY, earliest: rollup.earliest }) as Period;
    const expected = report(WHOLE_DATASET, period);
    const got = rollupReport(rollup, period);
    expect({ spec, ...got.indicators }).toEqual({ spec, ...expected.indicators });
    expect(got.byCommittee).toEqual(expected.byCommittee);
  }
}

export const SOURCE_AT = SHEETS.return.columns.length;
export const stateOf = (regional: FakeSpreadsheet) =>
  valuesOf(regional, 'sources')
    .slice(1)
    .map((row) => String(row[4]));
export const returnsRows = (regional: FakeSpreadsheet) => valuesOf(regional, 'returns').slice(1);
export const rowsOfSource = (regional: FakeSpreadsheet, name: string) =>
  returnsRows(regional).filter((row) => row[SOURCE_AT] === name);
