/**
 * The one clock (DESIGN §12) under Google's Editor add-on rules, through the built bundle:
 * one hourly trigger per document and user, found with getUserTriggers; a second workbook
 * scheduled leaves the first one's alone; the clock's run opens its workbook by id; an old
 * monthly trigger is replaced; a trigger that needs authorization tells the user once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DigestPreviewResult, SetupState } from '../../../src/core/sidebar/api';
import { SCOPE } from '../../fakes/scopes';
import { ACTIVE_EMAILS, digestWorkbook, fillDigestBook } from '../digest-workbook';
import { withHelpers } from '../forms-helpers';
import { ensureBuilt, manifestScopes, ROOT } from '../load-bundle';
import { day } from '../workbook-data';

beforeAll(() => ensureBuilt());

const json = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;
const sorted = (list: readonly string[]) => [...list].sort();

describe('two workbooks of one user', () => {
  const addOn = digestWorkbook();
  const a = addOn.s.spreadsheet;
  const b = addOn.s.addSpreadsheet({ id: 'workbook-b', name: 'District B' });
  const c = addOn.s.addSpreadsheet({ id: 'workbook-c', name: 'District C' });
  const bRecipients = [
    { email: 'b.boss@example.org', language: 'English', region: '', threshold: '' },
  ];
  beforeAll(() => {
    addOn.s.openDocument(b);
    fillDigestBook(addOn, {}, bRecipients);
    addOn.run('scheduleMonthlyDigest');
    addOn.s.openDocument(c);
    fillDigestBook(addOn);
    addOn.s.openDocument(a);
  });

  const scheduledIn = (book: typeof a) => {
    addOn.s.openDocument(book);
    const setup = json<SetupState>(addOn.run('sidebarSetupState'));
    const digest = json<DigestPreviewResult>(
      addOn.run('sidebarDigestPreview', { month: '2026-10', lang: 'en' }),
    );
    addOn.s.openDocument(a);
    return {
      setup: setup.triggers.find((t) => t.handler === 'runSchedule')?.installed,
      digest: digest.schedule.installed,
    };
  };

  test('scheduling the second does not unschedule the first: one clock in each', () => {
    const clocks = addOn.clocks();
    expect(clocks.map((t) => t.documentId).sort()).toEqual([a.id, b.id]);
    expect(clocks.every((t) => t.handler === 'runSchedule')).toBe(true);
  });

  test('each sidebar says scheduled only where this document’s clock exists', () => {
    expect(scheduledIn(a)).toEqual({ setup: true, digest: true });
    expect(scheduledIn(b)).toEqual({ setup: true, digest: true });
    expect(scheduledIn(c)).toEqual({ setup: false, digest: false });
  });

  test('where it is missing, both tabs offer the button; it schedules this workbook only', () => {
    addOn.s.openDocument(c);
    const setup = json<SetupState>(addOn.run('sidebarSetupState'));
    expect(setup.triggers.find((t) => t.handler === 'runSchedule')?.canInstall).toBe(true);
    const digest = json<DigestPreviewResult>(
      addOn.run('sidebarDigestPreview', { month: '2026-10', lang: 'en' }),
    );
    expect(digest.canSchedule).toBe(true);
    const result = json<{ message: string }>(addOn.run('sidebarScheduleDigest'));
    expect(result.message).toContain('08:00 (Asia/Bishkek)');
    addOn.s.openDocument(a);
    expect(scheduledIn(c)).toEqual({ setup: true, digest: true });
    expect(
      addOn
        .clocks()
        .map((t) => t.documentId)
        .sort(),
    ).toEqual([a.id, b.id, c.id].sort());
    expect(
      json<SetupState>(addOn.run('sidebarSetupState')).triggers.find(
        (t) => t.handler === 'runSchedule',
      )?.canInstall,
    ).toBeUndefined();
  });

  test('each clock opens its own workbook by id and sends its own digest', () => {
    const [clockA, clockB] = ['fake-spreadsheet-id', 'workbook-b'].map(
      (id) =>
        addOn.s.ScriptApp.triggers.find((t) => t.describe().documentId === id) as NonNullable<
          (typeof addOn.s.ScriptApp.triggers)[number]
        >,
    ) as [never, never];
    addOn.runClock(clockB);
    expect(addOn.sentTo()).toEqual(['b.boss@example.org']);
    addOn.runClock(clockA);
    expect(sorted(addOn.sentTo())).toEqual(sorted(['b.boss@example.org', ...ACTIVE_EMAILS]));
    expect(addOn.s.counter.count('SpreadsheetApp.openById')).toBeGreaterThanOrEqual(2);
  });
});

describe('the clock’s run', () => {
  test('has no active spreadsheet: it opens its workbook by id, which needs `spreadsheets`', () => {
    const narrow = digestWorkbook({
      grantedScopes: [
        ...manifestScopes().filter((s) => s !== SCOPE.spreadsheets),
        SCOPE.spreadsheetsCurrentOnly,
      ],
    });
    expect(() => narrow.runClock()).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    const addOn = digestWorkbook();
    addOn.runClock();
    expect(addOn.s.counter.count('SpreadsheetApp.openById')).toBe(1);
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
  });

  test('with no active document, the workbook id comes from the document’s properties', () => {
    const addOn = digestWorkbook();
    addOn.s.PropertiesService.user.deleteAllProperties();
    addOn.runClock();
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
  });
});

describe('an old monthly trigger of this document', () => {
  const legacy = () => {
    const addOn = digestWorkbook({ scheduled: false });
    // What earlier versions installed: the monthly run, the workbook id in USER properties.
    addOn.s.ScriptApp.newTrigger('sendMonthlyDigest')
      .timeBased()
      .onMonthDay(1)
      .atHour(8)
      .inTimezone('Asia/Bishkek')
      .create();
    addOn.s.PropertiesService.user.setProperty('korgoo.digest.spreadsheet', addOn.s.spreadsheet.id);
    return addOn;
  };

  test('is replaced by the one clock when it fires, and that run sends the digest', () => {
    const addOn = legacy();
    addOn.runClock();
    expect(addOn.clocks().map((t) => [t.handler, t.clock])).toEqual([
      ['runSchedule', { everyHours: 1 }],
    ]);
    expect(sorted(addOn.sentTo())).toEqual(sorted(ACTIVE_EMAILS));
  });

  test('is replaced when the coordinator schedules again', () => {
    const addOn = legacy();
    addOn.run('scheduleMonthlyDigest');
    expect(addOn.clocks().map((t) => t.handler)).toEqual(['runSchedule']);
  });
});

describe('a trigger run that needs the user to authorize again', () => {
  test('tells the user once by e-mail with the link, sends no digest, and does not fail', () => {
    const addOn = digestWorkbook();
    addOn.s.ScriptApp.authorizationRequired = true;
    expect(() => addOn.runClock()).not.toThrow();
    addOn.nextHour();
    expect(addOn.s.MailApp.sent).toHaveLength(1);
    const [notice] = addOn.s.MailApp.sent;
    expect(notice?.to).toEqual(['user@example.com']);
    expect(notice?.subject).toBe('Korgoo: authorization needed');
    expect(notice?.body).toContain(addOn.s.ScriptApp.authorizationUrl);
    expect(addOn.logRows()).toHaveLength(0);

    addOn.s.ScriptApp.authorizationRequired = false;
    addOn.nextHour();
    expect(sorted(addOn.sentTo())).toEqual(sorted(['user@example.com', ...ACTIVE_EMAILS]));
  });

  test('a form response waits in its sheet (no mail twice) and is taken in once authorized', () => {
    const addOn = digestWorkbook();
    const wb = withHelpers(addOn, 'en');
    addOn.s.ui.answerAlerts('NO');
    addOn.run('createOrUpdateForms');
    addOn.s.ScriptApp.authorizationRequired = true;
    addOn.runClock();
    const answers = {
      Committee: 'KANT — Kant committee',
      Date: day(2026, 10, 5),
      Type: 'Training / seminar',
      Participants: '12',
    };
    expect(() => wb.respond('event', answers)).not.toThrow();
    expect(addOn.s.MailApp.sent).toHaveLength(1);
    expect(wb.statuses('event')).toEqual(['']);
    addOn.s.ScriptApp.authorizationRequired = false;
    wb.respond('event', { ...answers, Participants: '13' });
    addOn.run('processPendingResponses');
    expect(wb.statuses('event')).toHaveLength(2);
    expect(wb.statuses('event').every((status) => String(status).startsWith('✓'))).toBe(true);
  });
});

test('the code has exactly one timeBased() trigger', () => {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ts$/.test(entry.name))
        for (const _ of fs.readFileSync(full, 'utf8').matchAll(/\.timeBased\(\)/g))
          found.push(path.relative(ROOT, full));
    }
  };
  walk(path.join(ROOT, 'src'));
  expect(found).toEqual(['src/gas/schedule/clock-trigger.ts']);
});
