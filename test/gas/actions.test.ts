/**
 * The menu's and the edit trigger's actions: under the document lock, logged, their outcome
 * told in the workbook's language; a busy workbook left alone.
 */
import { text } from '../../src/core/i18n/texts';
import {
  editAction,
  helpAction,
  openMenu,
  runLogged,
  setUpAction,
  validateAction,
} from '../../src/gas/actions';
import { setWorkbookLang } from '../../src/gas/settings';
import { headerLabels, putRows, rowsOf, schemaSheets, useFakeGlobals } from './fake-globals';

const fakes = useFakeGlobals();
const alerts = () =>
  fakes()
    .ui.dialogs.filter((d) => d.kind === 'alert')
    .map((d) => d.prompt);
const logRows = (name = 'Log') => rowsOf(fakes().spreadsheet.sheet(name), 2);

/** A workbook in `lang` with its Committees and Events sheets (headers only). */
function setUp(lang: 'en' | 'ru' = 'en') {
  const s = fakes();
  setWorkbookLang(lang);
  schemaSheets(s, lang, ['committees', 'events']);
  s.counter.reset();
}

test('the menu in the workbook language; before authorization, one item and no property read', () => {
  const s = fakes();
  setWorkbookLang('ky');
  openMenu();
  expect(s.ui.menuShapes()[0]?.items[0]).toEqual({
    caption: text('menuOpenSidebar', 'ky'),
    functionName: 'showSidebar',
  });
  s.counter.reset();
  openMenu({ authMode: 'NONE' } as unknown as GoogleAppsScript.Events.SheetsOnOpen);
  expect(s.ui.menuShapes()[1]?.items).toEqual([
    { caption: text('menuStart', 'ru'), functionName: 'setUpWorkbook' },
  ]);
  expect(s.counter.count('PropertiesService.getDocumentProperties')).toBe(0);
});

test('runLogged: the message shown and logged', () => {
  setWorkbookLang('en');
  runLogged(
    (l) => text('logValidate', l),
    () => 'all good',
  );
  expect(alerts()).toEqual(['all good']);
  expect(logRows().map((row) => [row[1], row[3]])).toEqual([['Validation', 'all good']]);
});

test('runLogged on a busy workbook: told so, the work not done, nothing logged', () => {
  const s = fakes();
  setWorkbookLang('ru');
  s.LockService.holdFromAnotherExecution('document');
  const work = jest.fn(() => 'done');
  runLogged((l) => text('logValidate', l), work);
  expect(work).not.toHaveBeenCalled();
  expect(alerts()).toEqual([text('busy', 'ru')]);
  expect(s.spreadsheet.getSheets().length).toBe(1);
});

test('runLogged when the work fails: logged in the language, the error goes up', () => {
  setWorkbookLang('ky');
  expect(() =>
    runLogged(
      (l) => text('logValidate', l),
      () => {
        throw new Error('boom');
      },
    ),
  ).toThrow('boom');
  expect(logRows('Журнал').map((row) => [row[1], row[3]])).toEqual([['Текшерүү', 'ката: boom']]);
});

test('set-up asks the language again after a wrong one; cancel does nothing', () => {
  const s = fakes();
  s.ui.answerPrompt('de');
  s.ui.answerPrompt('KY');
  setUpAction();
  const prompts = s.ui.dialogs.filter((d) => d.kind === 'prompt');
  expect(prompts[1]?.prompt).toMatch(/^Язык «de» не поддерживается/);
  expect(s.spreadsheet.sheet('Комитеттер')).toBeTruthy();
  expect(alerts()[0]).toMatch(/^Китеп даярдалды/);
  s.ui.answerPrompt('', 'CANCEL');
  const sheets = s.spreadsheet.getSheets().length;
  setUpAction();
  expect(s.spreadsheet.getSheets().length).toBe(sheets);
  expect(alerts()).toHaveLength(1);
});

test('Validate now: the count of errors told, the Problems sheet named in the language', () => {
  setUp('en');
  const s = fakes();
  const row = headerLabels('events', 'en').map((label) => (label === 'Participants' ? 'many' : ''));
  putRows(s.spreadsheet.sheet('Events'), 2, [row]);
  validateAction();
  expect(alerts()[0]).toMatch(
    /^Validation finished: \d+ errors, \d+ warnings\. Details on the "Problems" sheet\.$/,
  );
  expect(rowsOf(s.spreadsheet.sheet('Problems'), 2).length).toBeGreaterThan(0);
  expect(logRows()[0]?.[1]).toBe('Validation');
});

test('an edit: its rows checked and logged; a busy workbook: the edit left for Validate now', () => {
  setUp('en');
  const s = fakes();
  const events = s.spreadsheet.sheet('Events');
  const at = headerLabels('events', 'en').indexOf('Participants') + 1;
  events.grid.cell(2, at).value = 'many';
  const event = (): GoogleAppsScript.Events.SheetsOnEdit =>
    ({
      range: events.rangeAt(2, at),
      source: s.spreadsheet,
      oldValue: '5',
      value: 'many',
    }) as unknown as GoogleAppsScript.Events.SheetsOnEdit;
  // Another action holds the workbook for 10 s: an edit waits 5 s at most.
  s.LockService.holdFromAnotherExecution('document', { forMs: 10_000 });
  editAction(event());
  expect(events.grid.peek(2, at).note).toBe('');
  s.LockService.releaseFromAnotherExecution('document');
  editAction(event());
  expect(events.grid.peek(2, at).note).not.toBe('');
  expect(String(logRows().at(-1)?.[3])).toMatch(
    /^Sheet "Events", rows 2–2: [1-9]\d* problems, 0 fixed\.$/,
  );
});

test('help in the workbook language', () => {
  setWorkbookLang('ru');
  helpAction();
  expect(alerts()).toEqual([text('help', 'ru')]);
});
