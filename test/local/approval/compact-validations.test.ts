import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import {
  compactValidations,
  type ValidationModel,
} from '../../../src/local/approval/compact-validations';
import { Workbook } from '../exceljs';
import { writtenByKorgoo } from '../xlsx/written';
import { byCell } from './rule-cells';

/** JSON of a rule with its keys in order, made once per rule object (a range's cells share one). */
const ruleTexts = new WeakMap<object, string>();
function ruleText(rule: object | undefined): string | undefined {
  if (rule === undefined) return undefined;
  let text = ruleTexts.get(rule);
  if (text === undefined) {
    text = JSON.stringify(rule, (_, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
        : value,
    );
    ruleTexts.set(rule, text);
  }
  return text;
}

/**
 * The cells whose rules differ between two models, each as `cell: actual ≠ expected`; none when
 * both hold equal rules (as toEqual has it, Dates by their time, an undefined rule as none) on
 * the same cells. Compared here rather than by toEqual on two models of tens of thousands of
 * cells, which takes jest a second.
 */
function differences(actual: ValidationModel, expected: ValidationModel): string[] {
  const found: string[] = [];
  for (const cell of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
    const [got, want] = [ruleText(actual[cell]), ruleText(expected[cell])];
    if (got !== want) found.push(`${cell}: ${got} \u2260 ${want}`);
  }
  return found;
}

describe('compactValidations', () => {
  test('cells of one rule object become rectangles, each cell keeping exactly its rule', () => {
    const list = { type: 'list', formulae: ['Lists!$A$1:$A$3'] };
    const whole = { type: 'whole', formulae: [0, 100000] };
    const alike = { type: 'whole', formulae: [0, 100000] };
    const range = { type: 'date' };
    const model: ValidationModel = { 'E1:E3': range, F9: undefined };
    for (const row of [2, 3, 4, 5]) {
      model[`A${row}`] = list;
      model[`B${row}`] = list;
    }
    for (const row of [2, 3, 5]) model[`C${row}`] = whole;
    for (const row of [2, 3, 5]) model[`D${row}`] = alike;
    model.G7 = list;
    const before = byCell(model, (rule) => rule);

    const compact = compactValidations(model);

    expect(Object.keys(compact).sort()).toEqual(
      ['A2:B5', 'C2:C3', 'C5', 'D2:D3', 'D5', 'E1:E3', 'F9', 'G7'].sort(),
    );
    const after = byCell(compact, (rule) => rule);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [cell, rule] of before) expect([cell, after.get(cell)]).toEqual([cell, rule]);
    // Alike but two objects: never joined, each column its own rectangle.
    expect(compact['C2:C3']).toBe(whole);
    expect(compact['D2:D3']).toBe(alike);
  });

  test('exceljs writes the same rule on every cell as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'korgoo-compact-'));
    try {
      // Written once and kept between runs (test/local/xlsx/written.ts): only read here.
      const path = await writtenByKorgoo('events-committees', 'ru', {}, ['events', 'committees']);
      const rulesOf = async (file: string) => {
        const workbook = new Workbook();
        await workbook.xlsx.readFile(file);
        return workbook;
      };
      const validationsOf = (sheet: ExcelJS.Worksheet) =>
        (sheet as unknown as { dataValidations: { model: ValidationModel } }).dataValidations;
      const modelOf = (sheet: ExcelJS.Worksheet) => validationsOf(sheet).model;
      const original = await rulesOf(path);
      const expected = original.worksheets.map((sheet) => [sheet.name, modelOf(sheet)] as const);
      const events = validationsOf(original.worksheets[0] as ExcelJS.Worksheet);
      // Read cell by cell: a dropdown on rows 2 to 2000 is 1,999 entries.
      expect(Object.keys(events.model).length).toBeGreaterThan(1999);
      for (const sheet of original.worksheets) {
        validationsOf(sheet).model = compactValidations(modelOf(sheet));
      }
      expect(Object.keys(events.model).length).toBeLessThan(20);
      await original.xlsx.writeFile(join(dir, 'rewritten.xlsx'));
      const rewritten = await rulesOf(join(dir, 'rewritten.xlsx'));
      expect(rewritten.worksheets.map((sheet) => sheet.name)).toEqual(
        expected.map(([name]) => name),
      );
      for (const [i, sheet] of rewritten.worksheets.entries()) {
        const [name, model] = expected[i] as (typeof expected)[number];
        expect([name, differences(modelOf(sheet), model)]).toEqual([name, []]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
