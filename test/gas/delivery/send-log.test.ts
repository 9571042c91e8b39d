/**
 * The logs of sends through the bundle, the Digest log and the Reminder log: one row per
 * message (period, recipient), matched on the address as Korgoo normalizes it, so an address
 * typed with Sheets' text apostrophe is mailed once; a workbook whose logs an earlier run
 * filled goes on where they stood.
 */
import * as vm from 'node:vm';
import { SHEETS } from '../../../src/core/schema/sheets';
import type { FakeSheet } from '../../fakes';
import { BOTH_KINDS, bishkek, digestWorkbook, fillDigestBook } from '../digest-workbook';
import { ensureBuilt, loadAddOn } from '../load-bundle';
import { columnOf, valuesOf, writeRows } from '../workbook-data';

beforeAll(() => ensureBuilt());

test("an address typed with a leading apostrophe ('someone@…) is mailed once, not on every run", () => {
  const addOn = digestWorkbook();
  const recipients = addOn.s.spreadsheet.sheet(SHEETS.recipients.labels.en);
  // The cell holds the apostrophe (typed into a plain-text cell, or pasted from elsewhere).
  writeRows(recipients, 2, [["'Someone@Example.org"]]);
  expect(
    recipients.rangeAt(2, columnOf('recipients', 'email'), 1, 1).readValuesUncounted(),
  ).toEqual([["'Someone@Example.org"]]);
  addOn.run('sendMonthlyDigest', { triggerUid: '1' });
  const first = addOn.sentTo().filter((to) => to.toLowerCase().includes('someone'));
  expect(first).toEqual(['someone@example.org']);
  // The next run (the clock's next hour) finds it sent and sends nothing again.
  addOn.clock.now += 3_600_000;
  addOn.run('sendMonthlyDigest', { triggerUid: '1' });
  const all = addOn.sentTo().filter((to) => to.toLowerCase().includes('someone'));
  expect(all).toEqual(['someone@example.org']);
  const logged = addOn.logRows().filter((row) => String(row[1]).includes('someone'));
  expect(logged.map((row) => row[1])).toEqual(['someone@example.org']);
});

const sentAt = bishkek(2026, 10, 5, 8, 2);

/** A workbook of the current version whose Digest log and Reminder log already hold rows. */
function filledLogs() {
  const addOn = loadAddOn({ session: { scriptTimeZone: 'UTC' } });
  fillDigestBook(addOn, {}, BOTH_KINDS);
  const clock = { now: bishkek(2026, 10, 31, 12).getTime() };
  (vm.runInContext('Date', addOn.ctx) as DateConstructor).now = () => clock.now;
  addOn.run('scheduleMonthlyDigest');
  const book = addOn.s.context.active ?? addOn.s.spreadsheet;
  const digestLog = book.sheet(SHEETS.digestLog.labels.en);
  const reminderLog = book.sheet(SHEETS.reminderLog.labels.en);
  writeRows(digestLog, 2, [
    ['2026-09', 'coord.all@example.org', 'Sent', sentAt, ''],
    // A month Sheets made a date of, an address in another case: October went out already.
    [bishkek(2026, 10, 1), 'Coord.All@Example.org', 'Sent', sentAt, ''],
    ['2026-10', 'donor@example.org', 'Failed', '', 'Service invoked too many times'],
  ]);
  writeRows(reminderLog, 2, [
    ['2026-W44', 'coord.all@example.org', 'Sent', sentAt, ''],
    ['2026-W45', 'coord.naryn@example.org', 'Sent', sentAt, ''],
    ['2026-W45', 'coord.all@example.org', 'Pending', '', ''],
  ]);
  // Dates as times: the bundle's own Date class is not the test's.
  const rows = (sheet: FakeSheet) =>
    valuesOf(sheet, 1, 1, sheet.grid.lastRow(), 5).map((row) =>
      row.map((v) =>
        Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).getTime() : v,
      ),
    );
  const at = (time: Date) => {
    clock.now = time.getTime();
    addOn.runClock();
  };
  const mails = () => addOn.s.MailApp.sent.map((m) => m.to.join());
  return {
    addOn,
    at,
    mails,
    digest: () => rows(digestLog),
    reminder: () => rows(reminderLog),
    book,
  };
}

/** Period, recipient and status of the rows below the three the workbook came with. */
const added = (rows: unknown[][]): unknown[][] => rows.slice(4).map((r) => r.slice(0, 3));

describe('a workbook whose Digest log and Reminder log are already filled', () => {
  test('each log goes on where it stood: what was sent is not sent again, the rest is, marked in its own row', () => {
    const w = filledLogs();
    const digestBefore = w.digest();
    const reminderBefore = w.reminder();
    w.at(bishkek(2026, 11, 2, 8)); // Monday: October's digest is due, the week's reminders start
    expect(w.mails().sort()).toEqual(['coord.all@example.org', 'donor@example.org']);
    const digest = w.digest();
    const reminder = w.reminder();
    // Same sheets, same header, same rows; only the row retried and the row pending changed.
    expect(w.book.getSheets().map((s) => s.getName())).toEqual(
      expect.arrayContaining([SHEETS.digestLog.labels.en, SHEETS.reminderLog.labels.en]),
    );
    expect(digest.slice(0, 3)).toEqual(digestBefore.slice(0, 3));
    const monday = bishkek(2026, 11, 2, 8).getTime();
    expect(digest.slice(3)).toEqual([['2026-10', 'donor@example.org', 'Sent', monday, '']]);
    expect(reminder.slice(0, 3)).toEqual(reminderBefore.slice(0, 3));
    expect(reminder.slice(3)).toEqual([['2026-W45', 'coord.all@example.org', 'Sent', monday, '']]);
    // An hour later nothing is sent again and nothing is added.
    w.at(bishkek(2026, 11, 2, 9));
    expect(w.mails()).toHaveLength(2);
    expect([w.digest(), w.reminder()]).toEqual([digest, reminder]);
  });

  test('the next period adds its rows below, written as before: month and week as text', () => {
    const w = filledLogs();
    w.at(bishkek(2026, 11, 2, 8));
    w.at(bishkek(2026, 11, 9, 8));
    expect(added(w.reminder())).toEqual([
      ['2026-W46', 'coord.all@example.org', 'Sent'],
      ['2026-W46', 'coord.naryn@example.org', 'Sent'],
    ]);
    w.at(bishkek(2026, 12, 1, 8));
    expect(added(w.digest())).toEqual([
      ['2026-11', 'coord.all@example.org', 'Sent'],
      ['2026-11', 'donor@example.org', 'Sent'],
    ]);
    expect(
      w
        .digest()
        .slice(4)
        .map((r) => typeof r[0]),
    ).toEqual(['string', 'string']);
  });
});
