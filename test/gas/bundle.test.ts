/**
 * build/Code.js as Apps Script runs it: one script with no module system, whose entry points
 * are top-level function declarations, and whose top-level code touches no service.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as gas from 'gas-local';
import { SHEETS } from '../../src/core/schema/sheets';
import {
  BUILD_DIR,
  CODE_JS,
  callEntry,
  ensureBuilt,
  entryPoints,
  loadAddOn,
  loadBundle,
  loadBundleBare,
  ROOT,
} from './load-bundle';

/** The functions src/gas/index.ts exports: the entry points, read from the source itself. */
function indexExports(): string[] {
  const source = fs.readFileSync(path.join(ROOT, 'src', 'gas', 'index.ts'), 'utf8');
  return [...source.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm)]
    .map((m) => m[1] as string)
    .sort();
}

/** The triggers and menu items of issue 3: always among the entry points. */
const REQUIRED_ENTRY_POINTS = [
  'onEdit',
  'onInstall',
  'onOpen',
  'setUpWorkbook',
  'showHelp',
  'validateNow',
];

/** Functions of src/gas that must stay inside the bundle's closure. */
const INTERNAL_HELPERS = [
  'validateSpreadsheet',
  'computeMarks',
  'buildMenu',
  'ensureHeader',
  'applyColumnRules',
  'validationFor',
  'protectOwnedSheet',
  'openMenu',
  'setUpAction',
  'validateAction',
  'editAction',
  'helpAction',
  'runLogged',
  'askLanguage',
  'revalidateEditedRows',
  'replaceProblemLines',
  'writeProblemRows',
  'problemRow',
  'appendLog',
  'withDocumentLock',
  'workbookLang',
  'setWorkbookLang',
  'findSheet',
  'ensureSheet',
  'spreadsheetSource',
  'todayOf',
  'validateWorkbook',
  'analyse',
  'problemMessage',
  'asCellText',
];

const SERVICES = [
  'SpreadsheetApp',
  'PropertiesService',
  'LockService',
  'Session',
  'Utilities',
  'Logger',
  'ScriptApp',
  'MailApp',
  'HtmlService',
  'FormApp',
  'DriveApp',
  'CacheService',
  'UrlFetchApp',
];

beforeAll(() => ensureBuilt());

describe('entry points', () => {
  test('the build lists exactly the exports of src/gas/index.ts, all of them functions', () => {
    expect(entryPoints()).toEqual(indexExports());
    expect(entryPoints()).toEqual(expect.arrayContaining(REQUIRED_ENTRY_POINTS));
    // index.ts exposes entry points only: no re-export, no exported value.
    const source = fs.readFileSync(path.join(ROOT, 'src', 'gas', 'index.ts'), 'utf8');
    expect(source).not.toMatch(/^export\s+(\{|\*|const|let|var|class|default|type|interface)/m);
  });

  test('every entry point is a global function of the context, calling into the bundle', () => {
    const { ctx } = loadAddOn();
    for (const name of entryPoints()) {
      expect(typeof ctx[name]).toBe('function');
      // A real top-level declaration: what Apps Script lists as a runnable function.
      expect(vm.runInContext(`typeof ${name}`, ctx as vm.Context)).toBe('function');
      expect(fs.readFileSync(CODE_JS, 'utf8')).toContain(
        `\nfunction ${name}(){return Korgoo.${name}.apply(this,arguments)}`,
      );
    }
    const korgoo = ctx.Korgoo as Record<string, unknown>;
    expect(Object.keys(korgoo).sort()).toEqual(entryPoints());
  });

  test('the only global functions the bundle adds are the entry points', () => {
    const { s, ctx } = loadAddOn();
    const given = new Set(Object.keys(s.globals()));
    const added = Object.keys(ctx).filter((key) => !given.has(key));
    const functions = added.filter((key) => typeof ctx[key] === 'function').sort();
    expect(functions).toEqual(entryPoints());
    // Besides them: the bundle's namespace only.
    expect(added.filter((key) => typeof ctx[key] !== 'function').sort()).toEqual(['Korgoo']);
  });

  test.each(INTERNAL_HELPERS)(
    'the internal helper %s is not reachable from the global scope',
    (name) => {
      const { ctx } = loadAddOn();
      expect(Object.hasOwn(ctx, name)).toBe(false);
      // Also no top-level let/const/class, which would be visible by name but not as a property.
      expect(vm.runInContext(`typeof ${name}`, ctx as vm.Context)).toBe('undefined');
      expect((ctx.Korgoo as Record<string, unknown>)[name]).toBeUndefined();
    },
  );

  test('a stub passes its arguments and `this` through to the bundle', () => {
    const { s, ctx } = loadAddOn();
    s.PropertiesService.document.setProperty('korgoo.lang', 'en');
    callEntry(ctx, 'onOpen', { authMode: 'FULL' });
    expect(s.ui.menuShapes()[0]?.items).toContainEqual({
      caption: 'Validate now',
      functionName: 'validateNow',
    });
    callEntry(ctx, 'onOpen', { authMode: 'NONE' });
    expect(s.ui.menuShapes()[1]?.items).toHaveLength(1);
  });
});

describe('evaluating the bundle', () => {
  test('with no service defined at all does not throw, and still declares every entry point', () => {
    let ctx: Record<string, unknown> = {};
    expect(() => {
      ctx = loadBundleBare();
    }).not.toThrow();
    for (const service of SERVICES) expect(Object.hasOwn(ctx, service)).toBe(false);
    for (const name of entryPoints()) expect(typeof ctx[name]).toBe('function');
  });

  test('touches no service: top-level code runs in every execution, also under AuthMode.NONE', () => {
    const touched: string[] = [];
    const globals: Record<string, unknown> = {};
    for (const service of SERVICES) {
      Object.defineProperty(globals, service, {
        enumerable: true,
        get() {
          touched.push(service);
          throw new Error(`${service}: authorization is required to perform that action.`);
        },
      });
    }
    expect(() => gas.require(BUILD_DIR, globals)).not.toThrow();
    expect(touched).toEqual([]);
  });

  test('needs none of what Apps Script lacks: no require, module, setTimeout, URL or TextEncoder', () => {
    const { ctx } = loadAddOn();
    for (const name of [
      'require',
      'module',
      'exports',
      'process',
      'setTimeout',
      'URL',
      'TextEncoder',
    ]) {
      expect(vm.runInContext(`typeof ${name}`, ctx as vm.Context)).toBe('undefined');
    }
    // The context still ran the whole add-on: the bundle works without them.
    expect(typeof ctx.validateNow).toBe('function');
  });

  test('gas-local loads the build folder the same way every time: a fresh context per load', () => {
    const a = loadBundle({});
    const b = loadBundle({});
    expect(a).not.toBe(b);
    expect(a.Korgoo).not.toBe(b.Korgoo);
  });
});

const BUNDLE_BUDGET_BYTES = 300 * 1024;

describe('build/Code.js', () => {
  // Korgoo's own budget, not Google's (its quotas page states no script size): Apps Script
  // loads and parses the whole bundle at every run of a trigger or menu item. It was 200 KB
  // until month close, the worklist and the roll-up (issues 13-15) added about 55 KB of their
  // own code and words in three languages; `npm run bench` prints bundleBytes.
  test('is an IIFE under one global, at most 300 KB, with Cyrillic kept unescaped', () => {
    const code = fs.readFileSync(CODE_JS, 'utf8');
    expect(code).toMatch(/^("use strict";)?var Korgoo=\(\(\)=>\{/);
    expect(fs.statSync(CODE_JS).size).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
    expect(code).toContain('Проверить сейчас');
    expect(code).not.toMatch(/\\u04[0-9a-f]{2}/i);
  });
});

/**
 * The add-ons of the bundle tests share one loaded bundle (test/gas/load-bundle.ts), yet each
 * runs on its own services, its own Date.now and its own advanced services, as if alone.
 */
describe('the add-ons of these tests', () => {
  const NO_UI = { authMode: 'NONE' };
  const names = (addOn: ReturnType<typeof loadAddOn>) =>
    addOn.s.spreadsheet.sheetList().map((sheet) => sheet.getNameUncounted());

  test('add-ons share one loaded bundle: it is evaluated once, not once per workbook', () => {
    expect(loadAddOn().ctx).toBe(loadAddOn().ctx);
  });

  test('two add-ons used in turn each run on their own spreadsheet and counter', () => {
    const a = loadAddOn();
    const b = loadAddOn();
    a.s.ui.answerPrompt('en');
    b.s.ui.answerPrompt('ru');
    a.run('setUpWorkbook');
    b.run('setUpWorkbook');
    expect(names(a)).toContain(SHEETS.events.labels.en);
    expect(names(a)).not.toContain(SHEETS.events.labels.ru);
    expect(names(b)).toContain(SHEETS.events.labels.ru);
    expect(names(b)).not.toContain(SHEETS.events.labels.en);
    a.s.counter.reset();
    b.s.counter.reset();
    b.run('onOpen', NO_UI);
    expect(a.s.counter.total()).toBe(0);
    expect(b.s.counter.total()).toBeGreaterThan(0);
  });

  test("a test's Date.now on one add-on's context is that add-on's alone", () => {
    const a = loadAddOn();
    (vm.runInContext('Date', a.ctx) as DateConstructor).now = () => 123;
    const b = loadAddOn();
    b.run('onOpen', NO_UI);
    expect(vm.runInContext('Date.now()', b.ctx)).not.toBe(123);
    a.run('onOpen', NO_UI);
    expect(vm.runInContext('Date.now()', a.ctx)).toBe(123);
  });

  test('an add-on without the advanced service has no Sheets global, after one with it', () => {
    const withApi = loadAddOn({ sheetsApi: true });
    withApi.run('onOpen', NO_UI);
    const without = loadAddOn({ sheetsApi: false });
    without.run('onOpen', NO_UI);
    const fresh = loadBundle(without.s.globals());
    expect(vm.runInContext('typeof Sheets', without.ctx)).toBe(
      vm.runInContext('typeof Sheets', fresh),
    );
    expect(vm.runInContext('typeof Sheets', without.ctx)).toBe('undefined');
    withApi.run('onOpen', NO_UI);
    expect(vm.runInContext('typeof Sheets', withApi.ctx)).toBe('object');
  });
});
