/**
 * The digest's menu items through the built bundle: Schedule monthly digest installs one
 * trigger (the 1st, 08:00, the spreadsheet's zone) and leaves other triggers alone; Send
 * digest preview to me mails the current user only.
 */
import { ACTIVE_EMAILS, type DigestAddOn, digestWorkbook } from './digest-workbook';
import { ensureBuilt } from './load-bundle';

beforeAll(() => ensureBuilt());

describe('Schedule monthly digest', () => {
  let addOn: DigestAddOn;
  beforeAll(() => {
    addOn = digestWorkbook();
    addOn.s.ScriptApp.newTrigger('onFormSubmitHandler')
      .forSpreadsheet(addOn.s.spreadsheet)
      .onFormSubmit()
      .create();
    addOn.s.ScriptApp.newTrigger('somethingElse').timeBased().everyHours(1).create();
    addOn.run('scheduleMonthlyDigest');
    addOn.run('scheduleMonthlyDigest');
  });

  test('installs exactly one trigger: the 1st at 08:00 in the spreadsheet’s zone, not the script’s', () => {
    const monthly = addOn.triggers('sendMonthlyDigest');
    expect(monthly).toHaveLength(1);
    expect(monthly[0]?.eventType).toBe('CLOCK');
    expect(monthly[0]?.clock).toEqual({ onMonthDay: 1, atHour: 8, timezone: 'Asia/Bishkek' });
    expect(addOn.s.Session.scriptTimeZone).toBe('UTC');
  });

  test('never touches other triggers', () => {
    expect(addOn.triggers('onFormSubmitHandler')).toHaveLength(1);
    expect(addOn.triggers('somethingElse')).toHaveLength(1);
    expect(addOn.s.ScriptApp.triggers).toHaveLength(3);
  });

  test('tells the user, sends nothing, and logs it', () => {
    const alert = addOn.s.ui.dialogs.at(-1);
    expect(alert?.prompt).toContain('08:00 (Asia/Bishkek)');
    expect(alert?.prompt).toContain(`${ACTIVE_EMAILS.length}`);
    expect(addOn.s.MailApp.sent).toHaveLength(0);
    expect(addOn.s.spreadsheet.sheet('Digest log')).toBeDefined();
  });

  test('follows a spreadsheet in another zone', () => {
    const other = digestWorkbook({ spreadsheet: { timeZone: 'Asia/Almaty' } });
    other.run('scheduleMonthlyDigest');
    expect(other.triggers('sendMonthlyDigest')[0]?.clock.timezone).toBe('Asia/Almaty');
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
