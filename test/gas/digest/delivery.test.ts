/**
 * The monthly digest's delivery through the built bundle, run by the document's one hourly
 * clock as Google runs an add-on's time-driven trigger (no active spreadsheet): every active
 * recipient gets last month's digest once, whatever the quota, the failures, the hour or a
 * second run at once.
 */

import { choiceKeyOf } from '../../../src/core/read/choices-index';
import { SHEETS } from '../../../src/core/schema/sheets';
import {
  ACTIVE_EMAILS,
  bishkek,
  type DigestAddOn,
  digestWorkbook,
  INACTIVE,
} from '../digest-workbook';
import { ensureBuilt } from '../load-bundle';
import { writeRows } from '../workbook-data';

beforeAll(() => ensureBuilt());

const sorted = (list: readonly string[]) => [...list].sort();
/** Each recipient's status key, from the label the English workbook shows. */
const statusOf = (addOn: DigestAddOn) =>
  Object.fromEntries(
    addOn.logRows().map((row) => [String(row[1]), choiceKeyOf('digestStatus', String(row[2]))]),
  );
/** The fake has failFor() only: forget its failures (the address works again). */
const clearFailures = (addOn: DigestAddOn) =>
  (addOn.s.MailApp as unknown as { failures: Map<string, string> }).failures.clear();
const logSheetText = (addOn: DigestAddOn) =>
  JSON.stringify(addOn.s.spreadsheet.sheet('Log').rangeAt(1, 1, 50, 4).readValuesUncounted());

describe('a normal monthly run', () => {
  let addOn: DigestAddOn;
  beforeAll(() => {
    addOn = digestWorkbook();
    addOn.runClock();
  });

  test('sends last month to each active recipient once, by MailApp, both parts, as Korgoo', () => {
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
    expect(addOn.sentTo()).not.toContain(INACTIVE);
    for (const mail of addOn.s.MailApp.sent) {
      expect(mail.to).toHaveLength(1);
      expect(mail.name).toBe('Korgoo');
      expect(mail.htmlBody).toContain('<table');
      expect(mail.body.length).toBeGreaterThan(200);
    }
    const subjects = Object.fromEntries(addOn.s.MailApp.sent.map((m) => [m.to[0], m.subject]));
    expect(subjects['ru.all@example.org']).toBe('Korgoo: сводка за октябрь 2026');
    expect(subjects['ky.naryn@example.org']).toBe(
      'Korgoo: айлык жыйынтык, 2026-ж., октябрь — Нарын облусу',
    );
    expect(subjects['en.all@example.org']).toBe('Korgoo: digest for October 2026');
  });

  test('the Digest log holds one sent row per recipient, with the month as text and the time', () => {
    const rows = addOn.logRows();
    expect(rows).toHaveLength(ACTIVE_EMAILS.length);
    for (const row of rows) {
      expect(row[0]).toBe('2026-10');
      expect(row[2]).toBe('Sent');
      expect(Object.prototype.toString.call(row[3])).toBe('[object Date]');
      expect(row[4]).toBe('');
    }
  });

  test('the one clock stays, and the later runs of the month send nothing and read no sheet', () => {
    expect(addOn.clocks()).toHaveLength(1);
    addOn.s.counter.reset();
    addOn.nextHour();
    addOn.nextHour();
    expect(addOn.s.MailApp.sent).toHaveLength(ACTIVE_EMAILS.length);
    expect(addOn.logRows()).toHaveLength(ACTIVE_EMAILS.length);
    expect(addOn.s.counter.byPrefix('Range.')).toBe(0);
    expect(addOn.s.counter.count('Sheet.getDataRange')).toBe(0);
  });

  test('never touches GmailApp (the bundle does not even name it)', () => {
    expect(addOn.ctx.GmailApp).toBeUndefined();
    expect(
      require('node:fs').readFileSync(require('../load-bundle').CODE_JS, 'utf8'),
    ).not.toContain('GmailApp');
  });
});

describe('month edges in Asia/Bishkek while the script runs in UTC', () => {
  test.each([
    ['00:30 on the 1st (still 31 October in UTC)', bishkek(2026, 11, 1, 0, 30)],
    ['05:59 on the 1st', bishkek(2026, 11, 1, 5, 59)],
  ])(
    'at %s nothing goes yet; from 08:00 the digest is October’s, with October’s dates only',
    (_, now) => {
      const addOn = digestWorkbook();
      addOn.clock.now = now.getTime();
      addOn.runClock();
      expect(addOn.s.MailApp.sent).toHaveLength(0);
      addOn.clock.now = bishkek(2026, 11, 1, 8).getTime();
      addOn.runClock();
      const mail = addOn.s.MailApp.sent.find((m) => m.to[0] === 'en.all@example.org');
      expect(mail?.subject).toBe('Korgoo: digest for October 2026');
      // 1 Oct 03:00 (11) + 31 Oct 23:30 (17); not 1 Nov 00:30 (13), not 30 Sep 23:00 (19).
      expect(mail?.body).toMatch(/Preventive meeting participants\s+28\s+\+9\s+47/);
      expect(addOn.logRows().every((row) => row[0] === '2026-10')).toBe(true);
    },
  );

  test('a missed 1st: the next run, on the 2nd, sends October', () => {
    const addOn = digestWorkbook();
    addOn.clock.now = bishkek(2026, 11, 2, 3).getTime();
    addOn.runClock();
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
    expect(addOn.s.MailApp.sent[0]?.subject).toContain('октябрь 2026');
  });

  test('on 31 October at 23:30 in Bishkek the digest is still September’s', () => {
    const addOn = digestWorkbook();
    addOn.clock.now = bishkek(2026, 10, 31, 23, 30).getTime();
    addOn.runClock();
    expect(addOn.s.MailApp.sent[0]?.subject).toContain('сентябрь 2026');
  });
});

describe('quota', () => {
  test('quota 0: nothing sent, nothing lost; a later run sends everything once', () => {
    const addOn = digestWorkbook({ mailQuota: 0 });
    addOn.runClock();
    expect(addOn.s.MailApp.sent).toHaveLength(0);
    expect(Object.values(statusOf(addOn))).toEqual(ACTIVE_EMAILS.map(() => 'pending'));
    expect(logSheetText(addOn)).toContain('quota');

    addOn.s.MailApp.quota = 100;
    addOn.nextHour();
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
    addOn.nextHour();
    expect(addOn.s.MailApp.sent).toHaveLength(ACTIVE_EMAILS.length);
    expect(addOn.clocks()).toHaveLength(1);
  });

  test('quota spent mid-run: the rest stays pending and goes out once, run after run', () => {
    const addOn = digestWorkbook({ mailQuota: 2 });
    addOn.runClock();
    expect(addOn.s.MailApp.sent).toHaveLength(2);
    expect(Object.values(statusOf(addOn)).sort()).toEqual(['pending', 'pending', 'sent', 'sent']);

    addOn.s.MailApp.quota = 1;
    addOn.nextHour();
    expect(addOn.s.MailApp.sent).toHaveLength(3);

    addOn.s.MailApp.quota = 100;
    addOn.nextHour();
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
    expect(addOn.logRows()).toHaveLength(ACTIVE_EMAILS.length);
  });
});

describe('a send that fails', () => {
  test('is logged (Digest log and Log) and retried; the others are not sent twice', () => {
    const addOn = digestWorkbook();
    addOn.s.MailApp.failFor('en.chui@example.org', 'Invalid recipient: bounced');
    addOn.runClock();
    const others = ACTIVE_EMAILS.filter((e) => e !== 'en.chui@example.org');
    expect(sorted(addOn.sentTo())).toEqual(sorted(others));
    const failed = addOn.logRows().find((row) => row[1] === 'en.chui@example.org');
    expect(failed?.[2]).toBe('Failed');
    expect(failed?.[4]).toContain('bounced');
    expect(logSheetText(addOn)).toContain('en.chui@example.org');

    clearFailures(addOn);
    addOn.nextHour();
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
    expect(statusOf(addOn)['en.chui@example.org']).toBe('sent');
  });

  test('a failure that persists: after a dozen idle runs the digest waits a day, then retries', () => {
    const addOn = digestWorkbook();
    addOn.s.MailApp.failFor('en.chui@example.org');
    addOn.runClock();
    for (let i = 0; i < 12; i++) addOn.nextHour();
    const attempts = addOn.s.counter.count('MailApp.sendEmail');
    for (let i = 0; i < 6; i++) addOn.nextHour();
    expect(addOn.s.counter.count('MailApp.sendEmail')).toBe(attempts);
    expect(statusOf(addOn)['en.chui@example.org']).toBe('failed');
    expect(addOn.s.MailApp.sent).toHaveLength(ACTIVE_EMAILS.length - 1);
    clearFailures(addOn);
    addOn.clock.now += 24 * 3_600_000;
    addOn.runClock();
    expect(statusOf(addOn)['en.chui@example.org']).toBe('sent');
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
  });
});

describe('two runs at once', () => {
  test('a run that finds the lock held by another execution sends nothing; the next run does', () => {
    const addOn = digestWorkbook();
    // A clock run has no document lock: deliveries of one workbook meet on the script's.
    addOn.s.LockService.holdFromAnotherExecution('script');
    addOn.runClock();
    expect(addOn.s.MailApp.sent).toHaveLength(0);
    // Still busy an hour later: nothing lost, nothing doubled.
    addOn.nextHour();
    expect(addOn.s.MailApp.sent).toHaveLength(0);
    addOn.s.LockService.releaseFromAnotherExecution('script');
    addOn.nextHour();
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
    expect(addOn.clocks()).toHaveLength(1);
  });

  test('a trigger firing twice while the first run sends: each recipient gets one digest', () => {
    const addOn = digestWorkbook();
    const mail = addOn.s.MailApp;
    const send = mail.sendEmail.bind(mail);
    let nested = 0;
    mail.sendEmail = ((...args: Parameters<typeof send>) => {
      send(...args);
      if (nested++ < 2) addOn.runClock();
    }) as typeof mail.sendEmail;
    addOn.runClock();
    addOn.nextHour();
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
    expect(addOn.logRows()).toHaveLength(ACTIVE_EMAILS.length);
  });
});

describe('the time limit', () => {
  test('a run stops before ~5 minutes of work and the next hourly run finishes the rest', () => {
    const addOn = digestWorkbook();
    const mail = addOn.s.MailApp;
    const send = mail.sendEmail.bind(mail);
    mail.sendEmail = ((...args: Parameters<typeof send>) => {
      send(...args);
      addOn.clock.now += 100_000;
    }) as typeof mail.sendEmail;
    addOn.runClock();
    expect(mail.sent).toHaveLength(3);
    expect(logSheetText(addOn)).toContain('running out of time');
    addOn.nextHour();
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
  });
});

describe('a recipient added or made inactive between runs', () => {
  test('earlier months are never resent; an inactive recipient is skipped', () => {
    const addOn = digestWorkbook();
    addOn.runClock();
    addOn.clock.now = bishkek(2026, 12, 1, 8).getTime();
    addOn.runClock();
    const months = addOn.logRows().map((row) => `${row[0]} ${row[1]} ${row[2]}`);
    expect(months.filter((m) => m.startsWith('2026-11'))).toHaveLength(ACTIVE_EMAILS.length);
    expect(months.filter((m) => m.startsWith('2026-10'))).toHaveLength(ACTIVE_EMAILS.length);
    expect(addOn.s.MailApp.sent).toHaveLength(2 * ACTIVE_EMAILS.length);
  });
});

describe("the Digest log in the coordinator's language", () => {
  test('a row marked sent in another language (or by key) is not sent again', () => {
    const addOn = digestWorkbook();
    const log = addOn.s.spreadsheet.sheet(SHEETS.digestLog.labels.en);
    const [ruAll, kyNaryn, ...rest] = ACTIVE_EMAILS;
    writeRows(log, 2, [
      ["'2026-10", ruAll ?? '', 'Отправлено', '', ''],
      ["'2026-10", kyNaryn ?? '', 'sent', '', ''],
    ]);
    addOn.runClock();
    expect(sorted(addOn.sentTo())).toEqual(sorted(rest));
    expect(statusOf(addOn)).toEqual(
      Object.fromEntries(ACTIVE_EMAILS.map((email) => [email, 'sent'])),
    );
  });
});
