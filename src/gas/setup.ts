import type { Lang } from '../core/i18n/lang';
import { MAX_COUNT } from '../core/read/cells';
import { locateColumns } from '../core/read/locate';
import { CHOICES } from '../core/schema/choices';
import type { ColumnDef, SheetDef, SheetKey } from '../core/schema/sheets';
import { ALL_SHEETS, DATA_SHEETS, SHEETS } from '../core/schema/sheets';
import { startMarkRecords } from './mark-record';
import { findSheet } from './sheet-access';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetUpResult {
  readonly sheetsCreated: number;
  readonly columnsAdded: number;
}

const DATE_FORMAT = 'dd.mm.yyyy';
const DATETIME_FORMAT = 'dd.mm.yyyy hh:mm';
/** Plain text: what people type in a text column stays text, never a formula or a number. */
const TEXT_FORMAT = '@';
export const PROTECTION_DESCRIPTION = 'Korgoo';

/**
 * Creates or repairs every sheet of the schema. Idempotent: a second run leaves the workbook as
 * the first left it. Rows are never moved or cleared; a missing column is added at the end.
 */
export function setUpWorkbook(spreadsheet: Spreadsheet, lang: Lang): SetUpResult {
  let sheetsCreated = 0;
  let columnsAdded = 0;
  let dataSheetsFound = 0;
  for (const key of ALL_SHEETS) {
    let sheet = findSheet(spreadsheet, key);
    if (!sheet) {
      sheet = spreadsheet.insertSheet(SHEETS[key].labels[lang], spreadsheet.getSheets().length);
      sheetsCreated++;
    } else if ((DATA_SHEETS as readonly string[]).includes(key)) {
      dataSheetsFound++;
    }
    const positions = ensureHeader(sheet, key, lang);
    columnsAdded += positions.added;
    if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
    applyColumnRules(sheet, SHEETS[key].columns, positions.columns, lang);
    if ((SHEETS[key] as SheetDef).owned === true) protectOwnedSheet(sheet);
  }
  // Every data sheet new: no mark can be anywhere, so Validate now need not look for old ones.
  if (dataSheetsFound === 0) startMarkRecords();
  return { sheetsCreated, columnsAdded };
}

/** The header row with every column of the schema; returns each column's 1-based position. */
function ensureHeader(
  sheet: Sheet,
  key: SheetKey,
  lang: Lang,
): { columns: number[]; added: number } {
  const columns = SHEETS[key].columns as readonly ColumnDef[];
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
  const found = locateColumns(columns, header);
  const missing = columns.filter((_, i) => found[i] === -1);
  let next = lastColumn + 1;
  const positions = found.map((index) => (index === -1 ? next++ : index + 1));
  if (missing.length > 0) {
    sheet
      .getRange(1, lastColumn + 1, 1, missing.length)
      .setValues([missing.map((column) => column.labels[lang])]);
  }
  sheet.getRange(1, 1, 1, Math.max(lastColumn, next - 1)).setFontWeight('bold');
  return { columns: positions, added: missing.length };
}

function applyColumnRules(
  sheet: Sheet,
  columns: readonly ColumnDef[],
  positions: readonly number[],
  lang: Lang,
): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  columns.forEach((column, i) => {
    const range = sheet.getRange(2, positions[i] as number, rows, 1);
    const rule = validationFor(column, lang);
    if (rule) range.setDataValidation(rule);
    const format = formatFor(column);
    if (format) range.setNumberFormat(format);
  });
}

/** Dropdowns, dates and counts warn (never refuse): a form answer or a paste is always kept. */
function validationFor(
  column: ColumnDef,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  if (column.type === 'choice' && column.choices) {
    return builder
      .requireValueInList(
        CHOICES[column.choices].map((choice) => choice.labels[lang]),
        true,
      )
      .build();
  }
  if (column.type === 'date' || column.type === 'datetime') return builder.requireDate().build();
  if (column.type === 'int') return builder.requireNumberBetween(0, MAX_COUNT).build();
  return null;
}

function formatFor(column: ColumnDef): string | null {
  if (column.type === 'date') return DATE_FORMAT;
  if (column.type === 'datetime') return DATETIME_FORMAT;
  if (
    column.type === 'text' ||
    column.type === 'id' ||
    column.type === 'multi' ||
    column.type === 'email'
  ) {
    return TEXT_FORMAT;
  }
  return null;
}

/**
 * The add-on's own sheets warn anyone who edits them by hand. A warning, not a lock: the add-on
 * runs as the coordinator using it, and must still be able to write there.
 */
function protectOwnedSheet(sheet: Sheet): void {
  const existing = sheet
    .getProtections(SpreadsheetApp.ProtectionType.SHEET)
    .some((protection) => protection.getDescription() === PROTECTION_DESCRIPTION);
  if (!existing) sheet.protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
}
