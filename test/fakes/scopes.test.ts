/** The fakes' scope table and guard: Google's rule that a method needs one of its scopes. */

import * as fakes from '.';
import { createFakeServices } from '.';
import { SCOPE, scopesOf } from './scopes';

test('openById needs spreadsheets; the open document is reachable with currentonly', () => {
  const s = createFakeServices({ grantedScopes: [SCOPE.spreadsheetsCurrentOnly] });
  expect(s.SpreadsheetApp.getActiveSpreadsheet().getId()).toBe(s.spreadsheet.id);
  expect(() => s.SpreadsheetApp.openById(s.spreadsheet.id)).toThrow(
    'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
  );
});

test('a method with two possible scopes names both, as Google does', () => {
  const s = createFakeServices({ grantedScopes: [] });
  expect(() => s.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
    'Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
  );
  // Properties, locks and the authorization check need no scope.
  expect(() => s.PropertiesService.getDocumentProperties()).not.toThrow();
});

test.each([
  ['Session.getActiveUser', [SCOPE.userEmail]],
  ['Session.getEffectiveUser', [SCOPE.userEmail]],
  ['MailApp.sendEmail', [SCOPE.sendMail]],
  ['ScriptApp.newTrigger', [SCOPE.scriptApp]],
  ['ScriptApp.getUserTriggers', [SCOPE.scriptApp]],
  ['FormApp.create', [SCOPE.forms]],
  ['Ui.showSidebar', [SCOPE.containerUi]],
  ['SpreadsheetApp.openById', [SCOPE.spreadsheets]],
  ['SpreadsheetApp.openByUrl', [SCOPE.spreadsheets]],
])('%s needs %j', (name, scopes) => {
  expect(scopesOf(name)).toEqual(scopes);
});

test('every fake class has its row in the scope table', () => {
  const classes = Object.entries(fakes).filter(
    ([name, value]) => name.startsWith('Fake') && typeof value === 'function',
  );
  const undeclared = classes
    .filter(([name]) => !['FakeEnums', 'FakeTextValidation', 'FakeContext'].includes(name))
    .filter(([name]) => {
      try {
        scopesOf(`${name.slice(4)}.anything`);
        return false;
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
  expect(undeclared).toEqual([]);
});
