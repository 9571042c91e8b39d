import type { Analysis } from '../../../core/analyse';
import type { Lang } from '../../../core/i18n/lang';
import type { WallTime } from '../../../core/time/wall-time';
import { analyseXlsx } from '../../load';
import type { Output } from '../output';
import { text } from '../texts';

/** Rows below which reading is quick enough to need no progress line. */
const QUIET_BELOW = 10_000;

/**
 * Reads a workbook, showing progress on stderr once a sheet is large; with `everySheet`, the
 * cells of every sheet are kept in the analysis's source (see analyseXlsx).
 */
export function loadWorkbook(
  path: string,
  lang: Lang,
  output: Output,
  today?: WallTime,
  everySheet = false,
): Promise<Analysis> {
  return analyseXlsx(
    path,
    (sheet, rows) => {
      if (rows >= QUIET_BELOW) output.progress(text('reading', lang, { sheet, rows }));
    },
    today,
    everySheet,
  ).finally(() => output.progressDone());
}
