import { type Analysis, analyse } from '../core/analyse';
import { NotAKorgooWorkbookError } from '../core/read/read-workbook';
import { DEFAULT_TIME_ZONE } from '../core/read/workbook';
import { type WallTime, wallTimeOfInstant } from '../core/time/wall-time';
import { type Progress, readXlsx, UnusableFileError } from './xlsx/read-xlsx';

/** Today's wall clock in the workbook's zone (the add-on's clock port, on this computer). */
export function todayIn(timeZone: string = DEFAULT_TIME_ZONE): WallTime {
  return wallTimeOfInstant(new Date(), timeZone);
}

/**
 * Reads and analyses an .xlsx workbook; its dates are wall-clock times of Asia/Bishkek, checked
 * against `today` (dates after it are in the future).
 */
export async function analyseXlsx(
  path: string,
  progress?: Progress,
  today: WallTime = todayIn(),
): Promise<Analysis> {
  const source = await readXlsx(path, progress);
  try {
    return analyse(source, { timeZone: DEFAULT_TIME_ZONE, dates: 'wall' }, today);
  } catch (error) {
    if (error instanceof NotAKorgooWorkbookError) throw new UnusableFileError('not_korgoo', path);
    throw error;
  }
}
