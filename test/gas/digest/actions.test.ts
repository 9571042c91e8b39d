/**
 * The digest's menu items through the built bundle: Schedule monthly digest installs the
 * document's one hourly clock (the digest then goes from the 1st, 08:00 in the spreadsheet's
 * zone) and leaves other triggers alone; Send digest preview to me mails the current user only.
 */
import { ACTIVE_EMAILS, type DigestAddOn, digestWorkbook } from '../digest-workbook';
import { ensureBuilt } from '../load-bundle';

beforeAll(() => ensureBuilt());

describe('Schedule monthly digest', () => {
  let addOn: DigestAddOn;
  beforeAll(() => {
    addOn = digestWorkbook({ scheduled: false });
    addOn.s.ScriptApp.newTrigger('onFormSubmitHandler')
      .forSpreadsheet(addOn.s.spreadsheet)
      .onFormSubmit()
      .create();
    addOn.run('scheduleMonthlyDigest');
    addOn.run('scheduleMonthlyDigest');
  });

  test('installs exactly one time-driven trigger for this document: hourly, created once', () => {
    const clocks = addOn.clocks();
    expect(clocks).toHaveLength(1);
    expect(clocks[0]?.handler).toBe('runSchedule');
    expect(clocks[0]?.clock).toEqual({ everyHours: 1 });
    expect(clocks[0]?.documentId).toBe(addOn.s.spreadsheet.id);
    expect(addOn.s.counter.count('ClockTriggerBuilder.create')).toBe(1);
  });

  test('never touches other triggers', () => {
    expect(addOn.triggers('onFormSubmitHandler')).toHaveLength(1);
    expect(addOn.s.ScriptApp.triggers).toHaveLength(2);
  });

  test('tells the user, sends nothing, and logs it', () => {
    const alert = addOn.s.ui.dialogs.at(-1);
    expect(alert?.prompt).toContain('08:00 (Asia/Bishkek)');
    expect(alert?.prompt).toContain(`${ACTIVE_EMAILS.length}`);
    expect(addOn.s.MailApp.sent).toHaveLength(0);
    expect(addOn.s.spreadsheet.sheet('Digest log')).toBeDefined();
  });

  test('keeps the spreadsheet id per document, not per user', () => {
    expect(addOn.s.PropertiesService.document.store.get('korgoo.schedule.spreadsheet')).toBe(
      addOn.s.spreadsheet.id,
    );
    expect([...addOn.s.PropertiesService.user.store.values()]).not.toContain(
      addOn.s.spreadsheet.id,
    );
  });

  test('08:00 follows the spreadsheet’s zone, not the script’s', () => {
    // 02:30 UTC on 1 November: 08:30 in Bishkek, 07:30 in Almaty.
    const bishkekBook = digestWorkbook();
    const almatyBook = digestWorkbook({ spreadsheet: { timeZone: 'Asia/Almaty' } });
    for (const book of [bishkekBook, almatyBook]) {
      book.clock.now = Date.UTC(2026, 10, 1, 2, 30);
      book.runClock();
    }
    expect(bishkekBook.s.MailApp.sent).toHaveLength(ACTIVE_EMAILS.length);
    expect(almatyBook.s.MailApp.sent).toHaveLength(0);
    expect(addOn.s.Session.scriptTimeZone).toBe('UTC');
  });
});

describe('Send digest preview to me', () => {
  test('sends last month’s digest to the current user only, and leaves the Digest log alone', () => {
    const addOn = digestWorkbook({
      session: { activeUserEmail: 'boss@example.org', scriptTimeZone: 'UTC' },
    });
    addOn.run('sendDigestPreview');
    expect(addOn.sentTo()).toEqual(['boss@example.org']);
    const [mail] = addOn.s.MailApp.sent;
    expect(mail?.subject).toBe('Korgoo: digest for October 2026');
    expect(mail?.htmlBody).toContain('<table');
    expect(mail?.body).toContain('Preventive meeting participants');
    expect(addOn.logRows()).toHaveLength(0);
    expect(addOn.s.ui.dialogs.at(-1)?.prompt).toContain('boss@example.org');
  });

  test('uses the user’s own settings when they are a recipient', () => {
    const addOn = digestWorkbook({
      session: { activeUserEmail: 'ky.naryn@example.org', scriptTimeZone: 'UTC' },
    });
    addOn.run('sendDigestPreview');
    expect(addOn.s.MailApp.sent[0]?.subject).toBe(
      'Korgoo: айлык жыйынтык, 2026-ж., октябрь — Нарын облусу',
    );
  });

  test('sends nothing when Google does not tell who the user is, or the quota is spent', () => {
    const anonymous = digestWorkbook({ session: { activeUserEmail: '', scriptTimeZone: 'UTC' } });
    anonymous.run('sendDigestPreview');
    expect(anonymous.s.MailApp.sent).toHaveLength(0);
    expect(anonymous.s.ui.dialogs.at(-1)?.prompt).toContain('does not share your address');
    const spent = digestWorkbook({ mailQuota: 0 });
    spent.run('sendDigestPreview');
    expect(spent.s.MailApp.sent).toHaveLength(0);
    expect(spent.s.ui.dialogs.at(-1)?.prompt).toContain('quota');
  });
});
