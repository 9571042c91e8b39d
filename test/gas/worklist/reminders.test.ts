/**
 * The weekly reminder through the built bundle, fired by the document's one clock as Google
 * fires an add-on's time-driven trigger: from Monday 08:00, one mail of counts and a link to
 * each active recipient whose Receives includes reminders, once a week, never a case code.
 */
import * as vm from 'node:vm';
import { SHEETS } from '../../../src/core/schema/sheets';
import { BOTH_KINDS, bishkek, fillDigestBook } from '../digest-workbook';
import { type AddOn, ensureBuilt, loadAddOn } from '../load-bundle';
import { rowOf, writeRows } from '../workbook-data';

beforeAll(() => ensureBuilt());

const CODES = ['KANT-2026-0001', 'KANT-2026-0002', 'NARYN-2026-0001'] as const;

interface Book extends AddOn {
  clock: { now: number };
  reminders(): { to: string; subject: string; htmlBody: string; body: string }[];
  digests(): string[];
  logRows(): unknown[][];
  at(time: Date): void;
}

function book(options: { mailQuota?: number } = {}): Book {
  const addOn = loadAddOn({ session: { scriptTimeZone: 'UTC' }, ...options });
  fillDigestBook(addOn, {}, BOTH_KINDS);
  const sheet = (addOn.s.context.active ?? addOn.s.spreadsheet).sheet(SHEETS.cases.labels.en);
  const base = { source: 'Police', affectedPerson: 'Woman', consent: 'Yes', status: 'Open' };
  writeRows(sheet, 2, [
    // An order ending on Wednesday, a high-risk case never reviewed, a family without follow-up.
    rowOf('cases', {
      ...base,
      caseCode: CODES[0],
      committeeId: 'KANT',
      identifiedOn: bishkek(2026, 10, 20),
      reviewedJointlyWith: 'Police',
      orderIssuedOn: bishkek(2026, 10, 30),
      orderUntil: bishkek(2026, 11, 4),
    }),
    rowOf('cases', {
      ...base,
      caseCode: CODES[1],
      committeeId: 'KANT',
      identifiedOn: bishkek(2026, 10, 1),
      riskLevel: 'High',
    }),
    rowOf('cases', {
      ...base,
      caseCode: CODES[2],
      committeeId: 'NARYN',
      identifiedOn: bishkek(2026, 9, 1),
      reviewedJointlyWith: 'Police',
    }),
  ]);
  const clock = { now: bishkek(2026, 11, 1, 9).getTime() };
  (vm.runInContext('Date', addOn.ctx) as DateConstructor).now = () => clock.now;
  addOn.run('scheduleMonthlyDigest');
  const isReminder = (subject: string) => /needs action|требует действий/.test(subject);
  return {
    ...addOn,
    clock,
    reminders: () =>
      addOn.s.MailApp.sent
        .filter((m) => isReminder(m.subject))
        .map((m) => ({
          to: m.to[0] ?? '',
          subject: m.subject,
          htmlBody: m.htmlBody,
          body: m.body,
        })),
    digests: () => addOn.s.MailApp.sent.filter((m) => !isReminder(m.subject)).flatMap((m) => m.to),
    logRows: () => {
      const log = (addOn.s.context.active ?? addOn.s.spreadsheet).sheet(
        SHEETS.reminderLog.labels.en,
      );
      const last = log.grid.lastRow();
      return last < 2 ? [] : log.rangeAt(2, 1, last - 1, 5).readValuesUncounted();
    },
    at: (time) => {
      clock.now = time.getTime();
      addOn.runClock();
    },
  };
}

/** Who got a reminder so far, in address order. */
const remindedTo = (b: Book): string[] =>
  b
    .reminders()
    .map((m) => m.to)
    .sort();

describe('a week of hourly runs', () => {
  let b: Book;
  beforeAll(() => {
    b = book();
    b.at(bishkek(2026, 11, 1, 9)); // Sunday: the digest goes out, no reminder
    b.at(bishkek(2026, 11, 2, 7)); // Monday, before 08:00
  });

  test('nothing before Monday 08:00; the digest is not sent to a recipient without digest', () => {
    expect(b.reminders()).toEqual([]);
    expect(b.digests().sort()).toEqual(['coord.all@example.org', 'donor@example.org']);
  });

  test('from Monday 08:00 each reminders recipient gets one, in their language, their region', () => {
    b.at(bishkek(2026, 11, 2, 8));
    const mails = b.reminders();
    expect(mails.map((m) => m.to).sort()).toEqual([
      'coord.all@example.org',
      'coord.naryn@example.org',
    ]);
    const all = mails.find((m) => m.to === 'coord.all@example.org');
    const naryn = mails.find((m) => m.to === 'coord.naryn@example.org');
    expect(all?.subject).toBe('Korgoo: needs action on 02.11.2026 — 4');
    expect(naryn?.subject).toBe('Korgoo: требует действий на 02.11.2026 — 1 (Нарынская область)');
    expect(naryn?.body).not.toContain('KANT');
    expect(all?.body).toContain('Protection orders ending: 1');
    expect(all?.htmlBody).toContain('href="https://docs.google.com/spreadsheets/d/');
  });

  test('no part of any reminder holds a case code', () => {
    for (const mail of b.reminders())
      for (const part of [mail.subject, mail.htmlBody, mail.body])
        for (const code of CODES) expect(part).not.toContain(code);
  });

  test('the Reminder log holds one sent row per recipient of the week', () => {
    const rows = b.logRows();
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2026-W45', 'coord.all@example.org', 'Sent'],
      ['2026-W45', 'coord.naryn@example.org', 'Sent'],
    ]);
    expect(Object.prototype.toString.call(rows[0]?.[3])).toBe('[object Date]');
  });

  test('later runs of the week send nothing twice and read no sheet', () => {
    b.s.counter.reset();
    b.at(bishkek(2026, 11, 2, 9));
    expect(b.s.counter.count('Sheet.getDataRange')).toBe(0);
    // Thursday's first run writes the day's Return sheet (DESIGN §11), which reads the rows;
    // the reminders add nothing to it, and the next run that day reads nothing at all.
    b.at(bishkek(2026, 11, 5, 14));
    b.s.counter.reset();
    b.at(bishkek(2026, 11, 5, 15));
    expect(b.reminders()).toHaveLength(2);
    expect(b.s.counter.count('Sheet.getDataRange')).toBe(0);
  });

  test('next Monday brings the next week’s reminders', () => {
    b.at(bishkek(2026, 11, 9, 8));
    expect(b.reminders()).toHaveLength(4);
    expect(b.logRows().map((r) => r[0])).toEqual(['2026-W45', '2026-W45', '2026-W46', '2026-W46']);
  });
});

test('a spent quota leaves the rest pending for a later run of the week, each sent once', () => {
  const b = book({ mailQuota: 3 }); // the digest of 1 November takes two
  b.at(bishkek(2026, 11, 1, 9));
  b.at(bishkek(2026, 11, 2, 8));
  expect(b.reminders()).toHaveLength(1);
  expect(
    b
      .logRows()
      .map((r) => r[2])
      .sort(),
  ).toEqual(['Pending', 'Sent']);
  (b.s.MailApp as unknown as { quota: number }).quota = 10;
  b.at(bishkek(2026, 11, 3, 8));
  b.at(bishkek(2026, 11, 3, 9));
  expect(remindedTo(b)).toEqual(['coord.all@example.org', 'coord.naryn@example.org']);
  expect(b.logRows().map((r) => r[2])).toEqual(['Sent', 'Sent']);
});

test('a run that finds the lock held by another execution sends and logs nothing; a later run of Monday does, once', () => {
  const b = book();
  b.at(bishkek(2026, 11, 1, 9)); // the digest goes out on Sunday
  // A clock run has no document lock: runs of one workbook meet on the script's.
  b.s.LockService.holdFromAnotherExecution('script');
  b.at(bishkek(2026, 11, 2, 8));
  expect(b.reminders()).toEqual([]);
  expect(b.logRows()).toEqual([]);
  b.s.LockService.releaseFromAnotherExecution('script');
  b.at(bishkek(2026, 11, 2, 9));
  expect(remindedTo(b)).toEqual(['coord.all@example.org', 'coord.naryn@example.org']);
  expect(b.logRows().map((r) => r[2])).toEqual(['Sent', 'Sent']);
  // The run let the lock go: the next one gets it at once and has nothing left to send.
  expect(b.s.LockService.holder('script')).toBe('none');
  b.at(bishkek(2026, 11, 2, 10));
  expect(b.reminders()).toHaveLength(2);
});
