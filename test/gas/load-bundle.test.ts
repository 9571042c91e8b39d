/**
 * The add-ons of the bundle tests share one loaded bundle (test/gas/load-bundle.ts), yet each
 * runs on its own services, its own Date.now and its own advanced services, as if alone.
 */
import * as vm from 'node:vm';
import { SHEETS } from '../../src/core/schema/sheets';
import { ensureBuilt, loadAddOn, loadBundle } from './load-bundle';

beforeAll(() => ensureBuilt());

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
