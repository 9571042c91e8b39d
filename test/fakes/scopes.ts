/**
 * The OAuth scopes each faked method needs, as its reference page lists them under
 * "Authorization" (https://developers.google.com/apps-script/reference/…). A call is allowed when
 * the user granted ANY of its scopes; `[]` means the page lists none. `Class.*` is the rule for
 * every method of the class not named on its own. A counted name that matches no row is a
 * fake that forgot to declare its scopes: the guard refuses it, so the table stays complete.
 */

const AUTH = 'https://www.googleapis.com/auth/';

export const SCOPE = {
  spreadsheets: `${AUTH}spreadsheets`,
  spreadsheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  spreadsheetsReadonly: `${AUTH}spreadsheets.readonly`,
  drive: `${AUTH}drive`,
  driveFile: `${AUTH}drive.file`,
  driveReadonly: `${AUTH}drive.readonly`,
  forms: `${AUTH}forms`,
  formsCurrentOnly: `${AUTH}forms.currentonly`,
  containerUi: `${AUTH}script.container.ui`,
  scriptApp: `${AUTH}script.scriptapp`,
  sendMail: `${AUTH}script.send_mail`,
  userEmail: `${AUTH}userinfo.email`,
} as const;

const NONE: readonly string[] = [];
/** Spreadsheet, Sheet, Range…: the document the user has open, or any spreadsheet. */
const SHEETS = [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets];
/** A Sheets API read: the drive scopes, or spreadsheets, read-only or not. */
const SHEETS_API_READ = [
  SCOPE.drive,
  SCOPE.driveFile,
  SCOPE.driveReadonly,
  SCOPE.spreadsheets,
  SCOPE.spreadsheetsReadonly,
];
/** Form and its items: the form the add-on runs in, or any form. */
const FORMS = [SCOPE.formsCurrentOnly, SCOPE.forms];

export const METHOD_SCOPES: Readonly<Record<string, readonly string[]>> = {
  // spreadsheet-app: getActive* reach the open document only; openById any spreadsheet.
  'SpreadsheetApp.openById': [SCOPE.spreadsheets],
  'SpreadsheetApp.openByUrl': [SCOPE.spreadsheets],
  'SpreadsheetApp.getUi': NONE,
  'SpreadsheetApp.newDataValidation': NONE,
  'SpreadsheetApp.*': SHEETS,
  'Spreadsheet.*': SHEETS,
  'Sheet.*': SHEETS,
  'Range.*': SHEETS,
  'TextFinder.*': SHEETS,
  'RangeList.*': SHEETS,
  'Protection.*': SHEETS,
  'DataValidation.*': SHEETS,
  'DataValidationBuilder.*': NONE,
  // Sheets API v4 (advanced service): "Authorization scopes" of spreadsheets.get,
  // getByDataFilter and batchUpdate; currentonly is not among them.
  'Sheets.Spreadsheets.get': SHEETS_API_READ,
  'Sheets.Spreadsheets.getByDataFilter': SHEETS_API_READ,
  'Sheets.Spreadsheets.batchUpdate': [SCOPE.drive, SCOPE.driveFile, SCOPE.spreadsheets],
  // forms/form-app: create and openById need `forms`; a form's own methods either scope.
  'FormApp.create': [SCOPE.forms],
  'FormApp.openById': [SCOPE.forms],
  'FormApp.*': NONE,
  'Form.*': FORMS,
  'Item.*': FORMS,
  'ListItem.*': FORMS,
  'MultipleChoiceItem.*': FORMS,
  'CheckboxItem.*': FORMS,
  'DateItem.*': FORMS,
  'TextItem.*': FORMS,
  'ParagraphTextItem.*': FORMS,
  'PageBreakItem.*': FORMS,
  'SectionHeaderItem.*': FORMS,
  'Choice.*': FORMS,
  'FormResponse.*': FORMS,
  'ItemResponse.*': FORMS,
  'TextValidationBuilder.*': NONE,
  // script/script-app: triggers need script.scriptapp; the authorization check needs nothing.
  'ScriptApp.getAuthorizationInfo': NONE,
  'ScriptApp.getScriptId': NONE,
  'ScriptApp.*': [SCOPE.scriptApp],
  'AuthorizationInfo.*': NONE,
  'Trigger.*': [SCOPE.scriptApp],
  'TriggerBuilder.*': [SCOPE.scriptApp],
  'ClockTriggerBuilder.*': [SCOPE.scriptApp],
  'SpreadsheetTriggerBuilder.*': [SCOPE.scriptApp],
  // base/session: who the user is needs userinfo.email; zone and locale nothing.
  'Session.getActiveUser': [SCOPE.userEmail],
  'Session.getEffectiveUser': [SCOPE.userEmail],
  'Session.*': NONE,
  /** The user Session hands out: reaching it took userinfo.email already. */
  'User.*': NONE,
  // mail/mail-app
  'MailApp.*': [SCOPE.sendMail],
  // base/ui: dialogs and sidebars need script.container.ui.
  'Ui.showSidebar': [SCOPE.containerUi],
  'Ui.showModalDialog': [SCOPE.containerUi],
  'Ui.showModelessDialog': [SCOPE.containerUi],
  'Ui.*': NONE,
  'Menu.*': NONE,
  'PromptResponse.*': NONE,
  // html, properties, lock, utilities, base/logger: no authorization listed.
  'HtmlService.*': NONE,
  'HtmlOutput.*': NONE,
  'HtmlTemplate.*': NONE,
  'PropertiesService.*': NONE,
  'Properties.*': NONE,
  'LockService.*': NONE,
  'Lock.*': NONE,
  'Utilities.*': NONE,
  'Logger.*': NONE,
};

/** Every name looked up so far: a counted call asks on every call, millions in the suite. */
const known = new Map<string, readonly string[]>();

/** The scopes a counted call ("Class.method") needs, any one of them; throws if undeclared. */
export function scopesOf(name: string): readonly string[] {
  const seen = known.get(name);
  if (seen) return seen;
  const found = METHOD_SCOPES[name] ?? METHOD_SCOPES[`${name.split('.')[0]}.*`];
  if (!found) throw new Error(`test/fakes/scopes.ts declares no scope for ${name}`);
  known.set(name, found);
  return found;
}

/** Google's message for a call the granted scopes do not cover. */
export function permissionMessage(name: string, needed: readonly string[]): string {
  const list = needed.length === 1 ? needed[0] : `(${needed.join(' || ')})`;
  return `You do not have permission to call ${name}. Required permissions: ${list}`;
}

/**
 * The global services the built bundle calls, and the methods of objects they hand out whose
 * scope is their own (a sidebar needs script.container.ui although getUi() needs nothing).
 */
export const SERVICE_GLOBALS = [
  'SpreadsheetApp',
  'Sheets',
  'FormApp',
  'ScriptApp',
  'Session',
  'MailApp',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'Utilities',
  'Logger',
] as const;
export const UI_METHODS = ['showSidebar', 'showModalDialog', 'showModelessDialog'] as const;
