import { isEmptyRow, readCell } from '../../../src/core/read/cells';
import type { CellValue } from '../../../src/core/read/workbook';
import type { ColumnDef } from '../../../src/core/schema/sheets';
import { SHEETS } from '../../../src/core/schema/sheets';
import { WALL } from '../../helpers/workbook';

const column = (sheet: 'committees' | 'events' | 'assistance', key: string) =>
  (SHEETS[sheet].columns as readonly ColumnDef[]).find((c) => c.key === key) as ColumnDef;
const read = (sheet: 'committees' | 'events' | 'assistance', key: string, value: CellValue) =>
  readCell(column(sheet, key), value, WALL);

describe('readCell', () => {
  it.each([true, false, Number.NaN, Number.POSITIVE_INFINITY, new Date(2026, 0, 1), 'kant 1'])(
    'refuses %p as a Committee ID',
    (value) => {
      expect(read('committees', 'committeeId', value)).toMatchObject({
        ok: false,
        rule: 'pattern',
      });
    },
  );

  it('reads IDs typed in lower case or as numbers', () => {
    expect(read('committees', 'committeeId', ' kant-2 ')).toEqual({ ok: true, value: 'KANT-2' });
    expect(read('committees', 'committeeId', 2026)).toEqual({ ok: true, value: '2026' });
  });

  it.each([
    [-1, 'type_int'],
    [1.5, 'type_int'],
    [Number.NaN, 'type_int'],
    [Number.POSITIVE_INFINITY, 'too_large'],
    [Number.NEGATIVE_INFINITY, 'type_int'],
    [1e9, 'too_large'],
    [true, 'type_int'],
    ['=IMPORTXML("http://x","//a")', 'type_int'],
  ])('refuses %p as a count (%s)', (value, rule) => {
    expect(read('events', 'participants', value)).toMatchObject({ ok: false, rule });
  });

  it('reads counts and amounts typed with spaces and commas', () => {
    expect(read('events', 'participants', '1 000')).toEqual({ ok: true, value: 1000 });
    expect(read('assistance', 'amountKgs', '13 000,50')).toEqual({ ok: true, value: 13000.5 });
    expect(read('assistance', 'amountKgs', 0)).toMatchObject({ ok: false, rule: 'type_amount' });
  });

  it.each([
    ['assistance', 'amountKgs', '13,000', { thousands: '13000', decimal: '13' }],
    ['assistance', 'amountKgs', '13.000', { thousands: '13000', decimal: '13' }],
    ['events', 'participants', '1,000', { thousands: '1000', decimal: '1' }],
    ['events', 'participants', '1.000', { thousands: '1000', decimal: '1' }],
    ['assistance', 'amountKgs', '13 000,500', { thousands: '13000500', decimal: '13000.5' }],
    ['assistance', 'amountKgs', '1,000,000', undefined],
    ['assistance', 'amountKgs', '1.000,50', undefined],
    ['assistance', 'amountKgs', '1,000.50', undefined],
  ] as const)(
    'never guesses %s %s %j: a problem naming its readings',
    (sheet, key, text, params) => {
      expect(read(sheet, key, text)).toEqual({ ok: false, rule: 'ambiguous_number', params });
    },
  );

  it.each([
    ['events', 'participants', '1000', 1000],
    ['events', 'participants', ' 1\u00a0000 ', 1000],
    ['events', 'participants', '1\u202f000', 1000],
    ['events', 'participants', '1\u2009000', 1000],
    ['assistance', 'amountKgs', '1 000 000', 1_000_000],
    ['assistance', 'amountKgs', '2.5', 2.5],
    ['assistance', 'amountKgs', '6500,75', 6500.75],
    ['assistance', 'amountKgs', '0,125', 0.125],
    ['assistance', 'amountKgs', '1.0000', 1],
  ] as const)('reads the unambiguous %s %s %j', (sheet, key, text, value) => {
    expect(read(sheet, key, text)).toEqual({ ok: true, value });
  });

  it.each([
    ['events', 'participants', '2.5', 'type_int'],
    ['events', 'participants', '1 00', 'type_int'],
    ['assistance', 'amountKgs', '13 00', 'type_amount'],
  ] as const)('refuses %s %s %j (%s)', (sheet, key, text, rule) => {
    expect(read(sheet, key, text)).toMatchObject({ ok: false, rule });
  });

  it('reads a choice by key or label in any language and case, and names the list otherwise', () => {
    for (const text of [
      'preventive_meeting',
      'Профилактическая встреча',
      'алдын алуу жолугушуусу',
      ' PREVENTIVE MEETING ',
    ]) {
      expect(read('events', 'type', text)).toEqual({ ok: true, value: 'preventive_meeting' });
    }
    expect(read('events', 'type', 'собрание')).toEqual({
      ok: false,
      rule: 'choice',
      params: { list: 'eventType' },
    });
    expect(read('events', 'partners', 'ОВД, Школа, ОВД')).toEqual({
      ok: true,
      value: ['police', 'school'],
    });
  });

  it('keeps formulas typed into free text as text', () => {
    expect(read('events', 'topic', '=IMPORTXML("http://x","//a")')).toEqual({
      ok: true,
      value: '=IMPORTXML("http://x","//a")',
    });
  });
});

describe('checkboxes in yes/no columns', () => {
  const yesNo = (sheet: 'cases' | 'recipients', key: string) =>
    (SHEETS[sheet].columns as readonly ColumnDef[]).find((c) => c.key === key) as ColumnDef;

  it.each([
    ['cases', 'consent'],
    ['recipients', 'active'],
  ] as const)('reads a checkbox in %s · %s as yes or no', (sheet, key) => {
    expect(readCell(yesNo(sheet, key), true, WALL)).toEqual({ ok: true, value: 'yes' });
    expect(readCell(yesNo(sheet, key), false, WALL)).toEqual({ ok: true, value: 'no' });
  });

  it.each(['TRUE', 'true', ' False ', 'ИСТИНА', 'ложь'])(
    'reads the exported text %p of a checkbox as yes or no',
    (text) => {
      const expected = /^\s*(true|истина)\s*$/i.test(text) ? 'yes' : 'no';
      expect(readCell(yesNo('cases', 'consent'), text, WALL)).toEqual({
        ok: true,
        value: expected,
      });
    },
  );

  it('takes a row holding nothing but unticked boxes for an empty row, a ticked one for data', () => {
    expect(isEmptyRow(['', false, null, '  ', false])).toBe(true);
    expect(isEmptyRow(['', true])).toBe(false);
    expect(isEmptyRow(['', 0])).toBe(false);
  });

  it('refuses a boolean in a column whose choices are not yes/no', () => {
    expect(read('events', 'type', true)).toEqual({
      ok: false,
      rule: 'choice',
      params: { list: 'eventType' },
    });
    expect(read('events', 'type', 'TRUE')).toMatchObject({ ok: false, rule: 'choice' });
  });
});
