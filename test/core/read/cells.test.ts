import * as z from 'zod/mini';
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

describe('plain checks instead of the schema library', () => {
  // zod is no longer in the add-on (its bundle size); these prove the plain checks accept
  // exactly what zod's schemas accepted before, on edge cases and on generated texts.
  const recipient = (SHEETS.recipients.columns as readonly ColumnDef[]).find(
    (c) => c.key === 'email',
  ) as ColumnDef;
  const plan = (SHEETS.plan.columns as readonly ColumnDef[]).find(
    (c) => c.key === 'month',
  ) as ColumnDef;
  const zodEmail = z.email();
  const zodMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

  function* texts(): Generator<string> {
    yield* ['a@b.kg', 'a.b@c.d.kg', "o'neil@x.org", '.a@b.kg', 'a..b@c.kg', 'a.@b.kg', 'a@b.k'];
    yield* ['a@-b.kg', 'a@b-.kg', 'a+b@c.kg', 'a@b..kg', 'a b@c.kg', 'аа@b.kg', 'a@b.кг'];
    yield* ['2026-10', '2026-13', '2026-00', '26-10', '2026-1', '2026-10-01', ' 2026-10'];
    // Addresses built from pieces that each pattern treats specially, joined at random.
    const locals = ['a', 'Z.q', '.a', 'a.', 'a..b', "o'n", '_', '+x', '-', 'a b', '', 'я'];
    const domains = ['b', 'b-c', '-b', 'b-', '0x', 'b..c', 'b.c', '', 'ж', 'b_c'];
    const tops = ['kg', 'k', 'KG', 'k1', 'ru', '', 'кг', 'org'];
    let seed = 7;
    const pick = (list: readonly string[]) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return list[seed % list.length] as string;
    };
    for (let n = 0; n < 2000; n++) {
      yield `${pick(locals)}${pick(locals)}@${pick(domains)}.${pick(tops)}`;
      yield `${n % 10000}`.padStart(4, '2') +
        pick(['-', '-0', '-1', '/']) +
        pick(['0', '1', '2', '9', '3', '']);
    }
  }

  it('accepts an e-mail address exactly when zod.email() did', () => {
    const differ = [...texts()].filter(
      (text) =>
        readCell(recipient, text, WALL).ok !==
        zodEmail.safeParse(text.trim().toLowerCase()).success,
    );
    expect(differ).toEqual([]);
    expect(readCell(recipient, ' A.B@Example.KG ', WALL)).toEqual({
      ok: true,
      value: 'a.b@example.kg',
    });
  });

  it('accepts a month text exactly when the zod pattern did (after padding 2026-1)', () => {
    const padded = (text: string) => {
      const trimmed = text.trim();
      return /^\d{4}-\d$/.test(trimmed) ? `${trimmed.slice(0, 5)}0${trimmed.slice(5)}` : trimmed;
    };
    const differ = [...texts()]
      .filter((text) => text.trim() !== '')
      .filter((text) => readCell(plan, text, WALL).ok !== zodMonth.safeParse(padded(text)).success);
    expect(differ).toEqual([]);
    expect(readCell(plan, '2026-1', WALL)).toEqual({ ok: true, value: '2026-01' });
  });

  it.each([0, 1, 100_000, 100_001, -1, 0.5, 1e21, -0])(
    'reads the count %p as z.int() 0..100000 did',
    (n) => {
      const count = column('events', 'participants');
      const zod = z.int().check(z.gte(0), z.lte(100_000)).safeParse(n).success;
      expect(readCell(count, n, WALL).ok).toBe(zod);
    },
  );

  it.each([0, 0.01, 1, 100_000_000, 100_000_001, -5, Number.NEGATIVE_INFINITY])(
    'reads the amount %p as z.number() >0..100000000 did',
    (n) => {
      const amount = column('assistance', 'amountKgs');
      const zod = z.number().check(z.gt(0), z.lte(100_000_000)).safeParse(n).success;
      expect(readCell(amount, n, WALL).ok).toBe(zod);
    },
  );
});
