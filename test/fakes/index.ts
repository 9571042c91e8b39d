/**
 * createFakeServices(): one consistent set of in-memory Apps Script services sharing one
 * CallCounter. Pass `globals` into a gas-local context; use the typed fakes in assertions.
 */
import { FakeContext } from './context';
import { CallCounter } from './counter';
import { FakeFormApp } from './form-app';
import { FakeHtmlService } from './html';
import { FakeLockService } from './lock';
import { FakeLogger } from './logger';
import { FakeMailApp } from './mail';
import { FakePropertiesService } from './properties';
import { FakeScriptApp, type FakeTrigger } from './script-app';
import { FakeSession, type SessionOptions } from './session';
import { FakeSheetsApi } from './sheets-api';
import { FakeSpreadsheet, type SpreadsheetOptions } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeUi } from './ui';
import { FakeUtilities } from './utilities';
import { setDateClass } from './values';

export type FakeServicesOptions = {
  spreadsheet?: SpreadsheetOptions;
  session?: SessionOptions;
  /** MailApp recipients left today (default 100, a consumer account). */
  mailQuota?: number;
  /** Project HTML files for HtmlService.createHtmlOutputFromFile / createTemplateFromFile. */
  htmlFiles?: Record<string, string>;
  scriptId?: string;
  /**
   * The scopes the user granted: every call then needs one of its scopes (test/fakes/scopes.ts)
   * or throws "You do not have permission to call …". Absent: nothing is checked.
   */
  grantedScopes?: readonly string[];
  /**
   * Whether the Sheets advanced service is enabled (the manifest's
   * dependencies.enabledAdvancedServices): without it the global `Sheets` is absent, as in Apps
   * Script. Default: enabled.
   */
  sheetsApi?: boolean;
};

export function createFakeServices(opts: FakeServicesOptions = {}) {
  setDateClass(Date);
  const counter = new CallCounter();
  counter.grantScopes(opts.grantedScopes ?? null);
  const Session = new FakeSession(counter, opts.session);
  const spreadsheet = new FakeSpreadsheet(counter, () => Session.activeUserEmail, opts.spreadsheet);
  const context = new FakeContext(spreadsheet);
  const ui = new FakeUi(counter);
  const SpreadsheetApp = new FakeSpreadsheetApp(counter, context, ui);
  const PropertiesService = new FakePropertiesService(counter, () => context.document.id);
  const LockService = new FakeLockService(counter, () => context.kind !== 'clock');
  const Utilities = new FakeUtilities(counter);
  const Logger = new FakeLogger();
  const ScriptApp = new FakeScriptApp(
    counter,
    opts.scriptId,
    context,
    () => Session.effectiveUserEmail,
  );
  const MailApp = new FakeMailApp(counter, opts.mailQuota);
  const HtmlService = new FakeHtmlService(counter, opts.htmlFiles);
  const FormApp = new FakeFormApp(counter, spreadsheet, ScriptApp);
  const Sheets = new FakeSheetsApi(counter, context.documents, () => Session.effectiveUserEmail);
  const sheetsApi = opts.sheetsApi ?? true;

  const fakes = {
    SpreadsheetApp,
    PropertiesService,
    LockService,
    Session,
    Utilities,
    Logger,
    ScriptApp,
    MailApp,
    HtmlService,
    FormApp,
  };

  /**
   * The same objects typed as the real services, for code under test that is typed against
   * @types/google-apps-script (and as the globals of a gas-local context). The fakes model a
   * subset: calling a method they lack fails with "is not a function".
   */
  const real = {
    SpreadsheetApp: SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    PropertiesService:
      PropertiesService as unknown as GoogleAppsScript.Properties.PropertiesService,
    LockService: LockService as unknown as GoogleAppsScript.Lock.LockService,
    Session: Session as unknown as GoogleAppsScript.Base.Session,
    Utilities: Utilities as unknown as GoogleAppsScript.Utilities.Utilities,
    Logger: Logger as unknown as GoogleAppsScript.Base.Logger,
    ScriptApp: ScriptApp as unknown as GoogleAppsScript.Script.ScriptApp,
    MailApp: MailApp as unknown as GoogleAppsScript.Mail.MailApp,
    HtmlService: HtmlService as unknown as GoogleAppsScript.HTML.HtmlService,
    FormApp: FormApp as unknown as GoogleAppsScript.Forms.FormApp,
  };

  return {
    ...fakes,
    /** The Sheets advanced service over the same spreadsheets (absent from globals if disabled). */
    Sheets,
    counter,
    ui,
    spreadsheet,
    context,
    /** Another spreadsheet the user can open (by id, or in the editor with openDocument). */
    addSpreadsheet(options: SpreadsheetOptions): FakeSpreadsheet {
      const other = new FakeSpreadsheet(counter, () => Session.activeUserEmail, options);
      context.add(other);
      return other;
    },
    /** The user opens this spreadsheet in the editor: the add-on now runs in it. */
    openDocument(document: FakeSpreadsheet): void {
      context.open(document);
    },
    /**
     * Runs a time-driven trigger as Apps Script does for an Editor add-on: as its owner, with
     * no active spreadsheet and no UI, in the document it was made in. `call` runs the handler.
     */
    runAsClock<T>(trigger: FakeTrigger, call: (handler: string, event: object) => T): T {
      const { handler, eventType, owner, documentId } = trigger.describe();
      if (eventType !== 'CLOCK') throw new Error(`Trigger ${trigger.uid} is not time-driven`);
      const document = context.documents.get(documentId);
      if (!document) throw new Error(`No document ${documentId}`);
      const saved = {
        active: context.active,
        document: context.document,
        kind: context.kind,
        user: Session.effectiveUserEmail,
        activeUser: Session.activeUserEmail,
      };
      context.active = null;
      context.document = document;
      context.kind = 'clock';
      Session.effectiveUserEmail = owner;
      Session.activeUserEmail = owner;
      try {
        return call(handler, { authMode: 'FULL', triggerUid: trigger.uid });
      } finally {
        context.active = saved.active;
        context.document = saved.document;
        context.kind = saved.kind;
        Session.effectiveUserEmail = saved.user;
        Session.activeUserEmail = saved.activeUser;
      }
    },
    /** The services typed as @types/google-apps-script. */
    real,
    /**
     * Make every Date the fakes return an instance of this class, e.g. a gas-local context's
     * own `vm.runInContext('Date', ctx)`, so `instanceof Date` holds inside that context.
     */
    useDateClass(D: DateConstructor): void {
      setDateClass(D);
    },
    /** A fresh object of all services, for `gas.require(folder, { __proto__: ..., ...globals() })`. */
    globals(): Record<string, unknown> {
      return sheetsApi ? { ...fakes, Sheets } : { ...fakes };
    },
  };
}

export type FakeServices = ReturnType<typeof createFakeServices>;

export { FakeContext } from './context';
export { CallCounter } from './counter';
export * as FakeEnums from './enums';
export {
  type Answer,
  FakeChoice,
  FakeForm,
  FakeFormApp,
  FakeItem,
  FakeTextValidation,
  type FormSubmitEvent,
  type ItemOutline,
  type TextRule,
} from './form-app';
export { FakeHtmlOutput, FakeHtmlService, FakeHtmlTemplate } from './html';
export { FakeLock, FakeLockService, LOCK_TIMEOUT_MESSAGE, type LockScope } from './lock';
export { FakeLogger } from './logger';
export { FakeMailApp, type SentMail } from './mail';
export { FakeProperties, FakePropertiesService } from './properties';
export { FakeProtection } from './protection';
export { FakeRange } from './range';
export {
  type ClockSpec,
  FakeAuthorizationInfo,
  FakeClockTriggerBuilder,
  FakeScriptApp,
  FakeSpreadsheetTriggerBuilder,
  FakeTrigger,
  FakeTriggerBuilder,
} from './script-app';
export { FakeSession, FakeUser } from './session';
export { FakeSheet } from './sheet';
export { SHEETS_API_QUOTA } from './sheets-api';
export { FakeSpreadsheet, type Toast } from './spreadsheet';
export { FakeSpreadsheetApp } from './spreadsheet-app';
export { FakeMenu, FakePromptResponse, FakeUi, type MenuShape } from './ui';
export { FakeUtilities, formatDate } from './utilities';
export { FakeDataValidation, FakeDataValidationBuilder } from './validation';
