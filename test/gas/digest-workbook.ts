/**
 * A workbook for the digest's bundle tests: set up in English through the bundle, two regions'
 * committees, October 2026 activity dated near the month's edges in Asia/Bishkek, recipients,
 * and a clock the test moves (Date.now of the bundle's own context).
 */
import * as vm from 'node:vm';
import { SHEETS } from '../../src/core/schema/sheets';
import type { FakeServicesOptions } from '../fakes';
import { type AddOn, loadAddOn } from './load-bundle';
import { type Row, type RowValues, rowOf, writeRows } from './workbook-data';

/** An instant from the wall clock of Asia/Bishkek (UTC+6 all year). */
export const bishkek = (y: number, m: number, d: number, h = 0, min = 0): Date =>
  new Date(Date.UTC(y, m - 1, d, h - 6, min));

export const RECIPIENTS = [
  { email: 'ru.all@example.org', language: 'Russian', region: '', threshold: '' },
  { email: 'ky.naryn@example.org', language: 'Kyrgyz', region: 'Naryn', threshold: 3 },
  { email: 'en.all@example.org', language: 'English', region: '', threshold: '' },
  { email: 'en.chui@example.org', language: 'English', region: 'Chui', threshold: '' },
] as const;
export const INACTIVE = 'former@example.org';
/** Recipients of the digest, of the weekly reminders, and of both. */
export const BOTH_KINDS = [
  {
    email: 'coord.all@example.org',
    language: 'English',
    region: '',
    threshold: '',
    receives: 'Digest, Reminders',
  },
  {
    email: 'coord.naryn@example.org',
    language: 'Russian',
    region: 'Naryn',
    threshold: '',
    receives: 'Reminders',
  },
  { email: 'donor@example.org', language: 'English', region: '', threshold: '', receives: '' },
];
export const ACTIVE_EMAILS = RECIPIENTS.map((r) => r.email);

export interface DigestAddOn extends AddOn {
  /** The bundle's clock, in ms since the epoch. */
  clock: { now: number };
  sentTo(): string[];
  /** Digest log rows below the header: [month, recipient, status, sentAt, error]. */
  logRows(): unknown[][];
  triggers(handler: string): ReturnType<AddOn['s']['ScriptApp']['triggers'][number]['describe']>[];
  /** The time-driven triggers of every document and user. */
  clocks(): ReturnType<AddOn['s']['ScriptApp']['triggers'][number]['describe']>[];
  /** One hour later on the bundle's clock, then the document's clock fires. */
  nextHour(): void;
}

function sheetRows(addOn: AddOn, key: keyof typeof SHEETS): unknown[][] {
  const sheet = (addOn.s.context.active ?? addOn.s.spreadsheet).sheet(SHEETS[key].labels.en);
  const last = sheet.grid.lastRow();
  if (last < 2) return [];
  return sheet.rangeAt(2, 1, last - 1, SHEETS[key].columns.length).readValuesUncounted();
}

const event = (values: RowValues): Row => rowOf('events', { participants: 10, ...values });

/**
 * The workbook. Events of October 2026 in Bishkek: the 1st at 03:00 (still September in UTC)
 * and the 31st at 23:30; one of 1 November 00:30 (still October in UTC) must not count.
 */
export function digestWorkbook(
  options: FakeServicesOptions & { scheduled?: boolean } = {},
  extra: Partial<Record<'events', Row[]>> = {},
): DigestAddOn {
  const { scheduled: _scheduled, ...fakeOptions } = options;
  const addOn = loadAddOn({ session: { scriptTimeZone: 'UTC' }, ...fakeOptions });
  fillDigestBook(addOn, extra);
  const clock = { now: bishkek(2026, 11, 1, 8).getTime() };
  const contextDate = vm.runInContext('Date', addOn.ctx) as DateConstructor;
  contextDate.now = () => clock.now;
  // Scheduled as a coordinator does: the document's one hourly clock.
  if (options.scheduled !== false) addOn.run('scheduleMonthlyDigest');
  addOn.s.counter.reset();
  return {
    ...addOn,
    clock,
    sentTo: () => addOn.s.MailApp.sent.flatMap((mail) => mail.to),
    logRows: () => sheetRows(addOn, 'digestLog'),
    triggers: (handler) =>
      addOn.s.ScriptApp.triggers.map((t) => t.describe()).filter((t) => t.handler === handler),
    clocks: () =>
      addOn.s.ScriptApp.triggers.map((t) => t.describe()).filter((t) => t.eventType === 'CLOCK'),
    nextHour: () => {
      clock.now += 3_600_000;
      addOn.runClock();
    },
  };
}

/** Sets up the spreadsheet open in the editor (English) and fills it with the rows above. */
export function fillDigestBook(
  addOn: AddOn,
  extra: Partial<Record<'events', Row[]>> = {},
  recipients: readonly {
    email: string;
    language: string;
    region: string;
    threshold: unknown;
  }[] = RECIPIENTS,
): void {
  const book = addOn.s.context.active ?? addOn.s.spreadsheet;
  addOn.s.ui.answerPrompt('en');
  addOn.run('setUpWorkbook');
  const sheet = (key: keyof typeof SHEETS) => book.sheet(SHEETS[key].labels.en);
  const committee = (committeeId: string, region: string, name: string) =>
    rowOf('committees', {
      committeeId,
      name,
      region,
      settlement: 'Settlement',
      establishedOn: bishkek(2025, 1, 10),
      status: 'Active',
    });
  writeRows(sheet('committees'), 2, [
    committee('KANT', 'Chui', 'Kant committee'),
    committee('NARYN', 'Naryn', 'Naryn committee'),
  ]);
  writeRows(sheet('events'), 2, [
    event({
      committeeId: 'KANT',
      date: bishkek(2026, 10, 1, 3),
      type: 'Preventive meeting',
      participants: 11,
    }),
    event({
      committeeId: 'KANT',
      date: bishkek(2026, 10, 31, 23, 30),
      type: 'Preventive meeting',
      participants: 17,
    }),
    event({
      committeeId: 'KANT',
      date: bishkek(2026, 11, 1, 0, 30),
      type: 'Preventive meeting',
      participants: 13,
    }),
    event({
      committeeId: 'NARYN',
      date: bishkek(2026, 10, 15),
      type: 'Training / seminar',
      participants: 2,
    }),
    event({
      committeeId: 'KANT',
      date: bishkek(2026, 9, 30, 23),
      type: 'Preventive meeting',
      participants: 19,
    }),
    ...(extra.events ?? []),
  ]);
  writeRows(sheet('recipients'), 2, [
    ...recipients.map((r) => rowOf('recipients', { ...r, active: 'Yes' } as RowValues)),
    rowOf('recipients', { email: INACTIVE, language: 'Russian', active: 'No' }),
  ]);
}
