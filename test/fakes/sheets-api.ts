/**
 * The Sheets advanced service (Sheets API v4, global `Sheets`) over the SAME grids as the
 * SpreadsheetApp fake, so a note set through the API is what Range.getNotes() reads and the
 * other way round. It models what Korgoo calls: spreadsheets.get and getByDataFilter (with a
 * field mask) and batchUpdate's updateCells of notes and background colours, and enforces
 * what the reference says: an unknown spreadsheet or sheetId fails as the API words it, an
 * updateCells needs a `fields` mask and may not write past the grid (an appendCells adds the
 * rows it needs after the last row with data), a value is written as typed (a stringValue is
 * never parsed), a number is a date where its number format is one (dates as serial numbers
 * in the spreadsheet's zone, both ways), a batch is checked whole
 * before anything is applied, and the per-minute read and write quotas (60 per user, 300 per
 * project) are counted. Calls go to the CallCounter as "Sheets.Spreadsheets.method"; cells are
 * counted once per cell and field: read, each cell entry the response carries (the API leaves
 * out empty cells and rows at the end; a properties-only get moves none); written, each cell
 * of an updateCells.
 */
import type { CallCounter } from './counter';
import { displayValue } from './display';
import { leafCount, type MaskTree, maskAt, parseMask, prune } from './field-mask';
import { DEFAULT_BACKGROUND } from './grid';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import { wallClockMs } from './utilities';
import { isDate } from './values';

type S = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type Color = GoogleAppsScript.Sheets.Schema.Color;
type BatchUpdateRequest = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest;
type BatchUpdateResponse = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
type ByDataFilterRequest = GoogleAppsScript.Sheets.Schema.GetSpreadsheetByDataFilterRequest;

/** "Per minute per user per project" and "per minute per project" (Sheets API usage limits). */
export const SHEETS_API_QUOTA = { perUser: 60, perProject: 300, windowMs: 60_000 } as const;

const BACKGROUND_FIELDS = [
  'userEnteredFormat.backgroundColorStyle',
  'userEnteredFormat.backgroundColor',
];
const WRITABLE_FIELDS = new Set([
  'note',
  'userEnteredValue',
  'userEnteredFormat.numberFormat',
  ...BACKGROUND_FIELDS,
]);
const DATE_TYPES = new Set(['DATE', 'TIME', 'DATE_TIME']);
/** An empty cell's entry (the response is pruned into new objects: one shared is safe). */
const NO_DATA: CellData = Object.freeze({});

/** Day 0 of Sheets' serial numbers: 30 December 1899, on the spreadsheet's wall clock. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function wallMs(date: Date, timeZone: string): number {
  return wallClockMs(date, timeZone);
}

/** A date cell as the API hands it over: days since the epoch on the spreadsheet's clock. */
export function serialOfDate(date: Date, timeZone: string): number {
  return (wallMs(date, timeZone) - SERIAL_EPOCH) / DAY;
}

export function dateOfSerial(serial: number, timeZone: string): Date {
  const wall = Math.round(serial * DAY) + SERIAL_EPOCH;
  let t = wall;
  for (let i = 0; i < 3; i++) t = wall - (wallMs(new Date(t), timeZone) - t);
  return new Date(t);
}

function apiError(method: string, message: string): Error {
  return new Error(`API call to sheets.spreadsheets.${method} failed with error: ${message}`);
}

/** '#f4cccc' as the API's colour (components 0..1, zero components left out, as it sends). */
export function colorOfHex(hex: string): Color {
  const six = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  const three = /^#([0-9a-f]{3})$/i.exec(hex)?.[1];
  const digits = six ?? (three ? [...three].map((d) => d + d).join('') : null);
  if (digits === null) throw new Error(`the Sheets API fake does not model the colour ${hex}`);
  const color: Color = {};
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16) / 255);
  if (r) color.red = r;
  if (g) color.green = g;
  if (b) color.blue = b;
  return color;
}

export function hexOfColor(color: Color | undefined): string {
  const part = (x: number | undefined) =>
    Math.round((x ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return color ? `#${part(color.red)}${part(color.green)}${part(color.blue)}` : DEFAULT_BACKGROUND;
}

class Quota {
  private readonly calls: { at: number; user: string }[] = [];
  constructor(
    private readonly kind: 'Read' | 'Write',
    private readonly now: () => number,
  ) {}

  take(method: string, user: string): void {
    const now = this.now();
    while (this.calls.length > 0 && (this.calls[0]?.at ?? 0) <= now - SHEETS_API_QUOTA.windowMs)
      this.calls.shift();
    const mine = this.calls.filter((call) => call.user === user).length;
    const limit =
      mine >= SHEETS_API_QUOTA.perUser
        ? 'per minute per user'
        : this.calls.length >= SHEETS_API_QUOTA.perProject
          ? 'per minute'
          : null;
    if (limit)
      throw apiError(
        method,
        `Quota exceeded for quota metric '${this.kind} requests' and limit '${this.kind} requests ${limit}' of service 'sheets.googleapis.com'.`,
      );
    this.calls.push({ at: now, user });
  }
}

export class FakeSheetsSpreadsheets
  implements
    Pick<
      GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection,
      'get' | 'getByDataFilter' | 'batchUpdate'
    >
{
  private readonly reads: Quota;
  private readonly writes: Quota;

  constructor(
    private readonly counter: CallCounter,
    private readonly documents: ReadonlyMap<string, FakeSpreadsheet>,
    private readonly user: () => string,
    now: () => number = Date.now,
  ) {
    this.reads = new Quota('Read', now);
    this.writes = new Quota('Write', now);
  }

  /**
   * Whether the script's Cloud project has the Sheets API on. The manifest alone defines the
   * `Sheets` global; an add-on's own Cloud project must enable the API too, else every call
   * fails as below (https://developers.google.com/apps-script/guides/services/advanced).
   */
  projectEnabled = true;

  private document(method: string, spreadsheetId: string): FakeSpreadsheet {
    if (!this.projectEnabled)
      throw apiError(
        method,
        'Google Sheets API has not been used in project 123456789012 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project=123456789012 then retry.',
      );
    const document = this.documents.get(spreadsheetId);
    if (!document) throw apiError(method, 'Requested entity was not found.');
    return document;
  }

  get(spreadsheetId: string, optionalArgs?: object): S {
    this.counter.hit('Sheets.Spreadsheets.get');
    const document = this.document('get', spreadsheetId);
    this.reads.take('get', this.user());
    const { fields, ranges } = (optionalArgs ?? {}) as { fields?: string; ranges?: string[] };
    if (ranges !== undefined)
      throw new Error('the Sheets API fake models get() without ranges (use getByDataFilter)');
    return this.respond(document, fields, []);
  }

  getByDataFilter(resource: ByDataFilterRequest, spreadsheetId: string, optionalArgs?: object): S {
    this.counter.hit('Sheets.Spreadsheets.getByDataFilter');
    const document = this.document('getByDataFilter', spreadsheetId);
    this.reads.take('getByDataFilter', this.user());
    const ranges = (resource.dataFilters ?? []).map((filter) => {
      if (!filter.gridRange)
        throw new Error('the Sheets API fake models data filters by gridRange only');
      return filter.gridRange;
    });
    const { fields } = (optionalArgs ?? {}) as { fields?: string };
    return this.respond(document, fields, ranges);
  }

  /** The spreadsheet resource (with grid data for `ranges`), pruned to `fields`. */
  private respond(document: FakeSpreadsheet, fields: string | undefined, ranges: GridRange[]): S {
    if (fields === undefined)
      throw new Error('the Sheets API fake needs a field mask (Google returns everything)');
    const mask = parseMask(fields);
    const cellMask = maskAt(mask, 'sheets.data.rowData.values');
    const sheets = document.sheetList().map((sheet, index) => {
      const data = ranges
        .filter((range) => (range.sheetId ?? 0) === sheet.getSheetIdUncounted())
        .map((range) => this.gridData(document, sheet, range, cellMask));
      return {
        properties: {
          sheetId: sheet.getSheetIdUncounted(),
          title: sheet.getNameUncounted(),
          index,
          gridProperties: { rowCount: sheet.grid.maxRows, columnCount: sheet.grid.maxColumns },
        },
        ...(data.length > 0 ? { data } : {}),
      };
    });
    const full = {
      spreadsheetId: document.id,
      properties: { title: document.name, locale: document.locale, timeZone: document.timeZone },
      sheets,
    };
    const response = trimEmpty(prune(full, mask) as S, maskAt(mask, 'sheets.data') !== undefined);
    this.counter.cellsRead(cellsIn(response) * leafCount(cellMask));
    return response;
  }

  private gridData(
    document: FakeSpreadsheet,
    sheet: FakeSheet,
    range: GridRange,
    values: MaskTree | undefined,
  ) {
    // Only what the mask asks for is made (formatting every value would be slow, not wrong).
    const wants = (field: string) =>
      values !== undefined && (values.size === 0 || values.has(field));
    const [formatted, effective, type, note, colour] = [
      'formattedValue',
      'effectiveValue',
      'effectiveFormat',
      'note',
      'userEnteredFormat',
    ].map(wants);
    const top = range.startRowIndex ?? 0;
    const left = range.startColumnIndex ?? 0;
    // Rows below the last one kept are empty: the API leaves them out, so they are not made.
    const bottom = Math.min(
      range.endRowIndex ?? sheet.grid.maxRows,
      sheet.grid.maxRows,
      sheet.grid.lastStoredRow(),
    );
    const right = Math.min(range.endColumnIndex ?? sheet.grid.maxColumns, sheet.grid.maxColumns);
    const rowData: { values: CellData[] }[] = [];
    const width = Math.max(0, right - left);
    const block =
      bottom > top
        ? sheet.grid.readBlock(top + 1, left + 1, bottom - top, width, (cell) => cell)
        : [];
    for (const line of block) {
      const values: CellData[] = [];
      // Cells after the last one with data are left out (as trimEmpty would): none is made.
      let kept = 0;
      for (const cell of line) {
        if (cell.value === '' && cell.note === '' && cell.background === DEFAULT_BACKGROUND) {
          values.push(NO_DATA);
          continue;
        }
        const data: CellData = {};
        let some = false;
        if (cell.value !== '') {
          if (formatted) {
            data.formattedValue = displayValue(cell.value, cell.numberFormat, document.timeZone);
            some = true;
          }
          if (effective) {
            data.effectiveValue = isDate(cell.value)
              ? { numberValue: serialOfDate(cell.value, document.timeZone) }
              : typeof cell.value === 'number'
                ? { numberValue: cell.value }
                : typeof cell.value === 'boolean'
                  ? { boolValue: cell.value }
                  : { stringValue: cell.value };
            some = true;
          }
          if (type && isDate(cell.value)) {
            data.effectiveFormat = { numberFormat: { type: 'DATE_TIME' } };
            some = true;
          }
        }
        if (note && cell.note !== '') {
          data.note = cell.note;
          some = true;
        }
        if (colour && cell.background.toLowerCase() !== DEFAULT_BACKGROUND) {
          const rgbColor = colorOfHex(cell.background);
          data.userEnteredFormat = {
            backgroundColor: rgbColor,
            backgroundColorStyle: { rgbColor },
          };
          some = true;
        }
        values.push(data);
        if (some) kept = values.length;
      }
      values.length = kept;
      rowData.push({ values });
    }
    // Zero is the default of a number field: the API leaves it out.
    return { ...(top ? { startRow: top } : {}), ...(left ? { startColumn: left } : {}), rowData };
  }

  batchUpdate(resource: BatchUpdateRequest, spreadsheetId: string): BatchUpdateResponse {
    this.counter.hit('Sheets.Spreadsheets.batchUpdate');
    const document = this.document('batchUpdate', spreadsheetId);
    this.writes.take('batchUpdate', this.user());
    const requests = resource.requests ?? [];
    // Every request is checked before any is applied: one bad request fails the whole batch.
    const plans = requests.map((request, i) => {
      const kinds = Object.keys(request);
      const append = request.appendCells;
      const update =
        request.updateCells ??
        (append && {
          fields: append.fields,
          rows: append.rows,
          start: { sheetId: append.sheetId, rowIndex: -1, columnIndex: 0 },
        });
      if (!update || kinds.length !== 1)
        throw new Error(
          `the Sheets API fake models updateCells and appendCells only (got ${kinds.join(', ')})`,
        );
      const fail = (message: string) =>
        apiError('batchUpdate', `Invalid requests[${i}].${kinds[0]}: ${message}`);
      const fields = (update.fields ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean);
      if (fields.length === 0)
        throw fail(
          "At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
        );
      for (const field of fields)
        if (!WRITABLE_FIELDS.has(field))
          throw new Error(`the Sheets API fake does not model writing ${field}`);
      const at = update.range ?? update.start;
      const sheetId = at?.sheetId ?? 0;
      const sheet = document.sheetList().find((s) => s.getSheetIdUncounted() === sheetId);
      if (!sheet) throw fail(`No grid with id: ${sheetId}`);
      const rows = update.rows ?? [];
      // An appendCells goes after the last row with data, the rows it needs added to the grid.
      const appended = update.start?.rowIndex === -1;
      const top = appended
        ? sheet.grid.lastRow()
        : (update.range?.startRowIndex ?? update.start?.rowIndex ?? 0);
      const left = update.range?.startColumnIndex ?? update.start?.columnIndex ?? 0;
      const height =
        update.range?.endRowIndex !== undefined ? update.range.endRowIndex - top : rows.length;
      const width =
        update.range?.endColumnIndex !== undefined
          ? update.range.endColumnIndex - left
          : Math.max(0, ...rows.map((row) => row.values?.length ?? 0));
      if (top + height > sheet.grid.maxRows && !appended)
        throw fail(
          `Attempting to write row: ${top + height - 1}, beyond the last requested row of: ${sheet.grid.maxRows - 1}`,
        );
      if (left + width > sheet.grid.maxColumns)
        throw fail(
          `Attempting to write column: ${left + width - 1}, beyond the last requested column of: ${sheet.grid.maxColumns - 1}`,
        );
      return { sheet, fields, rows, top, left, height, width, appended };
    });
    for (const plan of plans) {
      const { sheet, fields, rows, left, height, width } = plan;
      // Applied in order: an append goes after what the requests before it wrote.
      const top = plan.appended ? sheet.grid.lastRow() : plan.top;
      for (let r = 0; r < height; r++) {
        for (let c = 0; c < width; c++) {
          // A cell of the range that `rows` leaves out has its masked fields cleared.
          const data = rows[r]?.values?.[c] ?? {};
          const cell = sheet.grid.cell(top + r + 1, left + c + 1);
          if (fields.includes('note')) cell.note = data.note ?? '';
          if (fields.includes('userEnteredValue')) {
            const entered = data.userEnteredValue ?? {};
            const type = data.userEnteredFormat?.numberFormat?.type ?? '';
            if (entered.formulaValue !== undefined)
              throw new Error('the Sheets API fake does not model writing formulas');
            cell.formula = '';
            cell.value =
              entered.numberValue !== undefined
                ? DATE_TYPES.has(type) || isDate(cell.value)
                  ? dateOfSerial(entered.numberValue, document.timeZone)
                  : entered.numberValue
                : (entered.boolValue ?? entered.stringValue ?? '');
          }
          const pattern = data.userEnteredFormat?.numberFormat?.pattern;
          if (fields.includes('userEnteredFormat.numberFormat') && pattern)
            cell.numberFormat = pattern;
          if (fields.some((f) => BACKGROUND_FIELDS.includes(f))) {
            const format = data.userEnteredFormat;
            cell.background = hexOfColor(
              format?.backgroundColorStyle?.rgbColor ?? format?.backgroundColor,
            );
          }
        }
      }
      this.counter.cellsWritten(height * width * fields.length);
    }
    return { spreadsheetId, replies: requests.map(() => ({})) };
  }
}

/**
 * The cells a response carries: every cell entry of its grid data, an empty one between others
 * included. The API leaves out the empty cells at the end of a row and the empty rows at the
 * end of a range, so those move nothing.
 */
function cellsIn(spreadsheet: S): number {
  let cells = 0;
  for (const sheet of spreadsheet.sheets ?? [])
    for (const data of sheet.data ?? [])
      for (const row of data.rowData ?? []) cells += row.values?.length ?? 0;
  return cells;
}

/** What the API leaves out: trailing empty cells and rows of grid data. */
function trimEmpty(spreadsheet: S, hasData: boolean): S {
  if (!hasData) return spreadsheet;
  for (const sheet of spreadsheet.sheets ?? [])
    for (const data of sheet.data ?? []) {
      const rows = data.rowData ?? [];
      for (const row of rows) {
        const values = row.values ?? [];
        while (values.length > 0 && Object.keys(values[values.length - 1] ?? {}).length === 0)
          values.pop();
        if (values.length === 0) delete row.values;
      }
      while (rows.length > 0 && rows[rows.length - 1]?.values === undefined) rows.pop();
    }
  return spreadsheet;
}

/** The `Sheets` global: the advanced service, present only when the manifest enables it. */
export class FakeSheetsApi {
  readonly Spreadsheets: FakeSheetsSpreadsheets;
  constructor(
    counter: CallCounter,
    documents: ReadonlyMap<string, FakeSpreadsheet>,
    user: () => string,
    now?: () => number,
  ) {
    this.Spreadsheets = new FakeSheetsSpreadsheets(counter, documents, user, now);
  }
}
