/**
 * Menu "Update return" and "Update roll-up": under the lock, logged, told in the workbook's
 * language; the roll-up stops opening sources once 4 minutes of the run are gone.
 */
import { text } from '../../../src/core/i18n/texts';
import { updateReturnAction, updateRollupAction } from '../../../src/gas/rollup/actions';
import { setWorkbookLang } from '../../../src/gas/settings';
import { putRows, rowsOf, schemaSheets, useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals();
afterEach(() => jest.restoreAllMocks());
const alerts = () =>
  fakes()
    .ui.dialogs.filter((d) => d.kind === 'alert')
    .map((d) => d.prompt);
const T = Date.UTC(2026, 5, 10, 6);

/** A workbook in `lang` with the sheets the return and the roll-up read (headers only). */
function setUp(lang: 'en' | 'ru') {
  const s = fakes();
  setWorkbookLang(lang);
  schemaSheets(s, lang, ['committees', 'events', 'sources']);
  s.counter.reset();
}

test('update return: the Return sheet written and the counts told, in Russian', () => {
  setUp('ru');
  jest.spyOn(Date, 'now').mockReturnValue(T);
  updateReturnAction();
  expect(alerts()[0]).toMatch(/^Лист «Отчёт» обновлён: комитетов 0, периодов \d+, строк \d+\./);
  const log = rowsOf(fakes().spreadsheet.sheet('Журнал'), 2);
  expect(log.map((row) => row[1])).toEqual([text('logUpdateReturn', 'ru')]);
});

test('update return on a busy workbook: told so, nothing written', () => {
  setUp('en');
  const s = fakes();
  s.LockService.holdFromAnotherExecution('document');
  updateReturnAction();
  expect(alerts()).toEqual([text('busy', 'en')]);
  expect(s.counter.cells.written).toBe(0);
});

function withSources() {
  setUp('en');
  const s = fakes();
  const a = s.addSpreadsheet({ id: 'source-a', sheets: ['Return'] });
  const b = s.addSpreadsheet({ id: 'source-b', sheets: ['Return'] });
  putRows(s.spreadsheet.sheet('Sources'), 2, [
    [`https://docs.google.com/spreadsheets/d/${a.id}/edit`, 'A', 'Chui', 'Yes'],
    [`https://docs.google.com/spreadsheets/d/${b.id}/edit`, 'B', 'Naryn', 'Yes'],
  ]);
  s.counter.reset();
}

test('update roll-up: every active source opened, the count told', () => {
  withSources();
  jest.spyOn(Date, 'now').mockReturnValue(T);
  updateRollupAction();
  expect(fakes().counter.count('SpreadsheetApp.openById')).toBe(2);
  expect(alerts()[0]).toMatch(/^The Returns sheet is up to date: \d of 2 sources read\./);
});

test('4 minutes gone since the action began: no more source opened, the rest left for the clock', () => {
  withSources();
  let now = T;
  jest.spyOn(Date, 'now').mockImplementation(() => {
    const at = now;
    now += 4 * 60_000;
    return at;
  });
  updateRollupAction();
  expect(fakes().counter.count('SpreadsheetApp.openById')).toBe(0);
  expect(alerts()[0]).toContain(text('rollupContinues', 'en', { count: 2 }));
});
