/**
 * Workbooks for the bundle tests: rows written straight into the fakes' grids (no Sheets call
 * counted), a committee table, event tables of any size with problems at known rows, and a
 * full snapshot of a spreadsheet to compare two states.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Lang } from '../../src/core/i18n/lang';
import {
  type CellValue as ReadValue,
  UnreadableCell,
  type WorkbookSource,
} from '../../src/core/read/workbook';
import type { ColumnDef, SheetKey } from '../../src/core/schema/sheets';
import { SHEETS } from '../../src/core/schema/sheets';
import type { FakeDataValidation, FakeSheet, FakeSpreadsheet } from '../fakes';
import type { Cell } from '../fakes/grid';
import type { CellValue } from '../fakes/values';
import { isDate } from '../fakes/values';
import { type AddOn, loadAddOn } from './load-bundle';

export type Row = CellValue[];
export type RowValues = Readonly<Record<string, CellValue>>;

/** A calendar day as Sheets holds it: an instant (midnight UTC, 06:00 in Bishkek). */
export const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

function columnsOf(key: SheetKey): readonly ColumnDef[] {
  return SHEETS[key].columns as readonly ColumnDef[];
}

/** A row in the schema's column order, from values by column key ('' where none is given). */
export function rowOf(key: SheetKey, values: RowValues): Row {
  return columnsOf(key).map((column) => values[column.key] ?? '');
}

/** The 1-based position of a column in the schema's order (= the set-up's header order). */
export function columnOf(key: SheetKey, column: string): number {
  const index = columnsOf(key).findIndex((c) => c.key === column);
  if (index === -1) throw new Error(`no column ${column} in ${key}`);
  return index + 1;
}

/** Writes rows from `firstRow` on, bypassing the counted API (as if typed before the test). */
export function writeRows(sheet: FakeSheet, firstRow: number, rows: readonly Row[]): void {
  sheet.grid.writeBlock(firstRow, 1, rows, (cell, value) => {
    cell.value = value;
    cell.formula = '';
  });
}

/** Uncounted: the values of a block. */
export function valuesOf(sheet: FakeSheet, row: number, col: number, rows: number, cols: number) {
  return sheet.rangeAt(row, col, rows, cols).readValuesUncounted();
}

/** Uncounted: every row with content below the header, as the sheet holds it. */
export function dataRows(sheet: FakeSheet): Row[] {
  const last = sheet.grid.lastRow();
  return last < 2 ? [] : valuesOf(sheet, 2, 1, last - 1, Math.max(1, sheet.grid.lastColumn()));
}

/** Uncounted: the header row. */
export function headerOf(sheet: FakeSheet): Row {
  return valuesOf(sheet, 1, 1, 1, Math.max(1, sheet.grid.lastColumn()))[0] ?? [];
}

/** Every value of a sheet as the core reads it, without counting a call (the test looks). */
export function allValues(sheet: FakeSheet): ReadValue[][] {
  const rows = sheet.grid.lastRow();
  const cols = sheet.grid.lastColumn();
  return rows === 0 ? [] : (sheet.rangeAt(1, 1, rows, cols).readValuesUncounted() as ReadValue[][]);
}

/** A spreadsheet of the fakes as the core's WorkbookSource, read without counting calls. */
export function sourceOfBook(book: FakeSpreadsheet): WorkbookSource {
  return {
    sheetNames: () => book.getSheets().map((s) => s.getName()),
    values: (name) => allValues(book.sheet(name)),
  };
}

const HOUR = 3_600_000;

/** The demo's wall-clock dates as Sheets holds them: instants in Asia/Bishkek (UTC+6). */
export function bishkekInstants(rows: readonly ReadValue[][]): Row[] {
  return rows.map((row) =>
    row.map((v) =>
      v instanceof Date
        ? new Date(v.getTime() - 6 * HOUR)
        : v instanceof UnreadableCell
          ? String(v)
          : (v ?? ''),
    ),
  );
}

export const COMMITTEE_IDS = ['KANT', 'TOKM', 'NARYN'] as const;
/** A committee with no 'Active' status: its events are warned about. */
export const SUSPENDED_COMMITTEE = 'SUSP';

export function committeeRows(): Row[] {
  const row = (committeeId: string, status: string) =>
    rowOf('committees', {
      committeeId,
      name: `Committee ${committeeId}`,
      region: 'Chui',
      settlement: 'Kant',
      establishedOn: day(2009, 1, 1),
      status,
    });
  return [...COMMITTEE_IDS.map((id) => row(id, 'Active')), row(SUSPENDED_COMMITTEE, 'Suspended')];
}

const EVENT_TYPES = [
  'District-level meeting',
  'Committee session',
  'Training / seminar',
  'Preventive meeting',
];

/** A valid event; `i` makes (committee, date, type) unique, so no row repeats another. */
export function validEvent(i: number, over: RowValues = {}): Row {
  return rowOf('events', {
    committeeId: COMMITTEE_IDS[i % COMMITTEE_IDS.length] ?? 'KANT',
    date: day(2010, 1, 1 + Math.floor(i / EVENT_TYPES.length)),
    type: EVENT_TYPES[i % EVENT_TYPES.length] ?? 'Other',
    participants: 10,
    women: 6,
    men: 4,
    topic: 'Prevention of early marriage',
    ...over,
  });
}

/** The problems every events table below holds, by sheet row (row 1 is the header). */
export const EVENT_PROBLEMS = [
  { row: 3, column: 'participants', value: 'many', rule: 'type_int', severity: 'error' },
  { row: 5, column: 'committeeId', value: 'ZZZ', rule: 'unknown_committee', severity: 'error' },
  {
    row: 8,
    column: 'committeeId',
    value: SUSPENDED_COMMITTEE,
    rule: 'committee_not_active',
    severity: 'warning',
  },
] as const;

/** `count` event rows, valid except the rows of EVENT_PROBLEMS (and every 997th row as well). */
export function eventRows(count: number): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const sheetRow = i + 2;
    const problem = EVENT_PROBLEMS.find((p) => p.row === sheetRow);
    if (problem) rows.push(validEvent(i, { [problem.column]: problem.value }));
    else if (sheetRow % 997 === 0) rows.push(validEvent(i, { participants: 'many' }));
    else rows.push(validEvent(i));
  }
  return rows;
}

/**
 * A workbook set up in `lang` through the bundle, then given the committees and `events` event
 * rows (problems at known rows); the call counter starts from zero.
 */
export function workbookWithEvents(events: number, lang: Lang = 'en'): AddOn {
  const addOn = loadAddOn();
  addOn.s.ui.answerPrompt(lang);
  addOn.run('setUpWorkbook');
  writeRows(addOn.s.spreadsheet.sheet(SHEETS.committees.labels[lang]), 2, committeeRows());
  writeRows(addOn.s.spreadsheet.sheet(SHEETS.events.labels[lang]), 2, eventRows(events));
  addOn.s.counter.reset();
  return addOn;
}

/**
 * One attribute of a cell as text that tells every value apart: strings quoted, -0 and NaN as
 * such, dates by their time (whatever realm made them), lists item by item.
 */
function token(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (isDate(value)) return `date(${value.getTime()})`;
  if (Array.isArray(value)) return `[${value.map(token).join(',')}]`;
  throw new Error(`snapshot: no way to describe ${Object.prototype.toString.call(value)}`);
}

/** A cell formatted as a new one is. */
const isEmptyFormat = (c: Readonly<Cell>): boolean =>
  c.background === '#ffffff' &&
  c.numberFormat === 'General' &&
  c.fontWeight === 'normal' &&
  c.fontColor === '#000000' &&
  c.wrap;

/**
 * Everything a user could see or a later run could read: per sheet its name, position,
 * frozen rows, size, protections and every cell that differs from an empty one (value,
 * formula, note, background, number format, validation, font). Rows from `skipRowsFrom` of a
 * sheet are left out (the Log, which gains a row per action). Reads frozen rows through the
 * counted API: take snapshots outside the calls a test counts.
 *
 * The cells are lines of text, one per run of rows of a column whose cells are all alike
 * (`C3 R2:R1000 value=… validation=…`): a set-up workbook has 100,000 cells with a dropdown,
 * and comparing as many objects took seconds. Each line names every attribute, so two
 * snapshots are equal exactly when every cell is.
 */
export function snapshot(spreadsheet: FakeSpreadsheet, skipRowsFrom: Record<string, number> = {}) {
  // One rule object is shared by every cell of the range it was set on: describe it once.
  const rules = new Map<FakeDataValidation, string>();
  const describe = (rule: FakeDataValidation): string => {
    let described = rules.get(rule);
    if (described === undefined) {
      described = [
        `criteria=${token(rule.getCriteriaType())}`,
        `values=${token(rule.getCriteriaValues())}`,
        `allowInvalid=${token(rule.getAllowInvalid())}`,
        `helpText=${token(rule.getHelpText())}`,
      ].join(' ');
      rules.set(rule, described);
    }
    return described;
  };
  const lineOf = (c: Readonly<Cell>): string =>
    [
      `value=${token(c.value)}`,
      `formula=${token(c.formula)}`,
      `note=${token(c.note)}`,
      `background=${token(c.background)}`,
      `numberFormat=${token(c.numberFormat)}`,
      `validation=${c.validation ? `{${describe(c.validation)}}` : 'null'}`,
      `fontWeight=${token(c.fontWeight)}`,
      `fontColor=${token(c.fontColor)}`,
      `wrap=${token(c.wrap)}`,
    ].join(' ');
  const sameCell = (a: Readonly<Cell>, b: Readonly<Cell>): boolean =>
    a.value === b.value &&
    a.formula === b.formula &&
    a.note === b.note &&
    a.background === b.background &&
    a.numberFormat === b.numberFormat &&
    a.validation === b.validation &&
    a.fontWeight === b.fontWeight &&
    a.fontColor === b.fontColor &&
    a.wrap === b.wrap;
  return spreadsheet.sheetList().map((sheet) => {
    const name = sheet.getNameUncounted();
    const skipFrom = skipRowsFrom[name] ?? Number.POSITIVE_INFINITY;
    // Per column: its rows and their lines, and the last cell seen (its line serves again for
    // the next cell of the column when alike, as most are: a dropdown down the whole column).
    const columns = new Map<
      number,
      { rows: number[]; lines: string[]; last: Readonly<Cell>; sorted: boolean }
    >();
    sheet.grid.forEachCellRead((c, row, col) => {
      if (row >= skipFrom) return;
      const column = columns.get(col);
      if (column && sameCell(c, column.last)) {
        column.sorted &&= row > (column.rows[column.rows.length - 1] as number);
        column.rows.push(row);
        column.lines.push(column.lines[column.lines.length - 1] as string);
        return;
      }
      if (c.value === '' && c.formula === '' && c.note === '' && isEmptyFormat(c) && !c.validation)
        return;
      const line = lineOf(c);
      if (!column) columns.set(col, { rows: [row], lines: [line], last: c, sorted: true });
      else {
        column.sorted &&= row > (column.rows[column.rows.length - 1] as number);
        column.rows.push(row);
        column.lines.push(line);
        column.last = c;
      }
    });
    const cells: string[] = [];
    for (const col of [...columns.keys()].sort((a, b) => a - b)) {
      const { rows, lines, sorted } = columns.get(col) as {
        rows: number[];
        lines: string[];
        sorted: boolean;
      };
      const order = rows.map((_, i) => i);
      if (!sorted) order.sort((a, b) => (rows[a] as number) - (rows[b] as number));
      for (let i = 0; i < order.length; ) {
        const from = rows[order[i] as number] as number;
        const line = lines[order[i] as number] as string;
        let to = from;
        for (i++; i < order.length; i++) {
          const row = rows[order[i] as number] as number;
          if (row !== to + 1 || lines[order[i] as number] !== line) break;
          to = row;
        }
        cells.push(`C${col} R${from}${to === from ? '' : `:R${to}`} ${line}`);
      }
    }
    return {
      name,
      sheetId: sheet.getSheetIdUncounted(),
      hidden: sheet.isHidden,
      frozenRows: sheet.getFrozenRows(),
      maxRows: sheet.grid.maxRows,
      maxColumns: sheet.grid.maxColumns,
      protections: (['SHEET', 'RANGE'] as const).flatMap((type) =>
        sheet.protectionsUncounted(type).map((p) => ({
          type,
          description: p.getDescription(),
          warningOnly: p.isWarningOnly(),
          range: p.getRange().getA1Notation(),
        })),
      ),
      cells,
    };
  });
}

/**
 * Two snapshots are the same state. A strict deep comparison first (fast), and jest's toEqual
 * only to show where they differ.
 */
export function expectSameState(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}
