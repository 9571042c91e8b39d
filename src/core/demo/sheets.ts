import type { Lang } from '../i18n/lang';
import type { CellValue } from '../read/workbook';
import { CHOICES, type ChoiceListId } from '../schema/choices';
import { type ColumnDef, DATA_SHEETS, type DataSheetKey, SHEETS } from '../schema/sheets';
import type { DemoItem, DemoModel, DemoNote } from './model';
import { buildDemoModel } from './programme';

function label(list: ChoiceListId | undefined, key: string, lang: Lang): string {
  const choice = list ? CHOICES[list].find((c) => c.key === key) : undefined;
  if (!choice) throw new Error(`demo: no choice ${key} in ${String(list)}`);
  return choice.labels[lang];
}

/** One cell as a person would have typed it in a workbook set up in `lang`. */
function cell(column: ColumnDef, value: unknown, lang: Lang): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'raw' in value) return value.raw as CellValue;
  if (typeof value === 'object' && 'text' in value)
    return (value.text as Record<Lang, string>)[lang];
  switch (column.type) {
    case 'date':
    case 'datetime':
      // The Date's UTC fields are the wall clock in Bishkek, as an .xlsx file holds it.
      return new Date(value as number);
    case 'choice':
      return label(column.choices, value as string, lang);
    case 'multi':
      return (value as readonly string[]).map((key) => label(column.choices, key, lang)).join(', ');
    default:
      return value as string | number;
  }
}

function sheetValues<S extends DataSheetKey>(
  key: S,
  items: readonly DemoItem<S>[],
  lang: Lang,
): CellValue[][] {
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  const header: CellValue[] = columns.map((column) => column.labels[lang]);
  const rows = items.map((item) => {
    const row = item.row as Readonly<Record<string, unknown>>;
    return columns.map((column) => cell(column, row[column.key], lang));
  });
  return [header, ...rows];
}

/**
 * The demo programme's data sheets in `lang`: the header row (the schema's labels, in schema
 * column order), then the rows; choices as labels in `lang`, dates as Dates whose UTC fields are
 * the Asia/Bishkek wall clock, numbers as numbers, empty cells as ''.
 */
export function buildDemoSheets(lang: Lang): Record<DataSheetKey, CellValue[][]> {
  const m: DemoModel = buildDemoModel();
  const out = {} as Record<DataSheetKey, CellValue[][]>;
  const put = <S extends DataSheetKey>(key: S) => {
    out[key] = sheetValues(key, m[key] as readonly DemoItem<S>[], lang);
  };
  for (const key of DATA_SHEETS) put(key);
  return out;
}

/** The same rows without the header row, for writers that write the header themselves. */
export function buildDemoRows(lang: Lang): Record<DataSheetKey, CellValue[][]> {
  const sheets = buildDemoSheets(lang);
  for (const key of DATA_SHEETS) sheets[key] = sheets[key].slice(1);
  return sheets;
}

/** A deliberate mistake (an error) or warning of the demo, where a coordinator finds it. */
export interface DemoFinding extends DemoNote {
  readonly sheet: DataSheetKey;
  /** 1-based row in the sheet (the header is row 1). */
  readonly row: number;
}

/** Every deliberate mistake and warning of the demo, sheet by sheet, in row order. */
export function demoFindings(): DemoFinding[] {
  const m: DemoModel = buildDemoModel();
  const found: DemoFinding[] = [];
  for (const sheet of DATA_SHEETS) {
    (m[sheet] as readonly DemoItem<DataSheetKey>[]).forEach((item, i) => {
      if (item.note) found.push({ sheet, row: i + 2, ...item.note });
    });
  }
  return found;
}
