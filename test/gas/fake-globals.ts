/**
 * For tests that import a src/gas module directly: a fresh set of fakes (test/fakes) made the
 * Apps Script globals before each test and taken away after it, as Apps Script gives them to
 * the module. Small hand-made sheets only: rows written straight into the grid, uncounted.
 */
import type { SheetKey } from '../../src/core/schema/sheets';
import { SHEETS } from '../../src/core/schema/sheets';
import {
  createFakeServices,
  type FakeServices,
  type FakeServicesOptions,
  type FakeSheet,
} from '../fakes';

/** The fakes of the running test; call at the top of a test file. */
export function useFakeGlobals(options: FakeServicesOptions = {}): () => FakeServices {
  let current: FakeServices | null = null;
  let names: string[] = [];
  beforeEach(() => {
    current = createFakeServices(options);
    const globals = current.globals();
    names = Object.keys(globals);
    Object.assign(globalThis, globals);
  });
  afterEach(() => {
    for (const name of names) delete (globalThis as Record<string, unknown>)[name];
    current = null;
  });
  return () => {
    if (!current) throw new Error('fakes are made per test');
    return current;
  };
}

/** Writes rows from `firstRow` on, uncounted (as if typed before the test). */
export function putRows(sheet: FakeSheet, firstRow: number, rows: readonly unknown[][]): void {
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = sheet.grid.cell(firstRow + r, c + 1);
      cell.value = value as never;
      cell.formula = '';
    });
  });
}

/** Uncounted: the values of rows `first..` of a sheet, as far as its content goes. */
export function rowsOf(sheet: FakeSheet, first = 1): unknown[][] {
  const last = sheet.grid.lastRow();
  if (last < first) return [];
  return sheet
    .rangeAt(first, 1, last - first + 1, Math.max(1, sheet.grid.lastColumn()))
    .readValuesUncounted();
}

/** The schema's header of a sheet in a language. */
export function headerLabels(key: SheetKey, lang: 'ru' | 'ky' | 'en'): string[] {
  return SHEETS[key].columns.map((column) => column.labels[lang]);
}

/** Schema sheets made with their header in `lang` (uncounted), as set-up would leave them. */
export function schemaSheets(
  s: FakeServices,
  lang: 'ru' | 'ky' | 'en',
  keys: readonly SheetKey[],
): FakeSheet[] {
  return keys.map((key) => {
    const sheet = s.spreadsheet.insertSheet(SHEETS[key].labels[lang]);
    putRows(sheet, 1, [headerLabels(key, lang)]);
    return sheet;
  });
}
