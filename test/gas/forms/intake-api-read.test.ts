/**
 * A form response's first read through the Sheets API (the fake as the global `Sheets`): the
 * sheets it needs found by their labels in the layout, with no Sheets call; then the response,
 * its header, the canonical sheets' headers, Committees and Approvals in ONE read, typed as
 * getValues() types them.
 */
import { FORM_TEXT } from '../../../src/core/forms/texts';
import { SHEETS } from '../../../src/core/schema/sheets';
import { findSheets, readResponse } from '../../../src/gas/forms/intake-api-read';
import { readLayout } from '../../../src/gas/sheets-api';
import { createFakeServices, type FakeServices } from '../../fakes';
import { day, writeRows } from '../workbook-data';

const STATUS = FORM_TEXT.statusHeader.en;
let s: FakeServices;

/** A workbook in Russian labels, but with the intake ledger under its Kyrgyz label. */
function workbook(extra: string[] = []) {
  s = createFakeServices({
    spreadsheet: {
      sheets: [
        'Form responses 1',
        SHEETS.events.labels.ru,
        SHEETS.cases.labels.ru,
        SHEETS.log.labels.ru,
        SHEETS.problems.labels.ru,
        SHEETS.committees.labels.ru,
        FORM_TEXT.ledgerSheet.ky,
        ...extra,
      ],
    },
  });
  (globalThis as { Sheets?: unknown }).Sheets = s.Sheets;
  return s.spreadsheet;
}
afterEach(() => {
  delete (globalThis as { Sheets?: unknown }).Sheets;
});

const responseId = () => s.spreadsheet.sheet('Form responses 1').getSheetIdUncounted();

describe('findSheets', () => {
  test('finds every sheet by its label in any language, asking Sheets nothing', () => {
    workbook([SHEETS.approvals.labels.en]);
    const layout = readLayout(s.spreadsheet.id);
    s.counter.reset();
    const found = findSheets(layout, responseId(), 'ru');
    expect(s.counter.total()).toBe(0);
    expect(found?.response.title).toBe('Form responses 1');
    expect(found?.ledger.title).toBe(FORM_TEXT.ledgerSheet.ky);
    expect(found?.log.title).toBe(SHEETS.log.labels.ru);
    expect(found?.problems?.title).toBe(SHEETS.problems.labels.ru);
    expect(found?.committees?.title).toBe(SHEETS.committees.labels.ru);
    expect(found?.approvals?.title).toBe(SHEETS.approvals.labels.en);
    // Only the canonical sheets that exist, in the schema's order.
    expect(found?.canonical.map((c) => [c.key, c.tab.title])).toEqual([
      ['events', SHEETS.events.labels.ru],
      ['cases', SHEETS.cases.labels.ru],
    ]);
    expect(found?.tabOf('referrals')).toBeUndefined();
  });

  test("the label in the workbook's language wins over another language's", () => {
    workbook([SHEETS.events.labels.en]);
    const layout = readLayout(s.spreadsheet.id);
    expect(findSheets(layout, responseId(), 'en')?.tabOf('events')?.title).toBe(
      SHEETS.events.labels.en,
    );
    expect(findSheets(layout, responseId(), 'ru')?.tabOf('events')?.title).toBe(
      SHEETS.events.labels.ru,
    );
  });

  test('null without the ledger, the Log or the response sheet: SpreadsheetApp makes them', () => {
    workbook();
    const layout = readLayout(s.spreadsheet.id);
    const without = (title: string) => ({
      ...layout,
      sheets: layout.sheets.filter((tab) => tab.title !== title),
    });
    expect(findSheets(layout, responseId(), 'ru')).not.toBeNull();
    expect(findSheets(without(FORM_TEXT.ledgerSheet.ky), responseId(), 'ru')).toBeNull();
    expect(findSheets(without(SHEETS.log.labels.ru), responseId(), 'ru')).toBeNull();
    expect(findSheets(layout, 987654, 'ru')).toBeNull();
  });
});

describe('readResponse', () => {
  test('one read gives the response, its header, the headers and the small sheets', () => {
    workbook();
    const responses = s.spreadsheet.sheet('Form responses 1');
    writeRows(responses, 1, [
      ['Timestamp', 'Committee', STATUS],
      [day(2026, 10, 3), 'Кант', ''],
      [day(2026, 10, 4), 'Токмок', '', 'a late extra answer'],
    ]);
    writeRows(s.spreadsheet.sheet(SHEETS.events.labels.ru), 1, [['ID', 'Дата', '', '']]);
    writeRows(s.spreadsheet.sheet(SHEETS.committees.labels.ru), 1, [
      ['Код', 'Название', ''],
      ['KANT', 'Кант', ''],
      ['', '', ''],
    ]);
    responses.grid.cell(3, 1).numberFormat = 'dd.MM.yyyy';
    const layout = readLayout(s.spreadsheet.id);
    const sheets = findSheets(layout, responseId(), 'ru');
    if (!sheets) throw new Error('sheets not found');
    s.counter.reset();
    const read = readResponse(s.spreadsheet.id, layout.timeZone, sheets, 3);
    expect(s.counter.count('Sheets.Spreadsheets.getByDataFilter')).toBe(1);
    expect(s.counter.total()).toBe(1);
    // As wide as the header or the row, whichever is wider; the date as a Date.
    expect(read?.header).toEqual(['Timestamp', 'Committee', STATUS, '']);
    expect(read?.values).toEqual([day(2026, 10, 4), 'Токмок', '', 'a late extra answer']);
    expect(read?.status).toBe(2);
    // Headers without their empty cells at the end; Committees without its empty last row.
    expect(read?.heads.get('events')).toEqual(['ID', 'Дата']);
    expect(read?.heads.get('cases')).toEqual([]);
    expect(read?.committees).toEqual([
      ['Код', 'Название'],
      ['KANT', 'Кант'],
    ]);
    expect(read?.approvals).toBeUndefined();
  });

  test('null when the response sheet has no status column yet (SpreadsheetApp adds it)', () => {
    workbook();
    writeRows(s.spreadsheet.sheet('Form responses 1'), 1, [
      ['Timestamp', 'Committee'],
      [day(2026, 10, 3), 'Кант'],
    ]);
    const layout = readLayout(s.spreadsheet.id);
    const sheets = findSheets(layout, responseId(), 'ru');
    if (!sheets) throw new Error('sheets not found');
    expect(readResponse(s.spreadsheet.id, layout.timeZone, sheets, 2)).toBeNull();
  });
});
