import type { Lang } from '../../src/core/i18n/lang';
import { type ReadWorkbook, readWorkbook } from '../../src/core/read/read-workbook';
import type { CellValue, ReadOptions, WorkbookSource } from '../../src/core/read/workbook';
import type { ColumnDef, DataSheetKey, SheetKey } from '../../src/core/schema/sheets';
import { SHEETS } from '../../src/core/schema/sheets';

export type Cells = readonly (readonly CellValue[])[];

/** A WorkbookSource over plain arrays: sheet name → rows, header row first. */
export function arraySource(sheets: Readonly<Record<string, Cells>>): WorkbookSource {
  return {
    sheetNames: () => Object.keys(sheets),
    values: (name) => (sheets[name] ?? []).map((row) => [...row]),
  };
}

/** A row given by column key (keys the schema does not know become extra columns). */
export type RowObject = Readonly<Record<string, CellValue>>;
/** Headers and sheet names in one language, or the schema keys themselves. */
export type LabelStyle = Lang | 'key';

export interface LayoutOptions {
  /** Language of the header labels (English by default). */
  readonly headers?: LabelStyle;
  /** Language of the sheet names (English by default). */
  readonly sheetNames?: LabelStyle;
  /** Which columns, in which order (default: the schema's, then any extra keys of the rows). */
  readonly columns?: Partial<Record<SheetKey, readonly string[]>>;
  /** Rows put above the header (a title), per sheet. */
  readonly above?: Partial<Record<SheetKey, Cells>>;
  /** Sheets written without their header row. */
  readonly withoutHeader?: readonly SheetKey[];
  /** More sheets, by name, after the data sheets. */
  readonly extraSheets?: Readonly<Record<string, Cells>>;
}

function labelOf(labels: Readonly<Record<Lang, string>>, key: string, style: LabelStyle): string {
  return style === 'key' ? key : labels[style];
}

/** The rows of one sheet as arrays under a header row. */
export function sheetCells(
  sheet: SheetKey,
  rows: readonly RowObject[],
  options: LayoutOptions = {},
): CellValue[][] {
  const schema = SHEETS[sheet].columns as readonly ColumnDef[];
  const known = new Set(schema.map((c) => c.key));
  const extra = new Set<string>();
  for (const row of rows) for (const key in row) if (!known.has(key)) extra.add(key);
  const keys = options.columns?.[sheet] ?? [...schema.map((c) => c.key), ...extra];
  const header = keys.map((key) => {
    const column = schema.find((c) => c.key === key);
    return column ? labelOf(column.labels, key, options.headers ?? 'en') : key;
  });
  return [header, ...rows.map((row) => keys.map((key) => row[key] ?? ''))];
}

export type SheetRows = Partial<Record<DataSheetKey, readonly RowObject[]>>;

/** A WorkbookSource of data sheets given as rows by column key. */
export function recordSource(sheets: SheetRows, options: LayoutOptions = {}): WorkbookSource {
  const byName: Record<string, Cells> = {};
  for (const [key, rows] of Object.entries(sheets) as [DataSheetKey, readonly RowObject[]][]) {
    const [header, ...data] = sheetCells(key, rows, options);
    byName[labelOf(SHEETS[key].labels, key, options.sheetNames ?? 'en')] = [
      ...(options.above?.[key] ?? []),
      ...(options.withoutHeader?.includes(key) ? [] : [header ?? []]),
      ...data,
    ];
  }
  return arraySource({ ...byName, ...options.extraSheets });
}

/** .xlsx-style reading: Date cells are wall clocks in Asia/Bishkek. */
export const WALL: ReadOptions = { timeZone: 'Asia/Bishkek', dates: 'wall' };
/** Google Sheets-style reading: Date cells are instants shown in Asia/Bishkek. */
export const INSTANT: ReadOptions = { timeZone: 'Asia/Bishkek', dates: 'instant' };

export function readRecords(
  sheets: SheetRows,
  layout: LayoutOptions = {},
  options: ReadOptions = WALL,
): ReadWorkbook {
  return readWorkbook(recordSource(sheets, layout), options);
}

/** Mulberry32: a small seeded generator, so random tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
