/**
 * A trigger whose user must authorize again does nothing else, and tells them once, by one
 * e-mail with the link, in the workbook's language.
 */
import { authorizationRequired, rememberUserEmail } from '../../../src/gas/schedule/authorization';
import { useFakeGlobals } from '../fake-globals';

const fakes = useFakeGlobals({ session: { effectiveUserEmail: 'owner@x.org' }, mailQuota: 5 });

test('authorized: false, no mail', () => {
  expect(authorizationRequired()).toBe(false);
  expect(fakes().MailApp.sent).toEqual([]);
});

test('authorization needed: true, and one mail with the link, in the workbook language', () => {
  const s = fakes();
  s.PropertiesService.document.store.set('korgoo.lang', 'ky');
  s.ScriptApp.authorizationRequired = true;
  expect(authorizationRequired()).toBe(true);
  expect(authorizationRequired()).toBe(true);
  expect(s.MailApp.sent.map((m) => [m.to, m.subject, m.name])).toEqual([
    [['owner@x.org'], 'Korgoo: кайрадан уруксат берүү керек', 'Korgoo'],
  ]);
  expect(s.MailApp.sent[0]?.body).toContain(s.ScriptApp.authorizationUrl);
  expect(s.MailApp.sent[0]?.body).toMatch(/^Korgoo айлык/);
});

test('authorized again: the next time it is needed, told again', () => {
  const s = fakes();
  s.ScriptApp.authorizationRequired = true;
  authorizationRequired();
  s.ScriptApp.authorizationRequired = false;
  expect(authorizationRequired()).toBe(false);
  expect(s.PropertiesService.document.store.has('korgoo.authorization.notified')).toBe(false);
  s.ScriptApp.authorizationRequired = true;
  authorizationRequired();
  expect(s.MailApp.sent).toHaveLength(2);
});

test('no address from Google: the one remembered when the user scheduled', () => {
  const s = fakes();
  rememberUserEmail();
  expect(s.PropertiesService.user.store.get('korgoo.authorization.email')).toBe('owner@x.org');
  s.Session.effectiveUserEmail = '';
  s.ScriptApp.authorizationRequired = true;
  expect(authorizationRequired()).toBe(true);
  expect(s.MailApp.sent.map((m) => m.to)).toEqual([['owner@x.org']]);
});

test('no address at all, or no quota: nothing sent, and it will try again next run', () => {
  const s = fakes();
  s.Session.effectiveUserEmail = '';
  s.ScriptApp.authorizationRequired = true;
  expect(authorizationRequired()).toBe(true);
  s.Session.effectiveUserEmail = 'owner@x.org';
  s.MailApp.quota = 0;
  expect(authorizationRequired()).toBe(true);
  expect(s.MailApp.sent).toEqual([]);
  s.MailApp.quota = 1;
  authorizationRequired();
  expect(s.MailApp.sent).toHaveLength(1);
});
