import { isBlank } from '../../../src/core/read/cells';
import { readWorkbook } from '../../../src/core/read/read-workbook';
import type { CellValue } from '../../../src/core/read/workbook';
import { CHOICES, type Choice, type ChoiceListId } from '../../../src/core/schema/choices';
import type { ColumnDef, DataSheetKey } from '../../../src/core/schema/sheets';
import { DATA_SHEETS, SHEETS } from '../../../src/core/schema/sheets';
import { problemMessage } from '../../../src/core/validate/message';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { arraySource, type Cells, INSTANT, seededRandom, WALL } from '../../helpers/workbook';
import { TODAY } from '../validate/fixture';

const FORMULA = '=IMPORTXML("http://example.org","//a")';
const JUNK: readonly CellValue[] = [FORMULA, '+7', '@x', true, false, Number.NaN, '   ', null];

/** Values a column must refuse, by type (text columns accept anything written). */
const BAD: Readonly<Record<string, readonly CellValue[]>> = {
  int: [
    'двадцать',
    -5,
    1.5,
    1e9,
    1e300,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
    true,
    new Date(Number.NaN),
    FORMULA,
    '12abc',
  ],
  amount: [
    0,
    -100,
    'много',
    1e12,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    false,
    FORMULA,
    new Date(2026, 1, 1),
  ],
  date: [
    '31.02.2026',
    'вчера',
    46000,
    true,
    new Date(Number.NaN),
    '2026-13-01',
    FORMULA,
    Number.POSITIVE_INFINITY,
    '03.10.0026',
  ],
  datetime: ['31.02.2026 10:00', 'now', 46000.5, false, new Date(Number.NaN)],
  month: ['2026-13', 'октябрь', 202610, true, FORMULA, Number.NaN],
  choice: ['неизвестно', 42, true, FORMULA, Number.NaN, new Date(2026, 0, 1)],
  multi: ['ОВД, неизвестно', 7, FORMULA],
  email: ['no-at-sign', 'a@', 17, true, FORMULA],
  id: [
    'KANT ID!',
    'ЖЖЖ',
    '=A1',
    1e21,
    true,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    new Date(2026, 0, 1),
  ],
};

/** A value each column accepts (choice labels in several languages). */
function goodValue(column: ColumnDef, random: () => number): CellValue {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  switch (column.type) {
    case 'int':
      return pick([0, 3, '12', 25]);
    case 'amount':
      return pick([100, '6 500', 13000]);
    case 'date':
    case 'datetime':
      return pick(['2026-10-03', '03.10.2026', new Date(Date.UTC(2026, 9, 3))]);
    case 'month':
      return '2026-10';
    case 'choice':
    case 'multi': {
      // Any key or label of the list, in any language and case.
      const list: readonly Choice[] = CHOICES[column.choices as ChoiceListId];
      const choice = pick(list);
      const text = pick([choice.key, choice.labels.ru, choice.labels.ky, choice.labels.en]);
      return random() < 0.5 ? text : ` ${text.toUpperCase()} `;
    }
    case 'email':
      return 'a@example.org';
    case 'id':
      return column.key === 'caseCode'
        ? 'KANT-2026-0001'
        : column.key === 'eventId'
          ? 'EV-000001'
          : 'KANT';
    default:
      // Text columns take anything written, formulas and booleans included.
      return pick(['текст', FORMULA, true, 12, 'x']);
  }
}

interface Generated {
  readonly cells: Cells;
  /** Data rows (1-based sheet rows) that hold a value their column must refuse. */
  readonly badRows: Set<number>;
  readonly nonBlankRows: number;
}

function generate(sheet: DataSheetKey, rows: number, random: () => number): Generated {
  const columns = SHEETS[sheet].columns as readonly ColumnDef[];
  const header = columns.map((c) => c.labels.ru);
  const cells: CellValue[][] = [header];
  const badRows = new Set<number>();
  let nonBlankRows = 0;
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [];
    const badCell: boolean[] = [];
    for (const column of columns) {
      const roll = random();
      let value: CellValue;
      if (roll < 0.15) {
        const pool = BAD[column.type] ?? JUNK;
        value = pool[Math.floor(random() * pool.length)] as CellValue;
      } else if (roll < 0.3) {
        value = roll < 0.22 ? '' : null;
      } else {
        value = goodValue(column, random);
      }
      row.push(value);
      // Text takes anything but blank; every other type refuses its BAD values.
      badCell.push(isBlank(value) ? column.required : roll < 0.15 && column.type !== 'text');
    }
    // Ragged rows, as Sheets and exceljs hand them over: dropped cells are blank.
    const length = random() < 0.1 ? Math.floor(random() * row.length) : row.length;
    const kept = row.slice(0, length);
    const bad = columns.some((column, i) => (i < length ? badCell[i] : column.required));
    cells.push(kept);
    if (!kept.every(isBlank)) {
      nonBlankRows++;
      if (bad) badRows.add(r + 2);
    }
  }
  return { cells, badRows, nonBlankRows };
}

describe('10,000 rows of random bad input', () => {
  const random = seededRandom(20261003);
  const generated = new Map<DataSheetKey, Generated>();
  for (const sheet of DATA_SHEETS) generated.set(sheet, generate(sheet, 1250, random));
  const source = arraySource(
    Object.fromEntries(
      DATA_SHEETS.map((sheet) => [SHEETS[sheet].labels.ru, generated.get(sheet)?.cells ?? []]),
    ),
  );

  it.each([['wall'], ['instant']] as const)(
    'never throws, keeps every non-blank row and flags every bad one (%s dates)',
    (mode) => {
      const workbook = readWorkbook(source, mode === 'wall' ? WALL : INSTANT);
      const problems = validateWorkbook(workbook, { today: TODAY });
      const flagged = new Set(problems.map((p) => `${p.sheet}:${p.row}`));
      // Collected and compared once: an expect per row costs more than the reading.
      let badRows = 0;
      const unflagged: string[] = [];
      for (const sheet of DATA_SHEETS) {
        const expected = generated.get(sheet) as Generated;
        expect(workbook.sheets[sheet].rows).toHaveLength(expected.nonBlankRows);
        for (const row of expected.badRows)
          if (!flagged.has(`${sheet}:${row}`)) unflagged.push(`unflagged ${sheet}:${row}`);
        badRows += expected.badRows.size;
      }
      expect(unflagged).toEqual([]);
      expect(badRows).toBeGreaterThan(5000);
      // Every problem renders in every language without throwing, naming its row.
      const unnamed: string[] = [];
      for (const problem of problems.slice(0, 3000)) {
        for (const lang of ['ru', 'ky', 'en'] as const) {
          const message = problemMessage(problem, lang);
          if (!message.includes(String(problem.row)))
            unnamed.push(`row ${problem.row}: ${message}`);
        }
      }
      expect(unnamed).toEqual([]);
    },
  );
});
