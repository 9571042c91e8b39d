import { LANGS, type Lang } from '../core/i18n/lang';
import { locateSheets } from '../core/read/locate';
import type { SheetKey } from '../core/schema/sheets';
import { SHEETS } from '../core/schema/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The sheet of the schema, found by its name in any language, or null. Its labels are asked
 * for by name first (one call when the workbook uses them as set up); only a sheet renamed in
 * another case or spacing costs a look at every sheet's name.
 */
export function findSheet(spreadsheet: Spreadsheet, key: SheetKey, first?: Lang): Sheet | null {
  // The workbook's language first: one call for a workbook used as set up.
  const langs = first === undefined ? LANGS : [first, ...LANGS];
  for (const label of new Set(langs.map((lang) => SHEETS[key].labels[lang]))) {
    const sheet = spreadsheet.getSheetByName(label);
    if (sheet) return sheet;
  }
  const sheets = spreadsheet.getSheets();
  // Each getName() is a round trip: ask every sheet once.
  const names = sheets.map((sheet) => sheet.getName());
  const name = locateSheets(names)[key];
  return name === undefined ? null : (sheets[names.indexOf(name)] ?? null);
}

/** The sheet of the schema; created at the end with its header in `lang` when missing. */
export function ensureSheet(spreadsheet: Spreadsheet, key: SheetKey, lang: Lang): Sheet {
  const found = findSheet(spreadsheet, key, lang);
  if (found) return found;
  const def = SHEETS[key];
  const sheet = spreadsheet.insertSheet(def.labels[lang], spreadsheet.getSheets().length);
  sheet
    .getRange(1, 1, 1, def.columns.length)
    .setValues([def.columns.map((column) => column.labels[lang])]);
  sheet.setFrozenRows(1);
  return sheet;
}
