/**
 * The hourly clock's run: nothing at all while the user must authorize again; else, in the
 * document its clock was made in, whatever is due (here the month's digest) and nothing twice.
 */
import { CLOCK_HANDLER, ensureClock } from '../../../src/gas/schedule/clock-trigger';
import { legacyClockRun, scheduleRun } from '../../../src/gas/schedule/run';
import { setWorkbookLang } from '../../../src/gas/settings';
import type { FakeSheet, FakeTrigger } from '../../fakes';
import { putRows, schemaSheets, useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({ session: { effectiveUserEmail: 'owner@example.com' } });
afterEach(() => jest.restoreAllMocks());
// 1 June 2026, 09:00 in Bishkek: the May digest is due.
const AT = Date.UTC(2026, 5, 1, 3);

function scheduled(): FakeTrigger {
  const s = fakes();
  const spreadsheet = s.real.SpreadsheetApp.getActiveSpreadsheet();
  setWorkbookLang('en');
  const [recipients] = schemaSheets(s, 'en', ['recipients']);
  putRows(recipients as FakeSheet, 2, [['head@x.org', 'Head', 'English', '', '', 'Yes', '']]);
  ensureClock(spreadsheet);
  const clock = s.ScriptApp.triggers.find((t) => t.describe().handler === CLOCK_HANDLER);
  if (!clock) throw new Error('no clock');
  jest.spyOn(Date, 'now').mockReturnValue(AT);
  s.counter.reset();
  return clock;
}

test('authorization needed: the user told once, nothing else done', () => {
  const clock = scheduled();
  const s = fakes();
  s.ScriptApp.authorizationRequired = true;
  s.runAsClock(clock, () => scheduleRun());
  expect(s.MailApp.sent.map((m) => m.to)).toEqual([['owner@example.com']]);
  expect(s.counter.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
  expect(s.counter.count('SpreadsheetApp.openById')).toBe(0);
});

test('a clock run opens its workbook by id and sends the month digest, once', () => {
  const clock = scheduled();
  const s = fakes();
  s.runAsClock(clock, () => scheduleRun());
  expect(s.counter.count('SpreadsheetApp.openById')).toBe(1);
  expect(s.MailApp.sent.map((m) => m.to)).toEqual([['head@x.org']]);
  s.runAsClock(clock, () => scheduleRun());
  expect(s.MailApp.sent).toHaveLength(1);
});

test('no workbook known to the clock: nothing done, no failure', () => {
  const clock = scheduled();
  const s = fakes();
  s.PropertiesService.document.store.delete('korgoo.schedule.spreadsheet');
  s.runAsClock(clock, () => scheduleRun());
  expect(s.MailApp.sent).toEqual([]);
});

test("an earlier version's clock: replaced by the one clock, then the digest sent", () => {
  const clock = scheduled();
  const s = fakes();
  s.ScriptApp.deleteTrigger(clock);
  const legacy = s.ScriptApp.newTrigger('monthlyDigest').timeBased().everyHours(1).create();
  s.PropertiesService.document.store.delete('korgoo.schedule.spreadsheet');
  s.PropertiesService.user.store.set('korgoo.digest.spreadsheet', s.spreadsheet.id);
  s.runAsClock(legacy as unknown as FakeTrigger, () => legacyClockRun());
  expect(s.ScriptApp.triggers.map((t) => t.describe().handler)).toEqual([CLOCK_HANDLER]);
  expect(s.MailApp.sent.map((m) => m.to)).toEqual([['head@x.org']]);
});
