/**
 * The manifest asks for exactly the scopes the bundle's calls need: every Google service call
 * found in build/Code.js has one of its scopes (test/fakes/scopes.ts, from the reference pages)
 * in build/appsscript.json, and every scope there is the only one some call could use.
 */
import * as fs from 'node:fs';
import { METHOD_SCOPES, SCOPE, SERVICE_GLOBALS, scopesOf, UI_METHODS } from '../fakes/scopes';
import { CODE_JS, ensureBuilt, loadAddOn, manifestScopes } from './load-bundle';

beforeAll(() => ensureBuilt());

/** "Service.method" for each call of a global service, and "Ui.x" for sidebars and dialogs. */
function serviceCalls(code: string): string[] {
  const calls = new Set<string>();
  const services = new RegExp(`\\b(${SERVICE_GLOBALS.join('|')})\\.([a-z][\\w$]*)\\(`, 'g');
  for (const m of code.matchAll(services)) calls.add(`${m[1]}.${m[2]}`);
  // The Sheets advanced service's methods hang off its collections: Sheets.Spreadsheets.get(…).
  for (const m of code.matchAll(/\bSheets\.Spreadsheets\.([a-z][\w$]*)\(/g))
    calls.add(`Sheets.Spreadsheets.${m[1]}`);
  const ui = new RegExp(`\\.(${UI_METHODS.join('|')})\\(`, 'g');
  for (const m of code.matchAll(ui)) calls.add(`Ui.${m[1]}`);
  return [...calls].sort();
}

describe('node loading the built bundle', () => {
  const calls = () => serviceCalls(fs.readFileSync(CODE_JS, 'utf8'));

  test('finds the service calls the add-on makes (the scan sees them)', () => {
    expect(calls()).toEqual(
      expect.arrayContaining([
        'SpreadsheetApp.openById',
        'SpreadsheetApp.getActiveSpreadsheet',
        'Sheets.Spreadsheets.get',
        'Sheets.Spreadsheets.getByDataFilter',
        'Sheets.Spreadsheets.batchUpdate',
        'Session.getActiveUser',
        'MailApp.sendEmail',
        'ScriptApp.newTrigger',
        'FormApp.create',
        'Ui.showSidebar',
      ]),
    );
  });

  test("finds every service call's scope in build/appsscript.json", () => {
    const granted = new Set(manifestScopes());
    const missing = calls().filter((call) => {
      const needed = scopesOf(call);
      return needed.length > 0 && !needed.some((scope) => granted.has(scope));
    });
    expect(missing).toEqual([]);
  });

  test('and nothing more: each manifest scope is the only one some call could use', () => {
    const granted = manifestScopes();
    const needs = calls().map((call) => scopesOf(call).filter((s) => granted.includes(s)));
    const unneeded = granted.filter(
      (scope) => !needs.some((n) => n.length === 1 && n[0] === scope),
    );
    expect(unneeded).toEqual([]);
    // spreadsheets covers the open document too: currentonly beside it would be one scope more.
    expect(granted).toContain(SCOPE.spreadsheets);
    expect(granted).not.toContain(SCOPE.spreadsheetsCurrentOnly);
  });

  test('every scope the table names is a Google scope URL', () => {
    for (const scopes of Object.values(METHOD_SCOPES))
      for (const scope of scopes) expect(scope).toMatch(/^https:\/\/www\.googleapis\.com\/auth\//);
  });
});

describe('a call whose scope the user did not grant', () => {
  test("fails with Google's message, so a missing scope fails a test", () => {
    const addOn = loadAddOn({
      grantedScopes: manifestScopes().filter((scope) => scope !== SCOPE.userEmail),
    });
    addOn.s.ui.answerPrompt('en');
    addOn.run('setUpWorkbook');
    expect(() => addOn.run('sendDigestPreview')).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
  });

  test('with the manifest as built, the Log names the user (no "?")', () => {
    const addOn = loadAddOn({ session: { activeUserEmail: 'coordinator@example.org' } });
    addOn.s.ui.answerPrompt('en');
    addOn.run('setUpWorkbook');
    const log = addOn.s.spreadsheet.sheet('Log').rangeAt(2, 1).readValuesUncounted();
    expect(log[0]?.[0]).toBe('coordinator@example.org');
  });
});
