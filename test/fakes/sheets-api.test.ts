/**
 * The Sheets API fake holds the rules of the reference (https://developers.google.com/workspace/
 * sheets/api/reference/rest/v4/spreadsheets/batchUpdate, …/limits): one grid with
 * SpreadsheetApp, the errors worded as the API words them, the quotas counted.
 */
import { createFakeServices, SHEETS_API_QUOTA } from '.';
import { FakeSheetsApi } from './sheets-api';

type Request = GoogleAppsScript.Sheets.Schema.Request;

function setUp() {
  const s = createFakeServices({ spreadsheet: { sheets: ['Events', 'Иш-чаралар', "It's"] } });
  const events = s.spreadsheet.sheet('Events');
  return { s, events, id: s.spreadsheet.id, api: s.Sheets.Spreadsheets };
}

const noteAt = (sheetId: number, row: number, column: number, note: string): Request => ({
  updateCells: {
    start: { sheetId, rowIndex: row, columnIndex: column },
    rows: [{ values: [{ note }] }],
    fields: 'note',
  },
});

describe('the Sheets API fake', () => {
  test('spreadsheets.get with properties only: every title, id, index and size, the zone, no cell moved', () => {
    const { s, id, api } = setUp();
    const got = api.get(id, {
      fields:
        'properties.timeZone,sheets.properties(sheetId,title,index,gridProperties(rowCount,columnCount))',
    });
    expect(got.properties).toEqual({ timeZone: 'Asia/Bishkek' });
    expect(got.sheets?.map((sheet) => sheet.properties)).toEqual(
      s.spreadsheet.sheetList().map((sheet, index) => ({
        sheetId: sheet.getSheetIdUncounted(),
        title: sheet.getNameUncounted(),
        index,
        gridProperties: { rowCount: 1000, columnCount: 26 },
      })),
    );
    // Kyrgyz and apostrophe titles come as they are: blocks are named by sheetId, not A1.
    expect(got.sheets?.map((sheet) => sheet.properties?.title)).toEqual([
      'Events',
      'Иш-чаралар',
      "It's",
    ]);
    expect(s.counter.cells.total()).toBe(0);
    expect(s.counter.count('Sheets.Spreadsheets.get')).toBe(1);
    expect(s.counter.sheetsCalls()).toBe(1);
  });

  test('a note written through the API is what Range.getNotes reads, and the other way round', () => {
    const { s, events, id, api } = setUp();
    api.batchUpdate({ requests: [noteAt(events.getSheetIdUncounted(), 2, 1, 'from the API')] }, id);
    expect(events.getRange('B3').getNote()).toBe('from the API');
    events.getRange('C4').setNote('from SpreadsheetApp');
    events.getRange('C4').setBackground('#f4cccc');
    const got = api.getByDataFilter(
      {
        dataFilters: [
          {
            gridRange: {
              sheetId: events.getSheetIdUncounted(),
              startRowIndex: 3,
              endRowIndex: 4,
              startColumnIndex: 2,
              endColumnIndex: 3,
            },
          },
        ],
      },
      id,
      {
        fields:
          'sheets(properties.sheetId,data(startRow,startColumn,rowData.values(note,userEnteredFormat.backgroundColorStyle)))',
      },
    );
    const data = got.sheets?.find(
      (sheet) => sheet.properties?.sheetId === events.getSheetIdUncounted(),
    )?.data?.[0];
    expect(data?.startRow).toBe(3);
    const cell = data?.rowData?.[0]?.values?.[0];
    expect(cell?.note).toBe('from SpreadsheetApp');
    const rgb = cell?.userEnteredFormat?.backgroundColorStyle?.rgbColor;
    expect([rgb?.red, rgb?.green, rgb?.blue].map((x) => Math.round((x ?? 0) * 255))).toEqual([
      0xf4, 0xcc, 0xcc,
    ]);
    // One cell, two fields read; one note written.
    expect(s.counter.cells.read).toBeGreaterThanOrEqual(2);
  });

  test('empty cells and rows at the end of a range are left out, and move nothing', () => {
    const { s, events, id, api } = setUp();
    events.getRange('A2').setNote('only note');
    s.counter.reset();
    const got = api.getByDataFilter(
      { dataFilters: [{ gridRange: { sheetId: events.getSheetIdUncounted(), startRowIndex: 0 } }] },
      id,
      { fields: 'sheets(properties.sheetId,data.rowData.values.note)' },
    );
    const rows = got.sheets?.[0]?.data?.[0]?.rowData ?? [];
    expect(rows).toEqual([{}, { values: [{ note: 'only note' }] }]);
    expect(s.counter.cells.read).toBe(1);
  });

  test('updateCells needs a fields mask, an existing sheetId, and stays inside the grid', () => {
    const { events, id, api } = setUp();
    const sheetId = events.getSheetIdUncounted();
    expect(() =>
      api.batchUpdate(
        { requests: [{ updateCells: { ...noteAt(sheetId, 1, 1, 'x').updateCells, fields: '' } }] },
        id,
      ),
    ).toThrow(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].updateCells: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
    );
    expect(() => api.batchUpdate({ requests: [noteAt(123, 1, 1, 'x')] }, id)).toThrow(
      'Invalid requests[0].updateCells: No grid with id: 123',
    );
    expect(() => api.batchUpdate({ requests: [noteAt(sheetId, 1000, 0, 'x')] }, id)).toThrow(
      'Invalid requests[0].updateCells: Attempting to write row: 1000, beyond the last requested row of: 999',
    );
    expect(() => api.batchUpdate({ requests: [noteAt(sheetId, 0, 26, 'x')] }, id)).toThrow(
      'Attempting to write column: 26, beyond the last requested column of: 25',
    );
    expect(() => api.get('no-such-id', { fields: 'sheets.properties.title' })).toThrow(
      'API call to sheets.spreadsheets.get failed with error: Requested entity was not found.',
    );
  });

  test('a batch with one bad request applies none of it', () => {
    const { events, id, api } = setUp();
    const sheetId = events.getSheetIdUncounted();
    expect(() =>
      api.batchUpdate({ requests: [noteAt(sheetId, 1, 1, 'first'), noteAt(999, 1, 1, 'bad')] }, id),
    ).toThrow('Invalid requests[1].updateCells: No grid with id: 999');
    expect(events.grid.peek(2, 2).note).toBe('');
  });

  test('the mask names what changes: a note written with fields "note" keeps the colour', () => {
    const { events, id, api } = setUp();
    events.grid.cell(2, 2).background = '#00ff00';
    api.batchUpdate({ requests: [noteAt(events.getSheetIdUncounted(), 1, 1, 'n')] }, id);
    expect([events.grid.peek(2, 2).note, events.grid.peek(2, 2).background]).toEqual([
      'n',
      '#00ff00',
    ]);
  });

  test('values come as typed, a date as its serial number in the spreadsheet zone, both ways', () => {
    const { s, events, id, api } = setUp();
    const sheetId = events.getSheetIdUncounted();
    // 1 March 2025, 06:00 in Bishkek (UTC+6): serial 45717.25.
    events.getRange('A2:D2').setValues([[new Date(Date.UTC(2025, 2, 1)), 25, true, '=x']]);
    events.getRange('D2').setValue("'=x");
    const got = api.getByDataFilter(
      { dataFilters: [{ gridRange: { sheetId, startRowIndex: 1, endRowIndex: 2 } }] },
      id,
      {
        fields: 'sheets.data.rowData.values(effectiveValue,effectiveFormat.numberFormat.type)',
      },
    );
    const cells = got.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values ?? [];
    expect(cells.map((cell) => cell.effectiveValue)).toEqual([
      { numberValue: 45717.25 },
      { numberValue: 25 },
      { boolValue: true },
      { stringValue: '=x' },
    ]);
    expect(cells[0]?.effectiveFormat?.numberFormat?.type).toBe('DATE_TIME');
    expect(cells[1]?.effectiveFormat).toBeUndefined();
    // Written back: a stringValue is never parsed (no formula), a date-formatted serial a date.
    api.batchUpdate(
      {
        requests: [
          {
            updateCells: {
              start: { sheetId, rowIndex: 2, columnIndex: 0 },
              rows: [
                {
                  values: [
                    {
                      userEnteredValue: { numberValue: 45717.25 },
                      userEnteredFormat: { numberFormat: { type: 'DATE_TIME' } },
                    },
                    { userEnteredValue: { stringValue: '=1+1' } },
                  ],
                },
              ],
              fields: 'userEnteredValue,userEnteredFormat.numberFormat',
            },
          },
        ],
      },
      id,
    );
    expect(events.getRange('A3:B3').getValues()).toEqual([
      [new Date(Date.UTC(2025, 2, 1)), '=1+1'],
    ]);
    expect(events.getRange('B3').getFormula()).toBe('');
    expect(s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
  });

  test('appendCells goes after the last row with data, adding the rows the grid lacks', () => {
    const { events, id, api } = setUp();
    const sheetId = events.getSheetIdUncounted();
    events.getRange('A999:A1000').setValues([['x'], ['y']]);
    const append = (text: string): Request => ({
      appendCells: {
        sheetId,
        rows: [{ values: [{ userEnteredValue: { stringValue: text } }] }],
        fields: 'userEnteredValue',
      },
    });
    api.batchUpdate({ requests: [append('first'), append('second')] }, id);
    expect(events.getRange('A1001:A1002').getValues()).toEqual([['first'], ['second']]);
    expect(events.getMaxRows()).toBe(1002);
  });

  test('60 reads a minute per user: the 61st fails as Google words it, and a minute later works again', () => {
    let now = 0;
    const s = createFakeServices();
    const api = new FakeSheetsApi(
      s.counter,
      s.context.documents,
      () => 'user@example.com',
      () => now,
    ).Spreadsheets;
    const read = () => api.get(s.spreadsheet.id, { fields: 'sheets.properties.title' });
    for (let i = 0; i < SHEETS_API_QUOTA.perUser; i++) read();
    expect(read).toThrow(
      "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'.",
    );
    // Writes have their own quota.
    api.batchUpdate({ requests: [noteAt(0, 0, 0, 'x')] }, s.spreadsheet.id);
    now += SHEETS_API_QUOTA.windowMs;
    expect(read).not.toThrow();
  });

  test('300 a minute per project: other users share it', () => {
    const s = createFakeServices();
    let user = 0;
    const api = new FakeSheetsApi(
      s.counter,
      s.context.documents,
      () => `u${Math.floor(user++ / 50)}@x`,
      () => 0,
    ).Spreadsheets;
    const read = () => api.get(s.spreadsheet.id, { fields: 'sheets.properties.title' });
    for (let i = 0; i < SHEETS_API_QUOTA.perProject; i++) read();
    expect(read).toThrow("limit 'Read requests per minute'");
  });

  test('absent from the globals when the manifest does not enable it', () => {
    expect(createFakeServices({ sheetsApi: false }).globals()).not.toHaveProperty('Sheets');
    expect(createFakeServices().globals()).toHaveProperty('Sheets');
  });
});
