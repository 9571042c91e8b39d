import { buildDataset, type Dataset } from './dataset';
import { type ReadWorkbook, readWorkbook } from './read/read-workbook';
import type { ReadOptions, WorkbookSource } from './read/workbook';
import type { WallTime } from './time/wall-time';
import { validateWorkbook } from './validate';
import type { Problem } from './validate/problem';

/** A workbook read, checked and reduced to the rows the indicators count. */
export interface Analysis {
  readonly workbook: ReadWorkbook;
  readonly problems: readonly Problem[];
  readonly dataset: Dataset;
}

/** The one pipeline behind the command line, the add-on and the digest: read, validate, keep. */
export function analyse(source: WorkbookSource, options: ReadOptions, today: WallTime): Analysis {
  const workbook = readWorkbook(source, options);
  const problems = validateWorkbook(workbook, { today });
  return { workbook, problems, dataset: buildDataset(workbook, problems) };
}
