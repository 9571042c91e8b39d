/**
 * A form response handed to the Sheets API path's steps directly (no bundle): a small English
 * workbook on the fakes, installed as the Apps Script globals, with the response's row on
 * "Form responses 1" and its first reads done (intake-api.ts `readSubmission`).
 */

import { questionsOf } from '../../../src/core/forms/spec';
import { FORM_TEXT } from '../../../src/core/forms/texts';
import { memorySettings, SETTINGS, setSetting } from '../../../src/core/ports/settings';
import { type ColumnDef, SHEETS, type SheetKey } from '../../../src/core/schema/sheets';
import {
  type Destination,
  type Reading,
  readSubmission,
  type Submission,
} from '../../../src/gas/forms/intake-api';
import {
  type BelowRead,
  type KeysRead,
  readBelow,
  readKeys,
} from '../../../src/gas/forms/intake-api-target';
import { createFakeServices, type FakeServices } from '../../fakes';
import { eventAnswers } from '../forms-helpers';
import { day, rowOf, writeRows } from '../workbook-data';

const GLOBALS = [
  'SpreadsheetApp',
  'PropertiesService',
  'Session',
  'LockService',
  'Sheets',
] as const;

export const headerOf = (key: SheetKey) =>
  (SHEETS[key].columns as readonly ColumnDef[]).map((c) => c.labels.en);

export interface Prepared {
  readonly s: FakeServices;
  readonly submission: Submission;
  readonly reading: Reading;
  readonly to: Destination;
  readonly keys: KeysRead;
  readonly below: BelowRead;
}

/** Removes the globals `prepare` installed. */
export function uninstall(): void {
  for (const name of GLOBALS) delete (globalThis as Record<string, unknown>)[name];
}

/**
 * Events holds EV-000001 and EV-000002 and the counter says 2; the response (row 2) is an
 * event of KANT with `over` answers (English titles, as eventAnswers).
 */
export function prepare(over: Record<string, string> = {}): Prepared {
  const s = createFakeServices({
    spreadsheet: {
      sheets: ['Form responses 1', 'Events', 'Committees', 'Log', 'Problems', 'Korgoo intake'],
    },
  });
  Object.assign(globalThis, {
    SpreadsheetApp: s.SpreadsheetApp,
    PropertiesService: s.PropertiesService,
    Session: s.Session,
    LockService: s.LockService,
    Sheets: s.Sheets,
  });
  const sheet = (name: string) => s.spreadsheet.sheet(name);
  const questions = questionsOf('event');
  const answers: Record<string, unknown> = { ...eventAnswers(1), ...over };

  const answered = questions.map((q) => {
    const answer = answers[q.title.en] ?? '';
    return Array.isArray(answer) ? answer.join(', ') : (answer as string | Date);
  });
  writeRows(sheet('Form responses 1'), 1, [
    ['Timestamp', ...questions.map((q) => q.title.en), FORM_TEXT.statusHeader.en],
    [day(2026, 10, 20), ...answered, ''],
  ]);
  const event = (id: string, d: Date) =>
    rowOf('events', { eventId: id, date: d, committeeId: 'KANT', type: 'Meeting' });
  writeRows(sheet('Events'), 1, [
    headerOf('events'),
    event('EV-000001', day(2025, 1, 1)),
    event('EV-000002', day(2025, 1, 2)),
  ]);
  writeRows(sheet('Committees'), 1, [
    headerOf('committees'),
    rowOf('committees', { committeeId: 'KANT', name: 'Committee KANT' }),
  ]);
  writeRows(sheet('Log'), 1, [headerOf('log')]);
  writeRows(sheet('Problems'), 1, [headerOf('problems')]);
  writeRows(sheet('Korgoo intake'), 1, [['Response fingerprint', 'Taken in as', 'When']]);
  const store = memorySettings();
  setSetting(store, SETTINGS.eventCounter, 2);
  const submission: Submission = {
    spreadsheet: s.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    sheet: sheet('Form responses 1') as unknown as GoogleAppsScript.Spreadsheet.Sheet,
    row: 2,
    kind: 'event',
    lang: 'en',
    store,
    logs: [],
  };
  const reading = readSubmission(submission);
  if (typeof reading === 'boolean' || !reading.to)
    throw new Error(`the response does not go to Events: ${String(reading)}`);
  const { id, zone, sheets, read, to } = reading;
  const keys = readKeys(id, zone, sheets, read.heads, to.key, to.target);
  const below = readBelow(id, zone, to.target, to.key, keys, to.shape.width, to.rows);
  s.counter.reset();
  return { s, submission, reading, to, keys, below };
}
