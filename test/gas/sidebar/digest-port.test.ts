/**
 * The sidebar's digest: scheduled under the lock, rendered as delivered, a preview mailed to
 * the current user only (logged, the Digest log untouched).
 */
import { analyse } from '../../../src/core/analyse';
import { text } from '../../../src/core/i18n/texts';
import { SidebarError } from '../../../src/core/sidebar/texts';
import { setWorkbookLang } from '../../../src/gas/settings';
import { spreadsheetDigestPort } from '../../../src/gas/sidebar/digest-port';
import { spreadsheetSource } from '../../../src/gas/spreadsheet-source';
import { rowsOf, schemaSheets, useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({
  session: { activeUserEmail: 'me@x.org', effectiveUserEmail: 'me@x.org' },
  mailQuota: 3,
});

function port(lang: 'en' | 'ru' = 'en') {
  const s = fakes();
  const spreadsheet = s.real.SpreadsheetApp.getActiveSpreadsheet();
  setWorkbookLang(lang);
  schemaSheets(s, lang, ['committees', 'events', 'recipients']);
  const analysis = analyse(
    spreadsheetSource(spreadsheet),
    { timeZone: 'Asia/Bishkek', dates: 'instant' },
    Date.UTC(2026, 5, 10),
  );
  s.counter.reset();
  return { digest: spreadsheetDigestPort(spreadsheet), analysis };
}
const logRows = () => rowsOf(fakes().spreadsheet.sheet('Log'), 2);

test('a preview goes to me alone, as delivered, and is logged; the Digest log is untouched', () => {
  const { digest, analysis } = port();
  const rendered = digest.render(analysis, '2026-05', 'ky');
  expect(digest.sendPreviewToMe?.(analysis, '2026-05', 'ky')).toBe('me@x.org');
  const sent = fakes().MailApp.sent;
  expect(sent.map((m) => [m.to, m.subject, m.htmlBody, m.name])).toEqual([
    [['me@x.org'], rendered.subject, rendered.html, 'Korgoo'],
  ]);
  expect(logRows().map((row) => [row[1], row[3]])).toEqual([
    ['Digest preview', '2026-05 · ky → me@x.org'],
  ]);
  expect(fakes().spreadsheet.getSheetByName('Digest log')).toBeNull();
});

test('no address from Google, or no quota: told in the workbook language, nothing sent', () => {
  const { digest, analysis } = port('ru');
  const s = fakes();
  s.Session.activeUserEmail = '';
  expect(() => digest.sendPreviewToMe?.(analysis, '2026-05', 'en')).toThrow(text('noEmail', 'ru'));
  s.Session.activeUserEmail = 'me@x.org';
  s.MailApp.quota = 0;
  expect(() => digest.sendPreviewToMe?.(analysis, '2026-05', 'en')).toThrow(SidebarError);
  expect(() => digest.sendPreviewToMe?.(analysis, '2026-05', 'en')).toThrow(text('noQuota', 'ru'));
  expect(s.MailApp.sent).toEqual([]);
});

test('a send that fails is logged as failed and the error goes up', () => {
  const { digest, analysis } = port();
  const s = fakes();
  s.Session.activeUserEmail = 'not an address';
  expect(() => digest.sendPreviewToMe?.(analysis, '2026-05', 'en')).toThrow(/Invalid email/);
  expect(String(logRows()[0]?.[3])).toMatch(/^failed: .*Invalid email/);
});

test('scheduled under the lock: the clock made; busy: told, no clock', () => {
  const { digest } = port();
  const s = fakes();
  expect(digest.triggerHandler).toBe('runSchedule');
  s.LockService.holdFromAnotherExecution('document');
  expect(() => digest.schedule?.('ru')).toThrow(text('busy', 'ru'));
  expect(s.ScriptApp.triggers).toEqual([]);
  s.LockService.releaseFromAnotherExecution('document');
  expect(digest.schedule?.('en')).toMatch(/Asia\/Bishkek/);
  expect(s.ScriptApp.triggers.map((t) => t.describe().handler)).toEqual(['runSchedule']);
});
