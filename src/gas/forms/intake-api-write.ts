/**
 * Steps 3 and 4 of a form response through the Sheets API (intake-api.ts): its row planned by
 * the core, the counters saved and the row written; then the row read back and checked like
 * Validate now checks it (check-new-rows.ts).
 */
import { columnLetters } from '../../core/a1';
import { errorText } from '../../core/error-text';
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { CHECK_SCOPE } from '../../core/intake/check-scope';
import {
  errorReason,
  type IntakeOutcome,
  pendingOutcome,
  planSheetRows,
  type SheetRowsPlan,
} from '../../core/intake/plan';
import type { CellValue } from '../../core/read/workbook';
import { wallTimeOfInstant } from '../../core/time/wall-time';
import { approvedPairsOfValues } from '../approval/read';
import { setValuesAsAnswered } from '../cell-text';
import { judgeNewRows } from './check-new-rows';
import type { Destination, Reading, Submission } from './intake-api';
import type { BelowRead, KeysRead } from './intake-api-target';
import { counters, markPending, saveCounters } from './store';

type Range = GoogleAppsScript.Spreadsheet.Range;

export interface Written {
  readonly plan: SheetRowsPlan;
  /** The block the new rows were written to. */
  readonly range: Range;
  readonly last: number;
}

/** Step 3: the counters saved, then the rows written; a failure leaves the response waiting. */
export function writeRows(
  { spreadsheet, lang, store }: Submission,
  { candidate, clock }: Reading,
  { target, header, shape, rows }: Destination,
  keys: KeysRead,
  below: BelowRead,
  state: { written: boolean },
): Written | { pending: IntakeOutcome } {
  try {
    const plan = planSheetRows(
      lang,
      {
        name: target.title,
        header,
        lastColumn: header.length,
        keys: keys.keys,
        firstFreeRow: below.firstFreeRow,
      },
      shape,
      rows,
      counters(store),
      clock,
    );
    // The counters first: a failure in between may skip a number, never hand one out twice.
    saveCounters(plan.eventCounter, plan.caseCounters, store);
    const last = plan.firstRow + rows.length - 1;
    const range = spreadsheet.getRange(
      `'${target.title.replace(/'/g, "''")}'!A${plan.firstRow}:${columnLetters(shape.width)}${last}`,
    );
    state.written = true;
    setValuesAsAnswered(range, plan.rows);
    return { plan, range, last };
  } catch (error) {
    markPending(store);
    return { pending: pendingOutcome(candidate, lang, errorReason(error, lang)) };
  }
}

/** The check's findings; `problems` says why there are none when the check failed. */
export type Judged = Omit<ReturnType<typeof judgeNewRows>, 'problems'> & {
  readonly problems: number | string;
};

/** Step 4: the new rows read back and checked; a failed check only waits for Validate now. */
export function judgeWritten(
  { zone, sheets, read, when }: Reading,
  { key, target, header, shape, rows }: Destination,
  keys: KeysRead,
  { notes, backgrounds }: BelowRead,
  { plan, range }: Written,
  lang: Lang,
): Judged {
  try {
    return judgeNewRows(
      {
        key,
        sheetName: target.title,
        header,
        above: keys.above.slice(0, plan.firstRow - 1),
        firstRow: plan.firstRow,
        count: rows.length,
        width: shape.width,
      },
      // Read back: the values as Sheets keeps them (numbers parsed, text markers gone).
      range.getValues() as CellValue[][],
      {
        sheets: {
          ...keys.context,
          ...(sheets.committees && read.committees && CHECK_SCOPE[key].context.committees
            ? { committees: { name: sheets.committees.title, values: read.committees } }
            : {}),
        },
        approved:
          read.approvals && sheets.approvals
            ? approvedPairsOfValues(read.approvals, zone, sheets.approvals.title)
            : new Set(),
      },
      { notes, backgrounds },
      lang,
      zone,
      wallTimeOfInstant(when, zone),
    );
  } catch (error) {
    // The row is in whatever the check does.
    const problems = text('notValidated', lang, { message: errorText(error) });
    return { problems, changed: [], list: [], notes, backgrounds };
  }
}
