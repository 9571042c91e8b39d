/**
 * ScriptApp: enums, the authorization check, and installable triggers under the rules of an
 * Editor add-on (https://developers.google.com/workspace/add-ons/concepts/editor-triggers):
 * a trigger belongs to the user who made it and to the document it was made in; one trigger
 * of each type per user per document; time-driven ones at most once an hour; only for the
 * document the add-on runs in. getProjectTriggers() gives the user's triggers of every
 * document, getUserTriggers(document) those of one. Triggers are never fired by the fake: a
 * test runs the handler itself (FakeServices.runAsClock for a time-driven one).
 */
import type { FakeContext } from './context';
import type { CallCounter } from './counter';
import type {
  FakeAuthMode,
  FakeAuthorizationStatus,
  FakeEventType,
  FakeTriggerSource,
  FakeWeekday,
} from './enums';
import { AuthMode, AuthorizationStatus, EventType, TriggerSource, Weekday } from './enums';
import type { FakeSpreadsheet } from './spreadsheet';
import type { Faked } from './types';
import { copyDate } from './values';

/** What a clock trigger was told, for assertions. */
export type ClockSpec = {
  afterMs?: number;
  at?: Date;
  atHour?: number;
  nearMinute?: number;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  onMonthDay?: number;
  onWeekDay?: FakeWeekday;
  timezone?: string;
};

/** Apps Script allows 20 triggers per user per script. */
const MAX_TRIGGERS = 20;
const HOUR_MS = 3_600_000;

/** How Google names each trigger type in its "too many triggers" message. */
const KIND: Record<FakeEventType, string> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_FORM_SUBMIT: 'form submit',
  ON_CHANGE: 'change',
  ON_EVENT_UPDATED: 'calendar',
};

export class FakeTrigger
  implements
    Faked<
      GoogleAppsScript.Script.Trigger,
      | 'getEventType'
      | 'getHandlerFunction'
      | 'getTriggerSource'
      | 'getTriggerSourceId'
      | 'getUniqueId'
    >
{
  constructor(
    private readonly counter: CallCounter,
    private readonly id: string,
    private readonly handler: string,
    private readonly eventType: FakeEventType,
    private readonly source: FakeTriggerSource,
    private readonly sourceId: string,
    /** Clock details (empty for spreadsheet triggers); not part of the real API. */
    readonly clock: Readonly<ClockSpec>,
    /** Who made it (it runs as them) and the document it belongs to; not in the real API. */
    readonly owner: string,
    readonly documentId: string,
  ) {}

  getEventType(): FakeEventType {
    this.counter.hit('Trigger.getEventType');
    return this.eventType;
  }
  getHandlerFunction(): string {
    this.counter.hit('Trigger.getHandlerFunction');
    return this.handler;
  }
  getTriggerSource(): FakeTriggerSource {
    this.counter.hit('Trigger.getTriggerSource');
    return this.source;
  }
  getTriggerSourceId(): string {
    this.counter.hit('Trigger.getTriggerSourceId');
    return this.sourceId;
  }
  getUniqueId(): string {
    this.counter.hit('Trigger.getUniqueId');
    return this.id;
  }
  /** Uncounted id, for deleteTrigger. */
  get uid(): string {
    return this.id;
  }
  /** Uncounted, for test assertions. */
  describe(): {
    handler: string;
    eventType: FakeEventType;
    source: FakeTriggerSource;
    clock: ClockSpec;
    owner: string;
    documentId: string;
  } {
    return {
      handler: this.handler,
      eventType: this.eventType,
      source: this.source,
      clock: { ...this.clock },
      owner: this.owner,
      documentId: this.documentId,
    };
  }
}

export class FakeSpreadsheetTriggerBuilder
  implements
    Faked<
      GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
      'create' | 'onChange' | 'onEdit' | 'onFormSubmit' | 'onOpen'
    >
{
  private eventType: FakeEventType | null = null;

  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}

  private on(name: string, t: FakeEventType): FakeSpreadsheetTriggerBuilder {
    this.app.counter.hit(`SpreadsheetTriggerBuilder.${name}`);
    this.eventType = t;
    return this;
  }
  onChange(): FakeSpreadsheetTriggerBuilder {
    return this.on('onChange', 'ON_CHANGE');
  }
  onEdit(): FakeSpreadsheetTriggerBuilder {
    return this.on('onEdit', 'ON_EDIT');
  }
  onFormSubmit(): FakeSpreadsheetTriggerBuilder {
    return this.on('onFormSubmit', 'ON_FORM_SUBMIT');
  }
  onOpen(): FakeSpreadsheetTriggerBuilder {
    return this.on('onOpen', 'ON_OPEN');
  }
  create(): FakeTrigger {
    this.app.counter.hit('SpreadsheetTriggerBuilder.create');
    if (this.eventType === null) throw new Error('Missing event type for the spreadsheet trigger.');
    return this.app.add(this.handler, this.eventType, 'SPREADSHEETS', this.spreadsheetId, {});
  }
}

type ClockMethods =
  | 'after'
  | 'at'
  | 'atHour'
  | 'create'
  | 'everyDays'
  | 'everyHours'
  | 'everyMinutes'
  | 'everyWeeks'
  | 'inTimezone'
  | 'nearMinute'
  | 'onMonthDay'
  | 'onWeekDay';

export class FakeClockTriggerBuilder
  implements Faked<GoogleAppsScript.Script.ClockTriggerBuilder, ClockMethods>
{
  private readonly spec: ClockSpec = {};

  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  private set<K extends keyof ClockSpec>(
    name: string,
    key: K,
    value: ClockSpec[K],
  ): FakeClockTriggerBuilder {
    this.app.counter.hit(`ClockTriggerBuilder.${name}`);
    this.spec[key] = value;
    return this;
  }
  private range(what: string, n: number, min: number, max: number): number {
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`Invalid ${what}: ${n}`);
    return n;
  }
  after(durationMilliseconds: number): FakeClockTriggerBuilder {
    return this.set('after', 'afterMs', durationMilliseconds);
  }
  at(date: Date): FakeClockTriggerBuilder {
    return this.set('at', 'at', copyDate(date));
  }
  atHour(hour: number): FakeClockTriggerBuilder {
    return this.set('atHour', 'atHour', this.range('hour', hour, 0, 23));
  }
  everyDays(n: number): FakeClockTriggerBuilder {
    return this.set('everyDays', 'everyDays', n);
  }
  everyHours(n: number): FakeClockTriggerBuilder {
    return this.set('everyHours', 'everyHours', this.range('hours', n, 1, 12));
  }
  everyMinutes(n: number): FakeClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new Error('The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    return this.set('everyMinutes', 'everyMinutes', n);
  }
  everyWeeks(n: number): FakeClockTriggerBuilder {
    return this.set('everyWeeks', 'everyWeeks', n);
  }
  inTimezone(timezone: string): FakeClockTriggerBuilder {
    // Throws RangeError for a zone the tz database does not know, like the real builder.
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return this.set('inTimezone', 'timezone', timezone);
  }
  nearMinute(minute: number): FakeClockTriggerBuilder {
    return this.set('nearMinute', 'nearMinute', this.range('minute', minute, 0, 59));
  }
  onMonthDay(day: number): FakeClockTriggerBuilder {
    return this.set('onMonthDay', 'onMonthDay', this.range('day of month', day, 1, 31));
  }
  onWeekDay(day: FakeWeekday): FakeClockTriggerBuilder {
    return this.set('onWeekDay', 'onWeekDay', day);
  }
  create(): FakeTrigger {
    this.app.counter.hit('ClockTriggerBuilder.create');
    const s = this.spec;
    const scheduled =
      s.afterMs !== undefined ||
      s.at !== undefined ||
      s.everyMinutes !== undefined ||
      s.everyHours !== undefined ||
      s.everyDays !== undefined ||
      s.everyWeeks !== undefined ||
      s.onMonthDay !== undefined ||
      s.onWeekDay !== undefined;
    if (!scheduled)
      throw new Error(
        'The clock trigger has no schedule (after, at, every*, onMonthDay, onWeekDay).',
      );
    // Editor add-ons: "Time-driven triggers cannot run more frequently than once per hour."
    if (s.everyMinutes !== undefined || (s.afterMs !== undefined && s.afterMs < HOUR_MS))
      throw new Error('Add-on time-driven triggers cannot run more frequently than once per hour.');
    return this.app.add(this.handler, 'CLOCK', 'CLOCK', '', { ...s });
  }
}

export class FakeTriggerBuilder
  implements Faked<GoogleAppsScript.Script.TriggerBuilder, 'forSpreadsheet' | 'timeBased'>
{
  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  forSpreadsheet(sheet: FakeSpreadsheet | string): FakeSpreadsheetTriggerBuilder {
    this.app.counter.hit('TriggerBuilder.forSpreadsheet');
    const id = typeof sheet === 'string' ? sheet : sheet.id;
    return new FakeSpreadsheetTriggerBuilder(this.app, this.handler, id);
  }
  timeBased(): FakeClockTriggerBuilder {
    this.app.counter.hit('TriggerBuilder.timeBased');
    return new FakeClockTriggerBuilder(this.app, this.handler);
  }
}

export class FakeAuthorizationInfo
  implements
    Faked<
      GoogleAppsScript.Script.AuthorizationInfo,
      'getAuthorizationStatus' | 'getAuthorizationUrl'
    >
{
  constructor(
    private readonly counter: CallCounter,
    private readonly status: FakeAuthorizationStatus,
    private readonly url: string,
  ) {}
  getAuthorizationStatus(): FakeAuthorizationStatus {
    this.counter.hit('AuthorizationInfo.getAuthorizationStatus');
    return this.status;
  }
  /** Null when nothing needs authorizing, like Google's. */
  getAuthorizationUrl(): string {
    this.counter.hit('AuthorizationInfo.getAuthorizationUrl');
    return (this.status === 'REQUIRED' ? this.url : null) as string;
  }
}

export class FakeScriptApp
  implements
    Faked<
      GoogleAppsScript.Script.ScriptApp,
      'deleteTrigger' | 'getAuthorizationInfo' | 'getProjectTriggers' | 'getScriptId' | 'newTrigger'
    >
{
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = Weekday;
  /** Installed triggers of every user and document, in creation order. */
  readonly triggers: FakeTrigger[] = [];
  /**
   * Test helper: the user must authorize again (an update added a scope they have not
   * granted); getAuthorizationInfo(FULL) then says REQUIRED and gives this URL.
   */
  authorizationRequired = false;
  readonly authorizationUrl = 'https://script.google.com/macros/d/fake-script-id/authorize';
  private nextId = 1;

  constructor(
    readonly counter: CallCounter,
    private readonly scriptId = 'fake-script-id',
    private readonly context: FakeContext | null = null,
    /** The user the execution runs as: installable triggers are theirs. */
    private readonly user: () => string = () => 'user@example.com',
  ) {}

  /** The document the add-on runs in now (a clock run: its trigger's). */
  private documentId(): string {
    return this.context ? this.context.document.id : '';
  }

  add(
    handler: string,
    eventType: FakeEventType,
    source: FakeTriggerSource,
    sourceId: string,
    clock: ClockSpec,
  ): FakeTrigger {
    const owner = this.user();
    const documentId = this.documentId();
    if (source === 'SPREADSHEETS' && this.context && sourceId !== documentId) {
      // "Add-ons can only create triggers for the file in which the add-on is used."
      throw new Error('An add-on can only create triggers for the file in which it is used.');
    }
    if (this.triggers.filter((t) => t.owner === owner).length >= MAX_TRIGGERS) {
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    // "Each add-on can only have one trigger of each type, per user, per document."
    const same = this.triggers.some(
      (t) =>
        t.owner === owner && t.documentId === documentId && t.describe().eventType === eventType,
    );
    if (same) {
      throw new Error(
        `This add-on has created too many ${KIND[eventType]} triggers in this document for this Google user account.`,
      );
    }
    const t = new FakeTrigger(
      this.counter,
      String(this.nextId++),
      handler,
      eventType,
      source,
      sourceId,
      clock,
      owner,
      documentId,
    );
    this.triggers.push(t);
    return t;
  }

  getAuthorizationInfo(authMode: FakeAuthMode): FakeAuthorizationInfo {
    this.counter.hit('ScriptApp.getAuthorizationInfo');
    // Only FULL asks the user for anything; the other modes never require authorization.
    const required = this.authorizationRequired && authMode === 'FULL';
    return new FakeAuthorizationInfo(
      this.counter,
      required ? 'REQUIRED' : 'NOT_REQUIRED',
      this.authorizationUrl,
    );
  }

  deleteTrigger(trigger: FakeTrigger): void {
    this.counter.hit('ScriptApp.deleteTrigger');
    // The real service matches by id: getProjectTriggers() returns new objects each time.
    const i = this.triggers.findIndex((t) => t.uid === trigger.uid && t.owner === this.user());
    if (i >= 0) this.triggers.splice(i, 1);
  }
  /** The user's triggers of this add-on in EVERY document. */
  getProjectTriggers(): FakeTrigger[] {
    this.counter.hit('ScriptApp.getProjectTriggers');
    const user = this.user();
    return this.triggers.filter((t) => t.owner === user);
  }
  /** The user's triggers in one document (a spreadsheet here). */
  getUserTriggers(document: FakeSpreadsheet | { readonly id: string }): FakeTrigger[] {
    this.counter.hit('ScriptApp.getUserTriggers');
    const user = this.user();
    return this.triggers.filter((t) => t.owner === user && t.documentId === document.id);
  }
  getScriptId(): string {
    this.counter.hit('ScriptApp.getScriptId');
    return this.scriptId;
  }
  newTrigger(functionName: string): FakeTriggerBuilder {
    this.counter.hit('ScriptApp.newTrigger');
    return new FakeTriggerBuilder(this, functionName);
  }
}
