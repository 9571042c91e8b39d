/**
 * The sidebar's Apps Script side through the built bundle (gas-local, typed fakes): the entry
 * points exist, showSidebar opens build/Sidebar.html titled Korgoo from the menu, and each
 * server function over the spreadsheet gives what the core gives over the same demo rows.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../../src/core/analyse';
import { buildDemoRows, DEMO_TODAY, demoWorkbook } from '../../../src/core/demo';
import { DATA_SHEETS, SHEETS } from '../../../src/core/schema/sheets';
import {
  type DigestPreviewResult,
  type OverviewResult,
  type ProblemsResult,
  type SetupState,
  SIDEBAR_FUNCTIONS,
} from '../../../src/core/sidebar/api';
import { renderPreviewDigest } from '../../../src/core/sidebar/digest-render';
import { createSidebarServer } from '../../../src/core/sidebar/server';
import { at } from '../../helpers/dataset';
import { type AddOn, BUILD_DIR, ensureBuilt, loadAddOn } from '../load-bundle';
import { bishkekInstants, writeRows } from '../workbook-data';

beforeAll(() => ensureBuilt());

const SIDEBAR_HTML = () => fs.readFileSync(path.join(BUILD_DIR, 'Sidebar.html'), 'utf8');
/** A spreadsheet set up in Russian through the bundle and filled with the demo's rows. */
function demoAddOn(): AddOn {
  const addOn = loadAddOn({
    htmlFiles: { Sidebar: SIDEBAR_HTML() },
    spreadsheet: { timeZone: 'Asia/Bishkek' },
    session: { activeUserEmail: 'coordinator@example.org' },
  });
  addOn.s.ui.answerPrompt('ru');
  addOn.run('setUpWorkbook');
  const rows = buildDemoRows('ru');
  for (const key of DATA_SHEETS)
    writeRows(addOn.s.spreadsheet.sheet(SHEETS[key].labels.ru), 2, bishkekInstants(rows[key]));
  addOn.s.counter.reset();
  return addOn;
}

/** The core's server over the same demo rows read from memory (as the preview reads them). */
function coreServer() {
  const analysis = analyse(
    demoWorkbook('ru'),
    { timeZone: 'Asia/Bishkek', dates: 'wall' },
    at(DEMO_TODAY),
  );
  const names = DATA_SHEETS.map((key) => SHEETS[key].labels.ru);
  return createSidebarServer({
    analysis: () => analysis,
    sheetNames: () => names,
    lang: () => 'ru',
    setLang: () => undefined,
    today: () => at(DEMO_TODAY),
    selectRange: () => undefined,
    setUpWorkbook: () => null,
    installedTriggers: () => [],
  });
}

/** What google.script.run hands the sidebar: the result as JSON. */
const json = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

describe('entry points and opening', () => {
  let addOn: AddOn;
  beforeAll(() => {
    addOn = demoAddOn();
  });

  test('every sidebar server function and showSidebar is a global function of Code.js', () => {
    for (const name of [...SIDEBAR_FUNCTIONS, 'showSidebar'])
      expect([name, typeof addOn.ctx[name]]).toEqual([name, 'function']);
  });

  test('showSidebar shows build/Sidebar.html titled Korgoo', () => {
    addOn.run('showSidebar');
    const shown = addOn.s.ui.shown.at(-1);
    expect(shown?.kind).toBe('sidebar');
    expect(shown?.output.getTitle()).toBe('Korgoo');
    expect(shown?.output.getContent()).toBe(SIDEBAR_HTML());
    expect(addOn.s.counter.count('HtmlService.createHtmlOutputFromFile')).toBe(1);
  });

  test('the full menu opens it: "Открыть панель" calls showSidebar', () => {
    addOn.s.ui.menus.length = 0;
    addOn.run('onOpen', { authMode: 'FULL' });
    const items = addOn.s.ui.menuShapes()[0]?.items ?? [];
    expect(items).toContainEqual({ caption: 'Открыть панель', functionName: 'showSidebar' });
  });

  test("the built Sidebar.html is one file: inline script and style, Google's add-on CSS linked", () => {
    const html = SIDEBAR_HTML();
    expect(html).toContain(
      '<link rel="stylesheet" href="https://ssl.gstatic.com/docs/script/css/add-ons1.css">',
    );
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).not.toContain('innerHTML');
  });
});

describe('the server functions over the spreadsheet', () => {
  let addOn: AddOn;
  const core = coreServer();
  beforeAll(() => {
    addOn = demoAddOn();
  });

  test('overview: the same figures as the core over the same rows; "since start" is the seed', () => {
    for (const period of ['2026-10', '2026-Q3', '2026', 'all']) {
      const gas = json<OverviewResult>(
        addOn.run('sidebarOverview', { period, committee: '', region: '' }),
      );
      const local = core.sidebarOverview({ period });
      expect([period, gas.rows]).toEqual([period, local.rows]);
      expect(gas.sectorGroups).toEqual(local.sectorGroups);
    }
    const all = json<OverviewResult>(addOn.run('sidebarOverview', { period: 'all' }));
    expect(all.rows.map((r) => r.value)).toEqual([
      7, 164, 4, 125, 13, 314, 16, 992, 6, 62, 12, 2, 13000, 1,
    ]);
    const kant = json<OverviewResult>(
      addOn.run('sidebarOverview', { period: '2026-10', committee: 'KANT' }),
    );
    expect(kant.rows).toEqual(core.sidebarOverview({ period: '2026-10', committee: 'KANT' }).rows);
  });

  test('problems: the same groups as the core', () => {
    const gas = json<ProblemsResult>(addOn.run('sidebarProblems'));
    expect(gas).toEqual(core.sidebarProblems());
    expect(gas.errors).toBeGreaterThan(0);
  });

  test('selectCell activates the sheet and the range', () => {
    expect(json(addOn.run('sidebarSelectCell', { sheet: 'Мероприятия', a1: 'F37' }))).toEqual({
      sheet: 'Мероприятия',
      a1: 'F37',
    });
    const active = addOn.s.spreadsheet.getActiveRange();
    expect(active?.getA1Notation()).toBe('F37');
    expect(active?.getSheet().getName()).toBe('Мероприятия');
    expect(addOn.s.counter.count('Range.activate')).toBe(1);
    expect(() => addOn.run('sidebarSelectCell', { sheet: 'Нет такого', a1: 'A1' })).toThrow(
      /Листа «Нет такого» нет/,
    );
  });

  test('digest preview: the HTML as the delivery renders it; the schedule once installed', () => {
    const before = json<DigestPreviewResult>(
      addOn.run('sidebarDigestPreview', { month: '2026-10', lang: 'ky' }),
    );
    expect(before).toMatchObject({ available: true, canSend: true, month: '2026-10' });
    expect(before.schedule.installed).toBe(false);
    const analysis = analyse(
      demoWorkbook('ru'),
      { timeZone: 'Asia/Bishkek', dates: 'wall' },
      at(DEMO_TODAY),
    );
    const url = addOn.s.spreadsheet.getUrl();
    expect(before.html).toBe(renderPreviewDigest(analysis, '2026-10', 'ky', url).html);
    expect(before.recipients).toBeGreaterThan(0);
    addOn.run('scheduleMonthlyDigest');
    const after = json<DigestPreviewResult>(
      addOn.run('sidebarDigestPreview', { month: '2026-10', lang: 'ky' }),
    );
    expect(after.schedule.installed).toBe(true);
    expect(after.schedule.next).toMatch(/, 08:00$/);
  });

  test('send preview to me: one mail, to the current user only, logged', () => {
    const sentBefore = addOn.s.MailApp.sent.length;
    const result = json<{ message: string }>(
      addOn.run('sidebarSendPreviewToMe', { month: '2026-09', lang: 'en' }),
    );
    expect(result.message).toContain('coordinator@example.org');
    const sent = addOn.s.MailApp.sent.slice(sentBefore);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0])).toContain('coordinator@example.org');
    const log = addOn.s.spreadsheet.sheet(SHEETS.log.labels.ru);
    expect(
      JSON.stringify(log.rangeAt(1, 1, log.grid.lastRow(), 4).readValuesUncounted()),
    ).toContain('Пробная сводка');
  });

  test('set-up state: every sheet present, the digest trigger, the forms', () => {
    const state = json<SetupState>(addOn.run('sidebarSetupState'));
    expect(state.lang).toBe('ru');
    expect(state.sheets.every((s) => s.name !== null)).toBe(true);
    expect(state.triggers).toContainEqual({
      handler: 'runSchedule',
      kind: 'digest',
      label: 'Ежемесячная сводка (1-го числа, 08:00)',
      installed: true,
    });
    expect(state.can.sendPreview).toBe(true);
  });

  test("set-up state: a form trigger of another workbook is not this one's", () => {
    const other = addOn.s.addSpreadsheet({ id: 'another-spreadsheet' });
    addOn.s.openDocument(other);
    addOn.s.ScriptApp.newTrigger('onFormSubmitted').forSpreadsheet(other).onFormSubmit().create();
    addOn.s.openDocument(addOn.s.spreadsheet);
    const state = json<SetupState>(addOn.run('sidebarSetupState'));
    expect(state.triggers).toContainEqual({
      handler: 'onFormSubmitted',
      kind: 'intake',
      label: 'Приём ответов форм',
      installed: false,
    });
    addOn.s.ScriptApp.triggers.splice(-1, 1);
  });

  test('create or update forms: the forms with their links, the intake trigger, logged', () => {
    expect(json<SetupState>(addOn.run('sidebarSetupState')).forms).toEqual([]);
    const result = json<{ message: string }>(addOn.run('sidebarCreateForms'));
    expect(result.message).toMatch(/^Формы созданы или обновлены: 3/);
    const state = json<SetupState>(addOn.run('sidebarSetupState'));
    expect(state.forms).toHaveLength(3);
    for (const form of state.forms ?? []) {
      expect(form.title).not.toBe('');
      expect(form.url).toMatch(/^https:\/\//);
      expect(form.editUrl).toMatch(/^https:\/\//);
    }
    expect(state.triggers).toContainEqual({
      handler: 'onFormSubmitted',
      kind: 'intake',
      label: 'Приём ответов форм',
      installed: true,
    });
    const log = addOn.s.spreadsheet.sheet(SHEETS.log.labels.ru);
    expect(
      JSON.stringify(log.rangeAt(1, 1, log.grid.lastRow(), 4).readValuesUncounted()),
    ).toContain('Создание и обновление форм');
  });

  test('set up or repair sheets: under the lock, logged, idempotent', () => {
    const first = json<{ message: string }>(addOn.run('sidebarSetUpWorkbook'));
    expect(first.message).toBe(
      'Книга настроена: листов создано 0, столбцов добавлено 0. Данные не изменены.',
    );
    expect(addOn.s.counter.count('LockService.getDocumentLock')).toBeGreaterThan(0);
    const log = addOn.s.spreadsheet.sheet(SHEETS.log.labels.ru);
    expect(
      JSON.stringify(log.rangeAt(1, 1, log.grid.lastRow(), 4).readValuesUncounted()),
    ).toContain('Настройка книги');
  });

  test('set language: kept in the document, the menu redrawn in it, the answer in it', () => {
    addOn.s.ui.menus.length = 0;
    const result = json<{ message: string }>(addOn.run('sidebarSetLanguage', 'en'));
    expect(result.message).toMatch(/^Workbook language: English/);
    expect(addOn.s.PropertiesService.document.store.get('korgoo.lang')).toBe('en');
    expect(addOn.s.ui.menuShapes()[0]?.items).toContainEqual({
      caption: 'Open sidebar',
      functionName: 'showSidebar',
    });
    expect(json<SetupState>(addOn.run('sidebarSetupState')).lang).toBe('en');
    expect(() => addOn.run('sidebarSetLanguage', 'fr')).toThrow(/Language "fr" is not supported/);
  });

  test('set language says what set-up then does: dropdowns in the language, no sheet renamed', () => {
    const result = json<{ message: string }>(addOn.run('sidebarSetLanguage', 'en'));
    addOn.run('sidebarSetUpWorkbook');
    const names = addOn.s.spreadsheet.sheetList().map((sheet) => sheet.getNameUncounted());
    expect(names).toContain(SHEETS.events.labels.ru);
    expect(names).not.toContain(SHEETS.events.labels.en);
    // So the answer must not promise to rename them.
    expect(result.message).not.toMatch(/rename/i);
    expect(result.message).toMatch(/dropdowns/);
    addOn.run('sidebarSetLanguage', 'ru');
  });
});
