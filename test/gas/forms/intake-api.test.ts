/**
 * A form response through the Sheets API, through the bundle: the same sheets as through
 * SpreadsheetApp, which still takes it in when the advanced service is missing, the API is off
 * in the Cloud project, or Google refuses a request for its quota (60 reads and 60 writes a
 * minute per user, shared with Validate now); dates come back as the same instants in any zone.
 */
import { SHEETS_API_QUOTA } from '../../fakes/sheets-api';
import {
  caseAnswers,
  eventAnswers,
  type FormsWorkbook,
  referralAnswers,
  withHelpers,
  workbookWithForms,
} from '../forms-helpers';
import { ensureBuilt, loadAddOn } from '../load-bundle';
import { committeeRows, dataRows, day, eventRows, headerOf, writeRows } from '../workbook-data';

beforeAll(() => ensureBuilt());

/** A set-up workbook with its forms, 5 events, with or without the advanced service. */
function formsWorkbook(sheetsApi: boolean): FormsWorkbook {
  const addOn = loadAddOn({ sheetsApi });
  addOn.s.ui.answerPrompt('en');
  addOn.run('setUpWorkbook');
  writeRows(addOn.s.spreadsheet.sheet('Committees'), 2, committeeRows());
  writeRows(addOn.s.spreadsheet.sheet('Events'), 2, eventRows(5));
  addOn.s.ui.answerAlerts('NO');
  addOn.run('createOrUpdateForms');
  addOn.s.counter.reset();
  return withHelpers(addOn, 'en');
}

/** Three responses: an event with a problem, a new case, a referral to an unknown case. */
function respondAll(wb: FormsWorkbook): void {
  wb.respond('event', eventAnswers(1, { Participants: '5' }));
  wb.respond('case', caseAnswers(0));
  wb.respond('followup', referralAnswers('KANT-2025-0099'));
}

/** What intake wrote: rows, statuses, marks, Problems lines, ledger statuses and Log outcomes. */
function state(wb: FormsWorkbook) {
  const marks = (key: 'events' | 'cases' | 'referrals') => {
    const sheet = wb.sheet(key);
    const out: string[] = [];
    sheet.grid.forEachCell((cell, row, col) => {
      if (cell.note !== '' || cell.background !== '#ffffff')
        if (row > 1) out.push(`${row}:${col}:${cell.note}:${cell.background}`);
    });
    return out;
  };
  const ledger = wb.s.spreadsheet.sheet('Korgoo intake');
  return {
    events: wb.rows('events').map(({ 'Entered at': _, ...rest }) => rest),
    cases: wb.rows('cases').map(({ 'Entered at': _, ...rest }) => rest),
    referrals: wb.rows('referrals'),
    statuses: [wb.statuses('event'), wb.statuses('case'), wb.statuses('followup')],
    marks: [marks('events'), marks('cases'), marks('referrals')],
    problems: dataRows(wb.sheet('problems')),
    ledger: dataRows(ledger).map((line) => line[1]),
    log: wb.logLines().map((line) => [line[1], line[3]]),
  };
}

describe('the same sheets through SpreadsheetApp when the Sheets API cannot be used', () => {
  const withApi = formsWorkbook(true);
  respondAll(withApi);
  const expected = state(withApi);

  test('with the API, every response was read and written through it', () => {
    expect(withApi.s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(3);
    expect(expected.statuses).toEqual([
      ['✓ EV-000001 → "Events", row 7'],
      ['✓ KANT-2025-0001 → "Cases", row 2'],
      ['✓ → "Referrals", row 2'],
    ]);
    expect(expected.problems.map((line) => [line[0], line[1], line[4]])).toEqual([
      ['Events', 7, 'women_men_exceed_participants'],
      ['Referrals', 2, 'unknown_case'],
    ]);
    expect(expected.marks[0]).toHaveLength(1);
    expect(expected.ledger).toHaveLength(3);
  });

  test('without the advanced service in the manifest', () => {
    const without = formsWorkbook(false);
    respondAll(without);
    expect(without.s.counter.byPrefix('Sheets.')).toBe(0);
    expect(state(without)).toEqual(expected);
  });

  test('with the service in the manifest but the API off in the Cloud project', () => {
    const off = formsWorkbook(true);
    off.s.Sheets.Spreadsheets.projectEnabled = false;
    respondAll(off);
    // Each response's first read failed before anything was written; SpreadsheetApp did the rest.
    expect(off.s.counter.count('Sheets.Spreadsheets.get')).toBe(3);
    expect(off.s.counter.count('Sheets.Spreadsheets.getByDataFilter')).toBe(0);
    expect(off.s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(0);
    expect(state(off)).toEqual(expected);
  });

  test("with the user's read quota used up (Validate now, other responses): SpreadsheetApp reads and writes", () => {
    const busy = formsWorkbook(true);
    const id = busy.s.spreadsheet.id;
    for (let i = 0; i < SHEETS_API_QUOTA.perUser; i++)
      busy.s.Sheets.Spreadsheets.get(id, { fields: 'spreadsheetId' });
    busy.s.counter.reset();
    respondAll(busy);
    expect(busy.s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(0);
    expect(state(busy)).toEqual(expected);
  });

  test('with the write quota used up after the reads: the row once, the rest through SpreadsheetApp', () => {
    const busy = formsWorkbook(true);
    const id = busy.s.spreadsheet.id;
    for (let i = 0; i < SHEETS_API_QUOTA.perUser; i++)
      busy.s.Sheets.Spreadsheets.batchUpdate({ requests: [] }, id);
    busy.s.counter.reset();
    const events = [
      busy.submit('event', eventAnswers(1, { Participants: '5' })),
      busy.submit('case', caseAnswers(0)),
      busy.submit('followup', referralAnswers('KANT-2025-0099')),
    ];
    for (const event of events) busy.deliver(event);
    // Google refused each closing write; nothing of it was applied, SpreadsheetApp wrote it all.
    expect(busy.s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(3);
    expect(state(busy)).toEqual(expected);
    // Nothing repeated: delivered again and processed, still one row each.
    for (const event of events) busy.deliver(event);
    busy.run('processPendingResponses');
    expect(busy.rows('events')).toHaveLength(6);
    expect(busy.rows('cases')).toHaveLength(1);
    expect(busy.rows('referrals')).toHaveLength(1);
  });
});

test('30 committees answering at the deadline: the API for as many as its quota allows, SpreadsheetApp for the rest, each once', () => {
  const wb = formsWorkbook(true);
  const committees = ['KANT — Committee KANT', 'TOKM — Committee TOKM', 'NARYN — Committee NARYN'];
  const events = Array.from({ length: 30 }, (_, i) =>
    wb.submit('event', eventAnswers(i, { Committee: committees[i % 3] })),
  );
  for (const event of events) wb.deliver(event);
  // 4 reads a response, 60 a minute for the forms' owner: 15 through the API, then each
  // response's first read is refused and SpreadsheetApp takes it in.
  expect(wb.s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(15);
  expect(wb.s.counter.count('Sheets.Spreadsheets.get')).toBe(30);
  const ids = wb.statuses('event').map((s) => /EV-\d+/.exec(String(s))?.[0]);
  expect(new Set(ids).size).toBe(30);
  expect(wb.rows('events').filter((r) => r.Source === 'Form')).toHaveLength(30);
  expect(wb.statuses('event').every((s) => String(s).startsWith('✓'))).toBe(true);
  expect(dataRows(wb.s.spreadsheet.sheet('Korgoo intake'))).toHaveLength(30);
});

describe('dates read through the API are the instants SpreadsheetApp reads', () => {
  test.each(['Asia/Bishkek', 'America/Los_Angeles'])(
    'in %s: the answered day, the timestamp, the ledger and the Log',
    (zone) => {
      const wb = workbookWithForms({ events: 3 });
      wb.s.spreadsheet.timeZone = zone;
      // Midnight UTC: 06:00 the same day in Bishkek, 16:00 the day before in Los Angeles.
      wb.respond('event', eventAnswers(1, { Date: day(2025, 3, 1) }));
      const responses = wb.responseSheet('event');
      const header = headerOf(responses).map(String);
      const [answered] = dataRows(responses);
      const [row] = wb.rows('events').slice(-1);
      expect(wb.s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
      expect(row?.Date).toEqual(answered?.[header.indexOf('Date')]);
      expect(row?.Date).toEqual(day(2025, 3, 1));
      expect(row?.['Entered at']).toEqual(answered?.[0]);
      // The duplicate check read the other rows' dates as dates: the same day again is flagged.
      wb.respond('event', eventAnswers(1, { Date: day(2025, 3, 1) }));
      expect(dataRows(wb.sheet('problems')).map((line) => [line[1], line[4]])).toContainEqual([
        6,
        'duplicate_event',
      ]);
      const ledger = dataRows(wb.s.spreadsheet.sheet('Korgoo intake'));
      const log = wb.logLines();
      const when = log.at(-1)?.[2] as Date;
      expect(Object.prototype.toString.call(when)).toBe('[object Date]');
      expect(Math.abs(when.getTime() - Date.now())).toBeLessThan(60_000);
      expect(ledger.at(-1)?.[2]).toEqual(when);
    },
  );
});
