import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import {
  byReference,
  withValidationsByReference,
} from '../../../src/local/approval/validations-by-reference';
import { Workbook } from '../exceljs';
import { writtenByKorgoo } from '../xlsx/written';
import { byCell } from './rule-cells';

type Model = Record<string, object | undefined>;

let dir: string;
/** Events and Committees as Korgoo writes them: dropdowns and checks on rows 2 to 2000. */
let written: string;
/** Two rules sharing cells (Excel never writes them, another program might). */
let overlapping: string;
/** The written file's validations as exceljs reads them, cell by cell. */
let cellByCell: [string, Model][];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'korgoo-by-reference-'));
  // Written once and kept between runs (test/local/xlsx/written.ts): the tests only read it.
  written = await writtenByKorgoo('events-committees', 'ru', {}, ['events', 'committees']);
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Other');
  const { dataValidations } = sheet as unknown as {
    dataValidations: { model: Record<string, object> };
  };
  dataValidations.model = {
    'A1:A10': { type: 'whole', operator: 'between', formulae: [0, 9] },
    'A5:B6': { type: 'list', formulae: ['"a,b"'] },
  };
  overlapping = join(dir, 'overlapping.xlsx');
  await workbook.xlsx.writeFile(overlapping);
  cellByCell = await models(written);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function models(path: string): Promise<[string, Model][]> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return modelsOf(workbook);
}

function modelsOf(workbook: ExcelJS.Workbook): [string, Model][] {
  return workbook.worksheets.map((sheet) => [
    sheet.name,
    (sheet as unknown as { dataValidations: { model: Model } }).dataValidations.model,
  ]);
}

/** JSON of each rule object, made once: exceljs gives every cell of a range the same object. */
const ruleTexts = new WeakMap<object, string>();
function ruleText(rule: object | undefined): string | undefined {
  if (rule === undefined) return undefined;
  let text = ruleTexts.get(rule);
  if (text === undefined) {
    text = JSON.stringify(rule);
    ruleTexts.set(rule, text);
  }
  return text;
}

/**
 * The cells whose rule differs between two models, each as `cell: actual ≠ expected`; none when
 * they hold the same rule on the same cells (a cell without a rule is one whose rule is
 * undefined, as toEqual has it). Compared here rather than by toEqual on two objects of tens of
 * thousands of cells, which takes jest a second.
 */
function differences(actual: Model, expected: Model): string[] {
  const got = byCell(actual, ruleText);
  const want = byCell(expected, ruleText);
  const found: string[] = [];
  for (const cell of new Set([...got.keys(), ...want.keys()])) {
    if (got.get(cell) !== want.get(cell))
      found.push(`${cell}: ${got.get(cell)} \u2260 ${want.get(cell)}`);
  }
  return found;
}

describe('withValidationsByReference', () => {
  test('each rule is kept under its ranges, the same rule on every cell as read cell by cell', async () => {
    const workbook = new Workbook();
    await withValidationsByReference(() => workbook.xlsx.readFile(written));
    const kept = modelsOf(workbook);
    expect(kept.map(([name]) => name)).toEqual(cellByCell.map(([name]) => name));
    for (const [i, [name, model]] of kept.entries()) {
      const expected = (cellByCell[i] as [string, Model])[1];
      // A dropdown on rows 2 to 2000 is one entry, not 1,999.
      expect(Object.keys(model).length).toBeLessThan(20);
      if (Object.keys(expected).length > 0)
        expect(Object.keys(expected).length).toBeGreaterThan(1999);
      expect([name, differences(model, expected)]).toEqual([name, []]);
    }
  });

  test('written back, exceljs reads the same rules on the same cells as in the original', async () => {
    const workbook = new Workbook();
    await withValidationsByReference(() => workbook.xlsx.readFile(written));
    const rewritten = join(dir, 'rewritten.xlsx');
    await workbook.xlsx.writeFile(rewritten);
    const after = await models(rewritten);
    expect(after.map(([name]) => name)).toEqual(cellByCell.map(([name]) => name));
    for (const [i, [name, model]] of after.entries()) {
      const expected = (cellByCell[i] as [string, Model])[1];
      expect([name, differences(model, expected)]).toEqual([name, []]);
    }
  });

  test('rules that share cells are read cell by cell, exactly as exceljs reads them', async () => {
    const workbook = new Workbook();
    await withValidationsByReference(() => workbook.xlsx.readFile(overlapping));
    const [[, model]] = modelsOf(workbook) as [[string, Model]];
    expect(model).toEqual(((await models(overlapping))[0] as [string, Model])[1]);
    // The later rule on the cells both name, the first on the others.
    expect(model.A5).toMatchObject({ type: 'list' });
    expect(model.A4).toMatchObject({ type: 'whole' });
    expect(Object.keys(model)).toHaveLength(10 + 2);
  });

  test('afterwards exceljs reads cell by cell again, also when the read failed', async () => {
    await expect(
      withValidationsByReference(() => Promise.reject(new Error('unreadable'))),
    ).rejects.toThrow('unreadable');
    await withValidationsByReference(() => new Workbook().xlsx.readFile(written));
    const [[, events]] = (await models(written)) as [[string, Model]];
    expect(Object.keys(events).length).toBeGreaterThan(1999);
  });
});

describe('byReference', () => {
  const rule = { type: 'list' };
  const other = { type: 'whole' };

  test('plain cells and ranges that share no cell are kept as they are', () => {
    expect(
      byReference([
        ['A2:A2000', rule],
        ['B2:C2000', other],
        ['D7', rule],
        ['AA1:AB3', other],
      ]),
    ).toEqual({ 'A2:A2000': rule, 'B2:C2000': other, D7: rule, 'AA1:AB3': other });
  });

  test.each([
    ['two ranges sharing a cell', ['A1:A10', 'A10:B12']],
    ['a cell inside a range', ['B2:C5', 'C3']],
    ['the same cell twice', ['D4', 'D4']],
    ['a range written bottom-right first', ['A10:A1']],
    ['a reference with $', ['$A$1']],
    ['an empty reference (a space before the first)', ['', 'A1']],
  ])('%s: none, so exceljs reads them cell by cell', (_, references) => {
    expect(byReference(references.map((r) => [r, rule]))).toBeNull();
  });
});
