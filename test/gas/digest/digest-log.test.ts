/**
 * The Digest log through the bundle: one row per (month, recipient), matched on the address as
 * Korgoo normalizes it, so an address typed with Sheets' text apostrophe is mailed once.
 */
import { SHEETS } from '../../../src/core/schema/sheets';
import { digestWorkbook } from '../digest-workbook';
import { ensureBuilt } from '../load-bundle';
import { columnOf, writeRows } from '../workbook-data';

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
