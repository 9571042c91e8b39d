import type * as ExcelJS from 'exceljs';
import { columnLetters } from '../../core/a1';
import type { Lang } from '../../core/i18n/lang';
import { type CellValue, UnreadableCell } from '../../core/read/workbook';
import { CHOICES } from '../../core/schema/choices';
import type { ColumnDef, SheetKey } from '../../core/schema/sheets';
import { ALL_SHEETS, SHEETS } from '../../core/schema/sheets';

export type SheetRows = Partial<Record<SheetKey, readonly (readonly CellValue[])[]>>;

type WriterClass = typeof ExcelJS.stream.xlsx.WorkbookWriter;

/** Rows that carry dropdowns and formats in a new workbook (Excel stores them per range). */
const VALIDATED_ROWS = 2000;
const LISTS_SHEET = 'Lists';

const DATE_FORMAT = 'dd.mm.yyyy';
const DATETIME_FORMAT = 'dd.mm.yyyy hh:mm';

/**
 * Writes a Korgoo workbook: every sheet of the schema with its header in `lang`, a frozen
 * header row, date formats, and dropdowns on choice columns (the labels live on a hidden
 * Lists sheet, since an inline list is limited to 255 characters). Data rows are written as
 * values: text stays text, never a formula. Streams, so 200,000 rows fit in little memory.
 */
export async function writeXlsx(
  path: string,
  lang: Lang,
  rows: SheetRows = {},
  sheets: readonly SheetKey[] = ALL_SHEETS,
): Promise<void> {
  // Loaded here, not at start: only init, demo and return write. Its streaming writer only:
  // all of exceljs (its reader, its CSV) is three times the modules and takes twice as long.
  const WorkbookWriter = require('exceljs/lib/stream/xlsx/workbook-writer') as WriterClass;
  const workbook = new WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
  });
  const listRanges = listRangesOf();
  for (const key of sheets) {
    const def = SHEETS[key];
    const columns = def.columns as readonly ColumnDef[];
    const sheet = workbook.addWorksheet(def.labels[lang], {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = columns.map((column) => ({
      width: Math.min(40, Math.max(12, column.labels[lang].length + 2)),
      ...(column.type === 'date' ? { style: { numFmt: DATE_FORMAT } } : {}),
      ...(column.type === 'datetime' ? { style: { numFmt: DATETIME_FORMAT } } : {}),
    }));
    const header = sheet.addRow(columns.map((column) => column.labels[lang]));
    header.font = { bold: true };
    header.commit();
    const data = rows[key] ?? [];
    const styles = new Map<string, Partial<ExcelJS.Style>>();
    for (const values of data) {
      const row = sheet.addRow(values.map(toExcelValue));
      shareStyles(row, styles);
      row.commit();
    }
    addValidation(sheet, columns, listRanges, Math.max(VALIDATED_ROWS, data.length + 1));
    sheet.commit();
  }
  writeListsSheet(workbook, lang);
  await workbook.commit();
}

/**
 * exceljs gives each cell a style object of its own (its column's number format, copied) and
 * works every one out anew, rendering it to XML to find its index: most of the time of writing
 * a sheet. It keeps the index of each style object it has seen, so the data cells of one column
 * share one object instead. One per value type too: that cache ignores the type, from which
 * exceljs picks the number format of a cell without one. The file written is the same.
 */
function shareStyles(row: ExcelJS.Row, styles: Map<string, Partial<ExcelJS.Style>>): void {
  row.eachCell((cell, column) => {
    const key = `${column} ${cell.type}`;
    const shared = styles.get(key);
    if (shared === undefined) styles.set(key, cell.style);
    else cell.style = shared;
  });
}

function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value instanceof UnreadableCell) return String(value);
  return value === undefined || value === '' ? null : value;
}

const LISTS = Object.entries(CHOICES);

function listRangesOf(): Map<string, string> {
  const ranges = new Map<string, string>();
  LISTS.forEach(([id, choices], i) => {
    const letter = columnLetters(i + 1);
    ranges.set(id, `${LISTS_SHEET}!$${letter}$1:$${letter}$${choices.length}`);
  });
  return ranges;
}

/** The choice labels the dropdowns point at, one list a column, on a hidden sheet. */
function writeListsSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, lang: Lang): void {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const longest = Math.max(...LISTS.map(([, choices]) => choices.length));
  for (let r = 0; r < longest; r++) {
    sheet.addRow(LISTS.map(([, choices]) => choices[r]?.labels[lang] ?? null)).commit();
  }
  sheet.commit();
}

/** exceljs keeps range validations on `dataValidations`, which its typings leave out. */
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function addValidation(
  sheet: ExcelJS.Worksheet,
  columns: readonly ColumnDef[],
  listRanges: ReadonlyMap<string, string>,
  lastRow: number,
): void {
  const { dataValidations } = sheet as unknown as RangeValidations;
  columns.forEach((column, i) => {
    const letter = columnLetters(i + 1);
    const range = `${letter}2:${letter}${lastRow}`;
    // A multi-choice cell holds several labels: a single-choice dropdown would refuse it.
    if (column.type === 'choice' && column.choices) {
      dataValidations.add(range, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [listRanges.get(column.choices) ?? '""'],
        showErrorMessage: true,
        errorStyle: 'warning',
      });
    } else if (column.type === 'int') {
      dataValidations.add(range, {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [0, 100000],
        showErrorMessage: true,
        errorStyle: 'warning',
      });
    } else if (column.type === 'date' || column.type === 'datetime') {
      dataValidations.add(range, {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [new Date(Date.UTC(1990, 0, 1))],
        showErrorMessage: true,
        errorStyle: 'warning',
      });
    }
  });
}
