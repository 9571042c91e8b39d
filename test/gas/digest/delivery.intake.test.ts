/**
 * The digest run takes pending form responses in before it counts anything, and says in its
 * data-quality section what is still waiting. A response left pending by a busy workbook on
 * the last evening of a month is in the digest sent the next morning.
 */
import { bishkek, type DigestAddOn, digestWorkbook } from '../digest-workbook';
import { type FormsWorkbook, withHelpers } from '../forms-helpers';
import { ensureBuilt } from '../load-bundle';

beforeAll(() => ensureBuilt());

type Both = DigestAddOn & FormsWorkbook;

/** The digest workbook (KANT, NARYN, recipients) with its forms made. */
function withForms(): Both {
  const addOn = digestWorkbook();
  addOn.s.ui.answerAlerts('NO');
  addOn.run('createOrUpdateForms');
  return { ...addOn, ...withHelpers(addOn, 'en') };
}

/** A preventive meeting of KANT on 31 October 2026 with 30 participants, as a form answer. */
const lastEvening = {
  Committee: 'KANT — Kant committee',
  Date: bishkek(2026, 10, 31),
  Type: 'Preventive meeting',
  Participants: '30',
};

const englishDigest = (wb: Both) =>
  wb.s.MailApp.sent.find((mail) => mail.to.includes('en.all@example.org'));

/** Submitted at 22:00 on 31 October while another action holds the workbook. */
function pendingByBusyLock(wb: Both): void {
  wb.clock.now = bishkek(2026, 10, 31, 22).getTime();
  const event = wb.submit('event', lastEvening);
  wb.s.LockService.simulateTimeout('document');
  wb.deliver(event);
  expect(wb.rows('events').filter((r) => r.Source === 'Form')).toEqual([]);
  wb.clock.now = bishkek(2026, 11, 1, 8).getTime();
}

test('a response left pending on the last evening is in the next morning’s digest', () => {
  const wb = withForms();
  pendingByBusyLock(wb);
  wb.run('sendMonthlyDigest', { triggerUid: '1' });
  // Taken in first: the Events row is there, its status ✓, and October counts it.
  expect(wb.rows('events').filter((r) => r.Source === 'Form')).toHaveLength(1);
  expect(String(wb.statuses('event')[0])).toMatch(/^✓ EV-/);
  const mail = englishDigest(wb);
  // The workbook's own October: two preventive meetings (11 + 17 participants); now three.
  expect(mail?.body).toMatch(/Preventive meetings\s+3\b/);
  expect(mail?.body).toMatch(/Preventive meeting participants\s+58\b/);
  expect(mail?.body).not.toContain('not yet taken in');
});

test('a response still pending after the run is stated in the data-quality section', () => {
  const wb = withForms();
  pendingByBusyLock(wb);
  // A follow-up that says neither referral nor assistance cannot be taken in: it waits.
  wb.submit('followup', { 'Case code': 'KANT-2026-0001' });
  wb.run('sendMonthlyDigest', { triggerUid: '1' });
  const mail = englishDigest(wb);
  expect(mail?.body).toContain('Form responses not yet taken in (not in these figures): 1.');
  expect(mail?.htmlBody).toContain('Form responses not yet taken in (not in these figures): 1.');
  const russian = wb.s.MailApp.sent.find((m) => m.to.includes('ru.all@example.org'));
  expect(russian?.body).toContain(
    'Ответов форм ещё не перенесено в таблицу (в этих цифрах их нет): 1.',
  );
});

test('a clock run, which has no document lock, takes nothing in behind intake’s back: it counts and says so', () => {
  const wb = withForms();
  pendingByBusyLock(wb);
  // The add-on's clock runs outside any document: LockService.getDocumentLock() is null there,
  // so taking the response in could race a form submission holding the document lock.
  wb.runClock();
  expect(wb.rows('events').filter((r) => r.Source === 'Form')).toEqual([]);
  const mail = englishDigest(wb);
  expect(mail?.body).toMatch(/Preventive meetings\s+2\b/);
  expect(mail?.body).toContain('Form responses not yet taken in (not in these figures): 1.');
  // The next submission (or Process pending responses) takes it in, once.
  wb.run('processPendingResponses');
  wb.run('processPendingResponses');
  expect(wb.rows('events').filter((r) => r.Source === 'Form')).toHaveLength(1);
});
