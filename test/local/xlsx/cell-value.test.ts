import { buildDemoRows, SEED_FIGURES } from '../../../src/core/demo';
import { activeRecipients } from '../../../src/core/digest';
import { report } from '../../../src/core/indicators';
import { earliestDate, isPeriodError, parsePeriod } from '../../../src/core/periods';
import { parseDateText } from '../../../src/core/read/cells';
import { choiceKeyOf } from '../../../src/core/read/choices-index';
import type { CellValue } from '../../../src/core/read/workbook';
import { SHEETS } from '../../../src/core/schema/sheets';
import { analyseXlsx } from '../../../src/local/load';
import { readXlsx } from '../../../src/local/xlsx/read-xlsx';
import { writtenByKorgoo } from './written';

const TODAY = parseDateText('2026-11-26');

/** The demo's rows with Consent and Active as checkboxes: true/false where it says yes/no. */
function checkboxRows() {
  const rows = buildDemoRows('ru');
  const box = (key: 'cases' | 'recipients', column: string) => {
    const at = SHEETS[key].columns.findIndex((c) => c.key === column);
    return (rows[key] ?? []).map((row) => {
      const cell = row[at];
      if (typeof cell !== 'string' || cell === '') return row;
      const copy: CellValue[] = [...row];
      copy[at] = choiceKeyOf('yesNo', cell) === 'yes';
      return copy;
    });
  };
  return { ...rows, cases: box('cases', 'consent'), recipients: box('recipients', 'active') };
}

let file: string;
beforeAll(async () => {
  file = await writtenByKorgoo('checkboxes', 'ru', checkboxRows());
});

test('boolean cells (t="b", as Google exports checkboxes) reach the core as booleans', async () => {
  const cases = (await readXlsx(file)).values(SHEETS.cases.labels.ru);
  const at = SHEETS.cases.columns.findIndex((c) => c.key === 'consent');
  const kinds = new Set(cases.slice(1).map((row) => typeof row[at]));
  expect(kinds).toContain('boolean');
});

test('the demo with checkbox columns gives the seed figures and its active recipients', async () => {
  const analysis = await analyseXlsx(file);
  const period = parsePeriod('all', { today: TODAY, earliest: earliestDate(analysis.dataset) });
  if (isPeriodError(period)) throw new Error(period.message);
  expect(report(analysis.dataset, period).indicators).toMatchObject(SEED_FIGURES);
  expect(activeRecipients(analysis.dataset).length).toBeGreaterThan(0);
});
