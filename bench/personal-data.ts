import { SHEETS } from '../src/core/schema/sheets';
import { findEmail, findPersonName, findPhone } from '../src/core/validate/personal-data';
import { loadAddOn } from '../test/gas/load-bundle';
import { committeeRows, validEvent, writeRows } from '../test/gas/workbook-data';

/** The longest text a Google Sheets cell holds: a free-text form answer can be this long. */
const CELL_CHARS = 50_000;

/**
 * Free-text cells written to make a backtracking detector work hard: many @, long runs of
 * digits with separators, long runs of capitalised words, runs of dots.
 */
export function hostileCells(): readonly string[] {
  const fill = (piece: string) => piece.repeat(Math.floor(CELL_CHARS / piece.length));
  return [
    `${'a'.repeat(CELL_CHARS - 1)}@`,
    fill('a.'),
    fill('a@'),
    fill('a@b.'),
    `x@${fill('a-')}`,
    fill('почта@сайт '),
    fill('.'),
    fill('1 '),
    fill('12-'),
    fill('(1) '),
    fill('13 000 сом '),
    fill('Асанов 1 '),
    fill('Закон Асанов '),
    fill('Ааа '),
    `уулу Ааа${' '.repeat(CELL_CHARS - 10)}x`,
  ];
}

const DETECTORS = [findPhone, findEmail, findPersonName];

/** The slowest hostile cell through all three detectors (best of three runs of each). */
function worstCellMs(cells: readonly string[]): number {
  let worst = 0;
  for (const cell of cells) {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      for (const detect of DETECTORS) detect(cell);
      best = Math.min(best, performance.now() - start);
    }
    worst = Math.max(worst, best);
  }
  return Math.round(worst * 100) / 100;
}

/** Validate now in the built bundle (as Apps Script runs it) on events whose topics are these cells. */
function validateNowMs(cells: readonly string[]): number {
  const addOn = loadAddOn();
  addOn.s.ui.answerPrompt('en');
  addOn.run('setUpWorkbook');
  writeRows(addOn.s.spreadsheet.sheet(SHEETS.committees.labels.en), 2, committeeRows());
  const events = cells.map((topic, i) => validEvent(i, { topic }));
  writeRows(addOn.s.spreadsheet.sheet(SHEETS.events.labels.en), 2, events);
  const start = performance.now();
  addOn.run('validateNow');
  return Math.round(performance.now() - start);
}

/**
 * Issue #10's figures: `personalDataScanMs`, the slowest 50,000-character hostile cell through
 * the e-mail, phone and name detectors in Node; `personalDataValidateGasMs`, Validate now in the
 * Apps Script bundle on one event per hostile cell.
 */
export function personalDataFigures() {
  const cells = hostileCells();
  return {
    personalDataScanMs: worstCellMs(cells),
    personalDataValidateGasMs: validateNowMs(cells),
  };
}
