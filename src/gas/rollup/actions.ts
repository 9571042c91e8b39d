import { text } from '../../core/i18n/texts';
import { returnLines } from '../../core/rollup/return-sheet';
import { SHEETS } from '../../core/schema/sheets';
import { runLogged } from '../actions';
import { nowMs } from '../clock';
import { workbookLang } from '../settings';
import { writeReturnSheet } from './return-sheet';
import { ROLLUP_STOP_AFTER_MS } from './rollup-run';
import { rollupMessage, updateRollup } from './update-rollup';

/** Menu "Update return": the Return sheet rewritten now, under the document lock, logged. */
export function updateReturnAction(): void {
  runLogged(
    (l) => text('logUpdateReturn', l),
    () => {
      const lang = workbookLang();
      const ret = writeReturnSheet(SpreadsheetApp.getActiveSpreadsheet(), lang);
      return text('returnUpdated', lang, {
        sheet: SHEETS.return.labels[lang],
        committees: ret.committees.length,
        periods: ret.periods.length,
        lines: returnLines(ret).length,
      });
    },
  );
}

/**
 * Menu "Update roll-up": every active source's return copied into Returns, under the lock. It
 * too stops opening sources in time for the 6-minute limit; the clock reads the rest within
 * the hour (they were not tried today).
 */
export function updateRollupAction(): void {
  const startedAt = nowMs();
  runLogged(
    (l) => text('logUpdateRollup', l),
    () => {
      const lang = workbookLang();
      const outcome = updateRollup(SpreadsheetApp.getActiveSpreadsheet(), lang, {
        outOfTime: () => nowMs() - startedAt >= ROLLUP_STOP_AFTER_MS,
      });
      return rollupMessage(outcome, lang);
    },
  );
}
