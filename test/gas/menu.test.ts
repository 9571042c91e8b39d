/**
 * onOpen / onInstall of the built bundle: the basic menu before authorization (touching no
 * service but the Ui), the full menu in the workbook's language after it; Help.
 */
import { FakeEnums } from '../fakes';
import { type AddOn, ensureBuilt, entryPoints, loadAddOn } from './load-bundle';

beforeAll(() => ensureBuilt());

const BASIC_MENU = [
  {
    caption: '',
    addon: true,
    items: [{ caption: 'Начать работу · Иштөөнү баштоо', functionName: 'setUpWorkbook' }],
  },
];

/** The digest's two menu items (issue 5), in each language. */
const DIGEST_MENU = {
  ru: { schedule: 'Запланировать ежемесячную сводку', preview: 'Отправить пробную сводку себе' },
  ky: { schedule: 'Айлык жыйынтыкты пландаштыруу', preview: 'Сынамык жыйынтыкты өзүмө жөнөтүү' },
  en: { schedule: 'Schedule monthly digest', preview: 'Send digest preview to me' },
} as const;

type Shape = ReturnType<AddOn['s']['ui']['menuShapes']>[number];
type Item = Shape['items'][number];
type MenuLang = keyof typeof DIGEST_MENU;

/** The items issue 3 requires in the full menu, per language; other actions stand between. */
const CORE_MENU = {
  ky: ['Китепти даярдоо', 'Азыр текшерүү', 'Жардам'],
  ru: ['Настроить книгу', 'Проверить сейчас', 'Справка'],
  en: ['Set up workbook', 'Validate now', 'Help'],
} as const;
const CORE_FUNCTIONS = ['setUpWorkbook', 'validateNow', 'showHelp'];

function isItem(item: Item): item is { caption: string; functionName: string } {
  return typeof item === 'object' && 'functionName' in item;
}

/**
 * One add-on menu: Set up workbook, Validate now and Help in that order, captioned in `lang`,
 * Help last after a separator, the digest's two items in `lang`, every item an entry point.
 */
function expectFullMenu(shapes: Shape[], lang: MenuLang): void {
  expect(shapes).toHaveLength(1);
  const menu = shapes[0] as Shape;
  expect([menu.caption, menu.addon]).toEqual(['', true]);
  const positions = CORE_FUNCTIONS.map((name) =>
    menu.items.findIndex((item) => isItem(item) && item.functionName === name),
  );
  expect(positions.map((at) => menu.items[at])).toEqual(
    CORE_MENU[lang].map((caption, i) => ({ caption, functionName: CORE_FUNCTIONS[i] })),
  );
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(positions.at(-1)).toBe(menu.items.length - 1);
  expect(menu.items.at(-2)).toBe('---');
  expect(menu.items).toContainEqual({
    caption: DIGEST_MENU[lang].schedule,
    functionName: 'scheduleMonthlyDigest',
  });
  expect(menu.items).toContainEqual({
    caption: DIGEST_MENU[lang].preview,
    functionName: 'sendDigestPreview',
  });
  for (const item of menu.items.filter(isItem)) {
    expect(item.caption).not.toBe('');
    expect(entryPoints()).toContain(item.functionName);
  }
}

/** The calls onOpen made, by service, once the test's own setup calls are forgotten. */
function servicesTouched(addOn: AddOn): string[] {
  return Object.keys(addOn.s.counter.snapshot());
}

describe('onOpen under AuthMode.NONE', () => {
  test.each([
    ['a plain event', { authMode: 'NONE' }],
    ["the fake's enum", { authMode: FakeEnums.AuthMode.NONE, source: undefined }],
  ])('builds the basic add-on menu from %s', (_, event) => {
    const addOn = loadAddOn();
    addOn.s.PropertiesService.document.setProperty('korgoo.lang', 'en');
    addOn.s.counter.reset();
    addOn.run('onOpen', event);
    expect(addOn.s.ui.menuShapes()).toEqual(BASIC_MENU);
  });

  test('touches no PropertiesService and no spreadsheet: only the Ui', () => {
    const addOn = loadAddOn();
    addOn.s.PropertiesService.document.setProperty('korgoo.lang', 'ky');
    addOn.s.counter.reset();
    addOn.run('onOpen', { authMode: FakeEnums.AuthMode.NONE });
    const { counter } = addOn.s;
    expect(counter.byPrefix('PropertiesService.') + counter.byPrefix('Properties.')).toBe(0);
    expect(counter.sheetsCalls()).toBe(0);
    expect(counter.byPrefix('SpreadsheetApp.')).toBe(counter.count('SpreadsheetApp.getUi'));
    expect(servicesTouched(addOn).sort()).toEqual([
      'Menu.addItem',
      'Menu.addToUi',
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
    ]);
  });

  test('works when every service but SpreadsheetApp.getUi() refuses, as before authorization', () => {
    const addOn = loadAddOn();
    const refuse = () => {
      throw new Error('You do not have permission to call this service');
    };
    const app = addOn.s.SpreadsheetApp;
    for (const method of ['getActiveSpreadsheet', 'getActive', 'getActiveSheet'] as const) {
      app[method] = refuse;
    }
    addOn.s.PropertiesService.getDocumentProperties = refuse;
    addOn.s.PropertiesService.getScriptProperties = refuse;
    addOn.s.PropertiesService.getUserProperties = refuse;
    addOn.s.Session.getActiveUser = refuse;
    addOn.s.LockService.getDocumentLock = refuse;
    expect(() => addOn.run('onOpen', { authMode: 'NONE' })).not.toThrow();
    expect(addOn.s.ui.menuShapes()).toEqual(BASIC_MENU);
  });
});

describe('onOpen authorized', () => {
  test.each([
    ['LIMITED', 'ky'],
    ['FULL', 'ky'],
    ['FULL', 'en'],
    ['FULL', 'ru'],
  ] as const)('under %s builds the full menu in the workbook language (%s)', (authMode, lang) => {
    const addOn = loadAddOn();
    addOn.s.PropertiesService.document.setProperty('korgoo.lang', lang);
    addOn.run('onOpen', { authMode, source: addOn.s.spreadsheet });
    expectFullMenu(addOn.s.ui.menuShapes(), lang);
  });

  test('in Kyrgyz, no caption of the full menu is left in Russian or English', () => {
    const captions = (lang: MenuLang) => {
      const addOn = loadAddOn();
      addOn.s.PropertiesService.document.setProperty('korgoo.lang', lang);
      addOn.run('onOpen', { authMode: 'FULL' });
      return (addOn.s.ui.menuShapes()[0]?.items ?? []).filter(isItem).map((i) => i.caption);
    };
    const others = new Set([...captions('ru'), ...captions('en')]);
    const ky = captions('ky');
    expect(ky.length).toBeGreaterThanOrEqual(CORE_MENU.ky.length);
    expect(ky.filter((caption) => others.has(caption))).toEqual([]);
  });

  test('defaults to Russian when the workbook has no language yet', () => {
    const addOn = loadAddOn();
    addOn.run('onOpen', { authMode: 'LIMITED' });
    expectFullMenu(addOn.s.ui.menuShapes(), 'ru');
  });

  test('every menu item calls a global function of the bundle', () => {
    const addOn = loadAddOn();
    addOn.run('onOpen', { authMode: 'FULL' });
    addOn.run('onOpen', { authMode: 'NONE' });
    const names = addOn.s.ui.menus.flatMap((menu) => menu.functionNames());
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(entryPoints()).toContain(name);
      expect(typeof addOn.ctx[name]).toBe('function');
    }
  });
});

describe('onInstall', () => {
  test.each(['FULL', 'NONE'])('calls onOpen with its event (%s)', (authMode) => {
    const installed = loadAddOn();
    const opened = loadAddOn();
    for (const addOn of [installed, opened]) {
      addOn.s.PropertiesService.document.setProperty('korgoo.lang', 'ky');
      addOn.s.counter.reset();
    }
    installed.run('onInstall', { authMode });
    opened.run('onOpen', { authMode });
    if (authMode === 'NONE') expect(installed.s.ui.menuShapes()).toEqual(BASIC_MENU);
    else expectFullMenu(installed.s.ui.menuShapes(), 'ky');
    expect(installed.s.ui.menuShapes()).toEqual(opened.s.ui.menuShapes());
    expect(installed.s.counter.snapshot()).toEqual(opened.s.counter.snapshot());
  });
});

describe('Help', () => {
  test('shows the help in the workbook language and writes nothing', () => {
    const addOn = loadAddOn();
    addOn.s.PropertiesService.document.setProperty('korgoo.lang', 'en');
    addOn.s.counter.reset();
    addOn.run('showHelp');
    expect(addOn.s.ui.dialogs).toHaveLength(1);
    expect(addOn.s.ui.dialogs[0]?.prompt).toMatch(/^Korgoo checks the committees' entries/);
    expect(addOn.s.counter.sheetsCalls()).toBe(0);
  });
});
