import { text } from '../../core/i18n/texts';
import { returnLines } from '../../core/rollup/return-sheet';
import { SHEETS } from '../../core/schema/sheets';
import { runLogged } from '../actions';
import { workbookLang } from '../settings';
import { writeReturnSheet } from './return-sheet';
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

/** Menu "Update roll-up": every active source's return copied into Returns, under the lock. */
export function updateRollupAction(): void {
  runLogged(
    (l) => text('logUpdateRollup', l),
    () => {
      const lang = workbookLang();
      return rollupMessage(updateRollup(SpreadsheetApp.getActiveSpreadsheet(), lang), lang);
    },
  );
}
