import { readFile } from 'node:fs/promises';
import { type Analysis, analyse } from '../../../core/analyse';
import type { Lang } from '../../../core/i18n/lang';
import { isBlank } from '../../../core/read/cells';
import { locateSheets } from '../../../core/read/locate';
import { NotAKorgooWorkbookError } from '../../../core/read/read-workbook';
import {
  DEFAULT_TIME_ZONE,
  type ReadOptions,
  type WorkbookSource,
} from '../../../core/read/workbook';
import { readReturnSheet } from '../../../core/rollup/read-return';
import { type FigureSource, returnSource, workbookSource } from '../../../core/rollup/sources';
import { workbookApprovalOf } from '../../../core/rollup/workbook-approval';
import type { RecipientRecord } from '../../../core/schema/records';
import { SHEETS } from '../../../core/schema/sheets';
import { todayIn } from '../../load';
import { readXlsx, UnusableFileError } from '../../xlsx/read-xlsx';
import { parseCsv } from '../csv-read';
import type { Output } from '../output';
import { text } from '../texts';
import { UsageError } from '../usage-error';

const OPTIONS: ReadOptions = { timeZone: DEFAULT_TIME_ZONE, dates: 'wall' };
const QUIET_BELOW = 10_000;

/** A file of a roll-up: the source, and the analysis when it is a workbook. */
export interface LoadedSource {
  readonly path: string;
  readonly source: FigureSource;
  readonly analysis: Analysis | null;
  /** The file's Recipients rows (a regional workbook's, beside its Returns). */
  readonly recipients: readonly RecipientRecord[];
}

function hasRows(source: WorkbookSource, name: string | undefined): boolean {
  if (name === undefined) return false;
  return source
    .values(name)
    .slice(1)
    .some((row) => row.some((cell) => !isBlank(cell)));
}

function fromReturn(path: string, source: WorkbookSource, sheet: string, lang: Lang): FigureSource {
  const read = readReturnSheet(source, sheet, OPTIONS, lang);
  if (!read.ok) {
    const [first = '', ...more] = read.problems;
    throw new UsageError(
      more.length === 0
        ? `${path}: ${first}`
        : `${path}: ${first} (${text('moreProblems', lang, { count: more.length })})`,
    );
  }
  return returnSource(path, read.ret);
}

/**
 * Reads one file of a roll-up. A workbook whose Committees sheet holds rows is computed from its
 * rows (its own Return sheet, if any, is not needed); otherwise its Returns (a regional
 * workbook) or its Return sheet is read; a .csv file is a return as `korgoo return` writes it.
 */
export async function loadSource(path: string, lang: Lang, output: Output): Promise<LoadedSource> {
  if (path.toLowerCase().endsWith('.csv')) {
    const rows = await readFile(path, 'utf8').catch(() => {
      throw new UnusableFileError('missing', path);
    });
    const name = SHEETS.return.labels.en;
    const source: WorkbookSource = { sheetNames: () => [name], values: () => parseCsv(rows) };
    return { path, source: fromReturn(path, source, name, lang), analysis: null, recipients: [] };
  }
  const source = await readXlsx(path, (sheet, rows) => {
    if (rows >= QUIET_BELOW) output.progress(text('reading', lang, { sheet, rows }));
  }).finally(() => output.progressDone());
  const names = locateSheets(source.sheetNames());
  if (!hasRows(source, names.committees)) {
    const sheet = hasRows(source, names.returns) ? names.returns : names.return;
    if (sheet !== undefined && hasRows(source, sheet)) {
      const recipients = hasRows(source, names.recipients)
        ? analyse(source, OPTIONS, todayIn()).dataset.recipients
        : [];
      return { path, source: fromReturn(path, source, sheet, lang), analysis: null, recipients };
    }
  }
  let analysis: Analysis;
  try {
    analysis = analyse(source, OPTIONS, todayIn());
  } catch (error) {
    if (error instanceof NotAKorgooWorkbookError) throw new UnusableFileError('not_korgoo', path);
    throw error;
  }
  return {
    path,
    source: workbookSource(path, analysis.dataset, workbookApprovalOf(analysis)),
    analysis,
    recipients: analysis.dataset.recipients,
  };
}

export async function loadSources(
  paths: readonly string[],
  lang: Lang,
  output: Output,
): Promise<LoadedSource[]> {
  const loaded: LoadedSource[] = [];
  for (const path of paths) loaded.push(await loadSource(path, lang, output));
  return loaded;
}
