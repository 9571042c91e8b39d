import { type Analysis, analyse } from '../core/analyse';
import { NotAKorgooWorkbookError } from '../core/read/read-workbook';
import { DEFAULT_TIME_ZONE } from '../core/read/workbook';
import { type WallTime, wallTimeOfInstant } from '../core/time/wall-time';
import { MAX_CELLS, type Progress, readXlsx, UnusableFileError } from './xlsx/read-xlsx';

/** Today's wall clock in the workbook's zone (the add-on's clock port, on this computer). */
export function todayIn(timeZone: string = DEFAULT_TIME_ZONE): WallTime {
  return wallTimeOfInstant(new Date(), timeZone);
}

/**
 * Reads and analyses an .xlsx workbook; its dates are wall-clock times of Asia/Bishkek, checked
 * against `today` (dates after it are in the future). With `everySheet`, the analysis's source
 * holds the cells of every sheet, Korgoo's or not (as `korgoo approve` compares them).
 */
export async function analyseXlsx(
  path: string,
  progress?: Progress,
  today: WallTime = todayIn(),
  everySheet = false,
): Promise<Analysis> {
  const source = await readXlsx(path, progress, MAX_CELLS, everySheet);
  try {
    return analyse(source, { timeZone: DEFAULT_TIME_ZONE, dates: 'wall' }, today);
  } catch (error) {
    if (error instanceof NotAKorgooWorkbookError) throw new UnusableFileError('not_korgoo', path);
    throw error;
  }
}
