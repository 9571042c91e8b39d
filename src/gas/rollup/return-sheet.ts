import type { Analysis } from '../../core/analyse';
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { getSetting, SETTINGS, setSetting } from '../../core/ports/settings';
import { regionalOf } from '../../core/rollup/regional';
import { buildReturn, type Return } from '../../core/rollup/return';
import { RETURN_COLUMNS, returnLines, returnRows } from '../../core/rollup/return-sheet';
import { buildRollupReturn } from '../../core/rollup/rollup-return';
import { workbookApprovalOf } from '../../core/rollup/workbook-approval';
import { asCellText } from '../../core/safe-text';
import { SHEETS } from '../../core/schema/sheets';
import { instantOfWallTime, isoDate } from '../../core/time/wall-time';
import { setValuesAsText } from '../cell-text';
import { analyseSpreadsheet, todayInSpreadsheet } from '../digest/workbook';
import { appendLog } from '../log';
import { settings } from '../settings-store';
import { ensureSheet } from '../sheet-access';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const WIDTH = RETURN_COLUMNS.length;

/**
 * Rewrites the Return sheet from the workbook's rows: one read of each sheet (the analysis),
 * then one clear and one setValues. Names typed by people go in as text, never a formula.
 */
export function writeReturnSheet(
  spreadsheet: Spreadsheet,
  lang: Lang,
  analysis?: Analysis,
): Return {
  const read = analysis ?? analyseSpreadsheet(spreadsheet);
  const now = todayInSpreadsheet(spreadsheet);
  // A regional workbook's return is its roll-up's: a national one adds up regions alike.
  const regional = regionalOf(read, lang);
  const ret = regional
    ? buildRollupReturn(regional.rollup, now)
    : buildReturn(read.dataset, now, workbookApprovalOf(read));
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const rows = returnRows(returnLines(ret), lang, (wall) => instantOfWallTime(wall, zone)).map(
    (row) => row.map((cell) => (typeof cell === 'string' ? asCellText(cell) : cell)),
  );
  const sheet = ensureSheet(spreadsheet, 'return', lang);
  const old = sheet.getLastRow() - 1;
  if (old > 0) sheet.getRange(2, 1, old, WIDTH).clearContent();
  if (rows.length > 0) setValuesAsText(sheet.getRange(2, 1, rows.length, WIDTH), rows);
  setSetting(settings, SETTINGS.returnDay, isoDate(now));
  return ret;
}

/** "Update return" and the clock's daily update: the sheet rewritten, the Log told. */
export function updateReturn(spreadsheet: Spreadsheet, lang: Lang): string {
  const ret = writeReturnSheet(spreadsheet, lang);
  const message = text('returnUpdated', lang, {
    sheet: SHEETS.return.labels[lang],
    committees: ret.committees.length,
    periods: ret.periods.length,
    lines: returnLines(ret).length,
  });
  appendLog(spreadsheet, lang, text('logUpdateReturn', lang), message);
  return message;
}

/** True when the Return sheet was not yet written today: an idle clock run reads no sheet. */
export function returnDue(spreadsheet: Spreadsheet): boolean {
  const day = getSetting(settings, SETTINGS.returnDay);
  return day !== isoDate(todayInSpreadsheet(spreadsheet));
}

/** The clock's share (DESIGN §12): the Return sheet once a day, whatever else is due. */
export function returnRun(spreadsheet: Spreadsheet, lang: Lang): boolean {
  if (!returnDue(spreadsheet)) return false;
  updateReturn(spreadsheet, lang);
  return true;
}
