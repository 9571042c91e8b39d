/** The mailer port on MailApp (the typed fake as the global, as Apps Script has it). */
import { mailApp } from '../../src/gas/mailer';
import { CallCounter } from '../fakes';
import { FakeMailApp } from '../fakes/mail';

let mail: FakeMailApp;
beforeEach(() => {
  mail = new FakeMailApp(new CallCounter(), 2);
  (globalThis as { MailApp?: unknown }).MailApp = mail;
});
afterAll(() => {
  delete (globalThis as { MailApp?: unknown }).MailApp;
});

test('one message to one address, both parts, from Korgoo; the quota goes down by one', () => {
  mailApp.send({ to: 'a@example.org', subject: 'S', html: '<p>H</p>', text: 'T', name: 'Korgoo' });
  expect(mail.sent.map((m) => [m.to, m.subject, m.htmlBody, m.body, m.name])).toEqual([
    [['a@example.org'], 'S', '<p>H</p>', 'T', 'Korgoo'],
  ]);
  expect(mailApp.remainingQuota()).toBe(1);
});

test('a text-only message goes without an HTML part (not an empty one)', () => {
  const asked: unknown[] = [];
  const send = mail.sendEmail.bind(mail);
  mail.sendEmail = ((...args: Parameters<typeof send>) => {
    asked.push(args[0]);
    send(...args);
  }) as typeof mail.sendEmail;
  mailApp.send({ to: 'a@example.org', subject: 'S', html: '', text: 'T', name: 'Korgoo' });
  expect(asked).toEqual([{ to: 'a@example.org', subject: 'S', body: 'T', name: 'Korgoo' }]);
});

test('a send MailApp refuses (quota spent) throws and sends nothing', () => {
  mail.quota = 0;
  expect(() =>
    mailApp.send({ to: 'a@example.org', subject: 'S', html: '', text: 'T', name: 'Korgoo' }),
  ).toThrow('Service invoked too many times');
  expect(mail.sent).toEqual([]);
});
