import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { sheetKeyOfName } from '../../../src/core/read/locate';
import type { CellValue } from '../../../src/core/read/workbook';
import { DATA_SHEETS } from '../../../src/core/schema/sheets';
import { analyseXlsx } from '../../../src/local/load';
import { readXlsx, UnusableFileError } from '../../../src/local/xlsx/read-xlsx';
import { keptJson } from './written';

/**
 * Real files: fixtures/exceljs-ru.xlsx is `korgoo demo`'s workbook (first 40 rows of each
 * sheet) as Korgoo writes it; libreoffice-ru.xlsx and .ods are that file opened and saved by
 * LibreOffice 7 (`soffice --headless --convert-to xlsx|ods`).
 */
const FIXTURES = join(__dirname, 'fixtures');
const EXCELJS = join(FIXTURES, 'exceljs-ru.xlsx');
const LIBREOFFICE = join(FIXTURES, 'libreoffice-ru.xlsx');

/** What exceljs's own whole reader holds, as plain values (rich text as its text). */
async function exceljsValues(path: string): Promise<Map<string, CellValue[][]>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // The dropdowns left out: they hold no value, and exceljs expands each range into an entry
  // per cell (two thirds of its reading time).
  await workbook.xlsx.readFile(path, { ignoreNodes: ['dataValidations'] });
  const sheets = new Map<string, CellValue[][]>();
  for (const sheet of workbook.worksheets) {
    const key = sheetKeyOfName(sheet.name);
    if (!key || !(DATA_SHEETS as readonly string[]).includes(key)) continue;
    const rows: CellValue[][] = [];
    sheet.eachRow((row) => {
      const cells: CellValue[] = [];
      (row.values as ExcelJS.CellValue[]).forEach((value, c) => {
        if (value === null || value === undefined || value === '') return;
        cells[c - 1] =
          typeof value === 'object' && !(value instanceof Date) && 'richText' in value
            ? value.richText.map((run) => run.text).join('')
            : (value as CellValue);
      });
      rows.push(cells);
    });
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

/** A row as JSON keeps it: [column, value] for each cell there is, a date as its time. */
type KeptRow = [number, string | number | boolean | { date: number }][];

/**
 * exceljsValues, kept between runs under a hash of the file, exceljs's version and this test:
 * loading and running exceljs takes about a second, for an answer that changes only with them.
 */
async function keptExceljsValues(path: string): Promise<Map<string, CellValue[][]>> {
  const root = join(__dirname, '..', '..', '..');
  const key = [
    readFileSync(path),
    readFileSync(join(root, 'node_modules', 'exceljs', 'package.json'), 'utf8'),
    readFileSync(__filename, 'utf8'),
  ];
  const kept = await keptJson(`exceljs-values-${path.split('/').pop()}`, key, async () =>
    [...(await exceljsValues(path))].map(([name, rows]): [string, KeptRow[]] => [
      name,
      rows.map((cells) =>
        // forEach skips the holes: a cell exceljs did not give stays absent.
        Object.entries(cells).map(([c, value]) => [
          Number(c),
          value instanceof Date ? { date: value.getTime() } : (value as string | number | boolean),
        ]),
      ),
    ]),
  );
  return new Map(
    kept.map(([name, rows]) => [
      name,
      rows.map((cells) => {
        const row: CellValue[] = [];
        for (const [c, value] of cells)
          row[c] = typeof value === 'object' ? new Date(value.date) : value;
        return row;
      }),
    ]),
  );
}

test.each([
  ['Korgoo (exceljs)', EXCELJS],
  ['LibreOffice', LIBREOFFICE],
])('a file written by %s reads cell for cell as exceljs reads it', async (_, path) => {
  const expected = await keptExceljsValues(path);
  const source = await readXlsx(path);
  expect(expected.size).toBe(8);
  for (const [name, rows] of expected) expect(source.values(name)).toEqual(rows);
});

test('the LibreOffice re-save gives the same problems, rows and figures as the original', async () => {
  const original = await analyseXlsx(EXCELJS);
  const resaved = await analyseXlsx(LIBREOFFICE);
  expect(resaved.problems).toEqual(original.problems);
  expect(resaved.rows).toEqual(original.rows);
  expect(resaved.dataset.events).toEqual(original.dataset.events);
  expect(resaved.rows['Мероприятия']).toEqual({
    sheet: 'events',
    inFile: 40,
    kept: 39,
    withErrors: 1,
    blank: 0,
  });
});

test('the OpenDocument re-save is named as such', async () => {
  const error = await readXlsx(join(FIXTURES, 'libreoffice-ru.ods')).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnusableFileError);
  expect((error as UnusableFileError).reason).toBe('ods');
});
