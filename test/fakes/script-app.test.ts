/**
 * FakeScriptApp holds the Editor add-on trigger rules
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers) and the
 * authorization check (https://developers.google.com/apps-script/reference/script/authorization-info).
 */
import { createFakeServices } from '.';

function twoWorkbooks() {
  const s = createFakeServices();
  const a = s.spreadsheet;
  const b = s.addSpreadsheet({ id: 'workbook-b' });
  return { s, a, b };
}

test('one trigger of each type per user per document: a second throws like Google', () => {
  const { s, a } = twoWorkbooks();
  s.ScriptApp.newTrigger('clock').timeBased().everyHours(1).create();
  expect(() => s.ScriptApp.newTrigger('other').timeBased().everyDays(1).atHour(8).create()).toThrow(
    'This add-on has created too many time-based triggers in this document for this Google user account.',
  );
  s.ScriptApp.newTrigger('intake').forSpreadsheet(a).onFormSubmit().create();
  expect(() => s.ScriptApp.newTrigger('intake2').forSpreadsheet(a).onFormSubmit().create()).toThrow(
    'too many form submit triggers',
  );
  // Another type is fine; so is the same type by another user of the same document.
  s.ScriptApp.newTrigger('edit').forSpreadsheet(a).onEdit().create();
  s.Session.effectiveUserEmail = 'colleague@example.com';
  s.ScriptApp.newTrigger('clock').timeBased().everyHours(1).create();
  expect(s.ScriptApp.triggers).toHaveLength(4);
});

test('time-driven triggers run at most once an hour', () => {
  const { s } = twoWorkbooks();
  expect(() => s.ScriptApp.newTrigger('f').timeBased().everyMinutes(30).create()).toThrow(
    'cannot run more frequently than once per hour',
  );
  expect(() => s.ScriptApp.newTrigger('f').timeBased().after(60_000).create()).toThrow(
    'once per hour',
  );
  expect(s.ScriptApp.triggers).toHaveLength(0);
  s.ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
  expect(s.ScriptApp.triggers).toHaveLength(1);
});

test('getProjectTriggers: the user’s triggers of every document; getUserTriggers: of one', () => {
  const { s, a, b } = twoWorkbooks();
  s.ScriptApp.newTrigger('clock').timeBased().everyHours(1).create();
  s.openDocument(b);
  s.ScriptApp.newTrigger('clock').timeBased().everyHours(1).create();
  expect(s.ScriptApp.getProjectTriggers()).toHaveLength(2);
  expect(s.ScriptApp.getUserTriggers(a)).toHaveLength(1);
  expect(s.ScriptApp.getUserTriggers(b)).toHaveLength(1);
  s.Session.effectiveUserEmail = 'colleague@example.com';
  expect(s.ScriptApp.getProjectTriggers()).toHaveLength(0);
  expect(s.ScriptApp.getUserTriggers(a)).toHaveLength(0);
});

test('a clock run has no active spreadsheet and no UI, but its document’s properties', () => {
  const { s, b } = twoWorkbooks();
  s.openDocument(b);
  s.PropertiesService.getDocumentProperties().setProperty('k', 'of b');
  const clock = s.ScriptApp.newTrigger('clock').timeBased().everyHours(1).create();
  s.openDocument(s.spreadsheet);
  const seen = s.runAsClock(clock, (handler, event) => ({
    handler,
    event,
    active: s.SpreadsheetApp.getActiveSpreadsheet(),
    activeToo: s.SpreadsheetApp.getActive(),
    property: s.PropertiesService.getDocumentProperties().getProperty('k'),
    opened: s.SpreadsheetApp.openById('workbook-b').getId(),
    ui: (() => {
      try {
        s.SpreadsheetApp.getUi();
        return 'ui';
      } catch {
        return 'no ui';
      }
    })(),
  }));
  expect(seen).toEqual({
    handler: 'clock',
    event: { authMode: 'FULL', triggerUid: clock.uid },
    active: null,
    activeToo: null,
    property: 'of b',
    opened: 'workbook-b',
    ui: 'no ui',
  });
  // Back in the editor afterwards.
  expect(s.SpreadsheetApp.getActiveSpreadsheet()).toBe(s.spreadsheet);
});

test('getAuthorizationInfo(FULL) can say authorization is required, with the URL', () => {
  const { s } = twoWorkbooks();
  const fine = s.ScriptApp.getAuthorizationInfo('FULL');
  expect(fine.getAuthorizationStatus()).toBe(s.ScriptApp.AuthorizationStatus.NOT_REQUIRED);
  expect(fine.getAuthorizationUrl()).toBeNull();
  s.ScriptApp.authorizationRequired = true;
  const info = s.ScriptApp.getAuthorizationInfo(s.ScriptApp.AuthMode.FULL);
  expect(info.getAuthorizationStatus()).toBe('REQUIRED');
  expect(info.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\//);
});
