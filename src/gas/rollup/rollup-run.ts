/**
 * The one clock's roll-up (DESIGN §12): once a day, like the Return sheet, every active source
 * of Sources read into Returns. Idempotent: a source tried today (Checked at, read or not) is
 * not opened again today, so a run that fires twice reads each source at most once a day. A
 * run stops opening sources well before Apps Script's 6-minute limit, writes what it read and
 * leaves the rest to the next hourly run; the day is done once none is left.
 */
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { getSetting, SETTINGS, setSetting } from '../../core/ports/settings';
import type { CellValue } from '../../core/read/workbook';
import { isoDate, wallTimeOfInstant } from '../../core/time/wall-time';
import { nowMs } from '../clock';
import { todayInSpreadsheet } from '../digest/workbook';
import { appendLog } from '../log';
import { settings } from '../settings-store';
import { findSheet } from '../sheet-access';
import { rollupMessage, updateRollup } from './update-rollup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * No source is opened once this much of the run has passed: a source's read and the final
 * writes of Returns and Sources must end within the 6-minute execution limit.
 */
export const ROLLUP_STOP_AFTER_MS = 4 * 60_000;

/**
 * The clock's share; `startedAt` is when the run began (Date.now()). Returns whether it opened
 * Sources. A workbook with no Sources rows costs one look for the sheet, once a day.
 */
export function rollupRun(spreadsheet: Spreadsheet, lang: Lang, startedAt: number): boolean {
  const today = isoDate(todayInSpreadsheet(spreadsheet));
  if (getSetting(settings, SETTINGS.rollupDay) === today) return false;
  const sources = findSheet(spreadsheet, 'sources', lang);
  if (!sources || sources.getLastRow() < 2) {
    setSetting(settings, SETTINGS.rollupDay, today);
    return false;
  }
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const triedToday = (checkedAt: CellValue) =>
    checkedAt instanceof Date && isoDate(wallTimeOfInstant(checkedAt, zone)) === today;
  const outcome = updateRollup(spreadsheet, lang, {
    triedToday,
    outOfTime: () => nowMs() - startedAt >= ROLLUP_STOP_AFTER_MS,
  });
  if (outcome.refused || outcome.read > 0 || outcome.notes.length > 0 || outcome.pending) {
    appendLog(spreadsheet, lang, text('logUpdateRollup', lang), rollupMessage(outcome, lang));
  }
  if (!outcome.pending) setSetting(settings, SETTINGS.rollupDay, today);
  return true;
}
