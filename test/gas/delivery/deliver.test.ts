/**
 * The delivery protocol on the Digest log and MailApp (fakes): pending rows written before
 * any send, each send marked as it goes, nothing sent twice, the quota and the time kept.
 */
import type { RecipientRecord } from '../../../src/core/schema/records';
import { type DeliveryRun, deliver } from '../../../src/gas/delivery/deliver';
import { mailApp } from '../../../src/gas/mailer';
import { rowsOf, useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({ spreadsheet: { sheets: ['Events'] }, mailQuota: 10 });
const book = () => fakes().real.SpreadsheetApp.getActiveSpreadsheet();
const AT = Date.UTC(2026, 5, 1, 3);
beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(AT));
afterEach(() => jest.restoreAllMocks());

const recipient = (email: string) => ({ email, name: email, language: 'en' }) as RecipientRecord;
const digestRun = (emails: string[], over: Partial<DeliveryRun> = {}): DeliveryRun => ({
  kind: 'digest',
  recipients: emails.map(recipient),
  due: ['2026-05'],
  message: (period, r) => ({
    to: r.email,
    subject: `Digest ${period}`,
    html: '',
    text: 'figures',
    name: 'Korgoo',
  }),
  ...over,
});
const log = () => rowsOf(fakes().spreadsheet.sheet('Digest log'), 2);

test('each recipient once; the pending rows are in the log before the first send', () => {
  const seen: unknown[][][] = [];
  const result = deliver(
    book(),
    'en',
    mailApp,
    digestRun(['a@x.org', 'B@X.org', ' b@x.org'], {
      message: (period, r) => {
        seen.push(log());
        return { to: r.email, subject: period, html: '', text: 't', name: 'Korgoo' };
      },
    }),
  );
  expect(result).toEqual({ sent: 2, failed: 0, pending: 0, stoppedFor: null });
  expect(seen[0]?.map((row) => row.slice(0, 3))).toEqual([
    ['2026-05', 'a@x.org', 'Pending'],
    ['2026-05', 'b@x.org', 'Pending'],
  ]);
  expect(log().map((row) => row.slice(0, 4))).toEqual([
    ['2026-05', 'a@x.org', 'Sent', new Date(AT)],
    ['2026-05', 'b@x.org', 'Sent', new Date(AT)],
  ]);
  // One message for the two spellings of b's address.
  expect(fakes().MailApp.sent.map((m) => String(m.to).trim().toLowerCase())).toEqual([
    'a@x.org',
    'b@x.org',
  ]);
});

test('run again: nothing sent twice', () => {
  deliver(book(), 'en', mailApp, digestRun(['a@x.org']));
  const again = deliver(book(), 'en', mailApp, digestRun(['a@x.org']));
  expect(again).toEqual({ sent: 0, failed: 0, pending: 0, stoppedFor: null });
  expect(fakes().MailApp.sent).toHaveLength(1);
  expect(log()).toHaveLength(1);
});

test('the quota spent: the rest kept pending for the next run, which sends it', () => {
  fakes().MailApp.quota = 1;
  const first = deliver(book(), 'en', mailApp, digestRun(['a@x.org', 'b@x.org']));
  expect(first).toEqual({ sent: 1, failed: 0, pending: 1, stoppedFor: 'quota' });
  expect(log().map((row) => row[2])).toEqual(['Sent', 'Pending']);
  fakes().MailApp.quota = 5;
  expect(deliver(book(), 'en', mailApp, digestRun(['a@x.org', 'b@x.org'])).sent).toBe(1);
  expect(fakes().MailApp.sent.map((m) => m.to)).toEqual([['a@x.org'], ['b@x.org']]);
});

test('a send that fails is marked failed with the reason, told, and stays due', () => {
  const failed: string[] = [];
  const result = deliver(
    book(),
    'ru',
    mailApp,
    digestRun(['a@x.org', 'not an address'], {
      onFailed: (send, reason) => failed.push(`${send.recipient}: ${reason}`),
    }),
  );
  expect([result.sent, result.failed, result.pending, result.stoppedFor]).toEqual([1, 1, 1, null]);
  expect(failed).toEqual([expect.stringMatching(/^not an address: .*Invalid email/)]);
  const rows = rowsOf(fakes().spreadsheet.sheet('Журнал рассылки'), 2);
  expect(rows[1]?.slice(1, 3)).toEqual(['not an address', 'Ошибка отправки']);
  expect(String(rows[1]?.[4])).toMatch(/Invalid email/);
});

test('out of time: stops before the next send, the rest kept pending', () => {
  let asked = 0;
  const result = deliver(
    book(),
    'en',
    mailApp,
    digestRun(['a@x.org', 'b@x.org', 'c@x.org'], { outOfTime: () => ++asked > 1 }),
  );
  expect(result).toEqual({ sent: 1, failed: 0, pending: 2, stoppedFor: 'time' });
  expect(log().map((row) => row[2])).toEqual(['Sent', 'Pending', 'Pending']);
});
