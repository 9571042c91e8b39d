/**
 * A form response's second and third reads through the Sheets API (the fake as the global
 * `Sheets`): the ledger, the Problems rows and only the key columns of the sheet it goes to
 * (and of the sheets its check refers to), then the rows near its day and those below the
 * last entry with their notes and colours — never the whole sheet.
 */
import type { MappedRow } from '../../../src/core/forms/map-response';
import { FORM_TEXT } from '../../../src/core/forms/texts';
import { type ColumnDef, SHEETS, type SheetKey } from '../../../src/core/schema/sheets';
import { findSheets, type ResponseSheets } from '../../../src/gas/forms/intake-api-read';
import { readBelow, readKeys } from '../../../src/gas/forms/intake-api-target';
import { readLayout } from '../../../src/gas/sheets-api';
import { createFakeServices, type FakeServices } from '../../fakes';
import { columnOf, day, rowOf, writeRows } from '../workbook-data';

let s: FakeServices;
const header = (key: SheetKey) =>
  (SHEETS[key].columns as readonly ColumnDef[]).map((c) => c.labels.en);
const event = (id: string, date: Date, committeeId: string, type = 'meeting') =>
  rowOf('events', { eventId: id, date, committeeId, type, participants: 4 });

/** Events with five rows (days 1, 2, 10, 11, 11 October), three intake entries, two lines. */
function workbook(): { sheets: ResponseSheets; zone: string } {
  s = createFakeServices({
    spreadsheet: {
      sheets: [
        'Form responses 1',
        'Events',
        'Cases',
        'Referrals',
        'Log',
        'Problems',
        'Korgoo intake',
      ],
    },
  });
  (globalThis as { Sheets?: unknown }).Sheets = s.Sheets;
  const sheet = (name: string) => s.spreadsheet.sheet(name);
  writeRows(sheet('Form responses 1'), 1, [['Timestamp', FORM_TEXT.statusHeader.en]]);
  writeRows(sheet('Events'), 1, [
    header('events'),
    event('EV-000001', day(2026, 10, 1), 'KANT'),
    event('EV-000002', day(2026, 10, 2), 'KANT'),
    event('EV-000003', day(2026, 10, 10), 'TOKM'),
    event('EV-000004', day(2026, 10, 11), 'KANT', 'training'),
    event('EV-000005', day(2026, 10, 11), 'TOKM'),
  ]);
  writeRows(sheet('Cases'), 1, [
    header('cases'),
    rowOf('cases', { caseCode: 'KANT-2026-0001', identifiedOn: day(2026, 9, 1), consent: 'да' }),
  ]);
  writeRows(sheet('Korgoo intake'), 1, [
    ['Response fingerprint', 'Taken in as', 'When'],
    [' fp-1 ', '✓ EV-000001', day(2026, 10, 1)],
    ['fp-2', '✓ EV-000002', day(2026, 10, 2)],
  ]);
  writeRows(sheet('Problems'), 1, [
    ['Sheet', 'Row', 'Column'],
    ['Events', 3, 'Date'],
    ['Events', 5, 'Type'],
  ]);
  const layout = readLayout(s.spreadsheet.id);
  const responses = sheet('Form responses 1').getSheetIdUncounted();
  const sheets = findSheets(layout, responses, 'en');
  if (!sheets) throw new Error('sheets not found');
  return { sheets, zone: layout.timeZone };
}
afterEach(() => {
  delete (globalThis as { Sheets?: unknown }).Sheets;
});

const heads = () =>
  new Map([
    ['events', header('events')],
    ['cases', header('cases')],
    ['referrals', header('referrals')],
  ] as const);
const eventsTab = (sheets: ResponseSheets) => {
  const tab = sheets.tabOf('events');
  if (!tab) throw new Error('no Events');
  return tab;
};

describe('readKeys', () => {
  test("one read: the ledger's fingerprints, the Problems rows, two columns of Events", () => {
    const { sheets, zone } = workbook();
    s.counter.reset();
    const keys = readKeys(s.spreadsheet.id, zone, sheets, heads(), 'events', eventsTab(sheets));
    expect(s.counter.total()).toBe(1);
    expect(s.counter.count('Sheets.Spreadsheets.getByDataFilter')).toBe(1);
    // 2 fingerprints, 2 row numbers, 5 IDs and 5 dates: the cells that hold something.
    expect(s.counter.cells.read).toBe(14);
    expect(keys.fingerprints).toEqual(['fp-1', 'fp-2']);
    expect(keys.problemRows).toEqual([3, 5]);
    expect(keys.keys).toEqual(['EV-000001', 'EV-000002', 'EV-000003', 'EV-000004', 'EV-000005']);
    const [id, date, committee] = ['eventId', 'date', 'committeeId'].map(
      (c) => columnOf('events', c) - 1,
    ) as [number, number, number];
    expect(keys.above[0]).toEqual(header('events'));
    // The key and the date, typed as dates by the schema; nothing of the other columns.
    expect(keys.above[4]?.[id]).toBe('EV-000004');
    expect(keys.above[4]?.[date]).toEqual(day(2026, 10, 11));
    expect(keys.above[4]?.[committee]).toBe('');
    expect(keys.indexOf('date')).toBe(date);
    expect(keys.context).toEqual({});
  });

  test("a referral's check reads three columns of Cases, and none of its own sheet", () => {
    const { sheets, zone } = workbook();
    const referrals = sheets.tabOf('referrals');
    s.counter.reset();
    const keys = readKeys(s.spreadsheet.id, zone, sheets, heads(), 'referrals', referrals);
    const cases = keys.context.cases;
    expect(cases?.name).toBe('Cases');
    const at = (c: string) => columnOf('cases', c) - 1;
    const line = cases?.values[1] ?? [];
    expect([line[at('caseCode')], line[at('identifiedOn')], line[at('consent')]]).toEqual([
      'KANT-2026-0001',
      day(2026, 9, 1),
      'да',
    ]);
    expect(line.filter((v) => v !== '')).toHaveLength(3);
    expect(keys.above).toEqual([header('referrals')]);
  });

  test('with no sheet to go to, only the ledger and the Problems rows', () => {
    const { sheets, zone } = workbook();
    s.counter.reset();
    const keys = readKeys(s.spreadsheet.id, zone, sheets, heads(), undefined, undefined);
    expect(keys.fingerprints).toEqual(['fp-1', 'fp-2']);
    expect(keys.keys).toEqual([]);
    // The ledger's and the Problems sheet's one column each: two fingerprints, two row numbers.
    expect(s.counter.cells.read).toBe(4);
  });
});

describe('readBelow', () => {
  const mapped = (date: Date): MappedRow => ({
    sheet: 'events',
    values: { date, committeeId: 'KANT', type: 'meeting' },
    assign: 'eventId',
    committeeId: null,
    year: null,
  });

  test("the committee and type read only near the new row's day; the free row after the last", () => {
    const { sheets, zone } = workbook();
    const events = s.spreadsheet.sheet('Events');
    // A row holding only a remark below the entries still takes its row.
    events.grid.cell(8, columnOf('events', 'partners')).value = 'a remark';
    Object.assign(events.grid.cell(9, 2), { note: 'old note', background: '#ff0000' });
    const width = header('events').length;
    const tab = eventsTab(sheets);
    const keys = readKeys(s.spreadsheet.id, zone, sheets, heads(), 'events', tab);
    s.counter.reset();
    const below = readBelow(s.spreadsheet.id, zone, tab, 'events', keys, width, [
      mapped(day(2026, 10, 12)),
    ]);
    expect(s.counter.total()).toBe(1);
    expect(below.firstFreeRow).toBe(9);
    expect(below.notes).toHaveLength(1);
    expect(below.notes[0]?.[1]).toBe('old note');
    expect(below.backgrounds[0]?.[1]).toBe('#ff0000');
    expect(below.backgrounds[0]?.[0]).toBe('#ffffff');
    const committee = columnOf('events', 'committeeId') - 1;
    // Rows 5 and 6 (10 and 11 October) are within two days of the 12th; rows 2 and 3 are not.
    expect(keys.above.map((line) => line[committee])).toEqual([
      'Committee ID',
      '',
      '',
      'TOKM',
      'KANT',
      'TOKM',
    ]);
  });

  test('a first entry goes on row 2 of an empty sheet', () => {
    const { sheets, zone } = workbook();
    const events = s.spreadsheet.sheet('Events');
    events.getRange(2, 1, 5, header('events').length).clearContent();
    s.counter.reset();
    const tab = eventsTab(sheets);
    const keys = readKeys(s.spreadsheet.id, zone, sheets, heads(), 'events', tab);
    const below = readBelow(s.spreadsheet.id, zone, tab, 'events', keys, 3, [
      mapped(day(2026, 10, 12)),
    ]);
    expect(below.firstFreeRow).toBe(2);
    expect(below.notes).toEqual([['', '', '']]);
  });
});
