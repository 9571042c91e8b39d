import { LANGS, normalizeLabel } from '../i18n/lang';
import type { ColumnDef, SheetKey } from '../schema/sheets';
import { SHEETS } from '../schema/sheets';

const sheetByName = new Map<string, SheetKey>();
for (const key of Object.keys(SHEETS) as SheetKey[]) {
  sheetByName.set(normalizeLabel(key), key);
  for (const lang of LANGS) sheetByName.set(normalizeLabel(SHEETS[key].labels[lang]), key);
}

/** Which schema sheet a workbook sheet name stands for, in any language (or its key). */
export function sheetKeyOfName(name: string): SheetKey | undefined {
  return sheetByName.get(normalizeLabel(name));
}

/** The workbook's name for each schema sheet it holds (the first one wins if two match). */
export function locateSheets(names: readonly string[]): Partial<Record<SheetKey, string>> {
  const found: Partial<Record<SheetKey, string>> = {};
  for (const name of names) {
    const key = sheetKeyOfName(name);
    if (key && found[key] === undefined) found[key] = name;
  }
  return found;
}

/** Every workbook sheet name that stands for each schema sheet, in workbook order. */
export function locateSheetGroups(names: readonly string[]): Partial<Record<SheetKey, string[]>> {
  const found: Partial<Record<SheetKey, string[]>> = {};
  for (const name of names) {
    const key = sheetKeyOfName(name);
    if (!key) continue;
    const group = found[key] ?? [];
    group.push(name);
    found[key] = group;
  }
  return found;
}

/** The names of each schema column, normalized once: every header read asks for them again. */
const namesOfColumn = new WeakMap<ColumnDef, readonly string[]>();

function columnNames(column: ColumnDef): readonly string[] {
  let names = namesOfColumn.get(column);
  if (!names) {
    names = [column.key, ...LANGS.map((lang) => column.labels[lang])].map(normalizeLabel);
    namesOfColumn.set(column, names);
  }
  return names;
}

/**
 * The 0-based index of each schema column in a header row, matched by label in any language;
 * -1 when the column is absent. Extra columns are ignored; order does not matter.
 */
export function locateColumns(columns: readonly ColumnDef[], header: readonly unknown[]): number[] {
  const byLabel = new Map<string, number>();
  header.forEach((cell, index) => {
    const label = normalizeLabel(cell === null || cell === undefined ? '' : String(cell));
    if (label && !byLabel.has(label)) byLabel.set(label, index);
  });
  return columns.map((column) => {
    for (const name of columnNames(column)) {
      const index = byLabel.get(name);
      if (index !== undefined) return index;
    }
    return -1;
  });
}

/**
 * Schema columns whose label the header holds more than once (two "Date" columns): only the
 * first is read, so the person must be told. Gives the 0-based positions of each.
 */
export function repeatedColumns(
  columns: readonly ColumnDef[],
  header: readonly unknown[],
): { readonly column: ColumnDef; readonly indexes: readonly number[] }[] {
  const labels = header.map((cell) =>
    normalizeLabel(cell === null || cell === undefined ? '' : String(cell)),
  );
  const repeated: { column: ColumnDef; indexes: number[] }[] = [];
  for (const column of columns) {
    const names = new Set(columnNames(column));
    const indexes: number[] = [];
    labels.forEach((label, index) => {
      if (label && names.has(label)) indexes.push(index);
    });
    if (indexes.length > 1) repeated.push({ column, indexes });
  }
  return repeated;
}
