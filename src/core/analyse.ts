import { buildDataset, type Dataset } from './dataset';
import { type ReadWorkbook, readWorkbook } from './read/read-workbook';
import type { ReadOptions, WorkbookSource } from './read/workbook';
import { countRows, type SheetRowCount } from './row-count';
import type { WallTime } from './time/wall-time';
import { validateWorkbook } from './validate';
import type { Problem } from './validate/problem';

/** A workbook read, checked and reduced to the rows the indicators count. */
export interface Analysis {
  readonly workbook: ReadWorkbook;
  readonly problems: readonly Problem[];
  readonly dataset: Dataset;
  /** Where every row of each sheet went (kept, with errors, blank), by sheet name. */
  readonly rows: Readonly<Record<string, SheetRowCount>>;
  /** The workbook as read, for the sheets analysed on demand (the month close's). */
  readonly source: WorkbookSource;
}

/** The one pipeline behind the command line, the add-on and the digest: read, validate, keep. */
export function analyse(source: WorkbookSource, options: ReadOptions, today: WallTime): Analysis {
  const workbook = readWorkbook(source, options);
  const problems = validateWorkbook(workbook, { today });
  const dataset = buildDataset(workbook, problems);
  return { workbook, problems, dataset, rows: countRows(workbook, dataset), source };
}
