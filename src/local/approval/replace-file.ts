import { copyFile, rename, rm } from 'node:fs/promises';
import type { ApprovalPlan } from '../../core/approval/plan';
import type { Lang } from '../../core/i18n/lang';
import type { WorkbookSource } from '../../core/read/workbook';
import { MAX_CELLS, readXlsx } from '../xlsx/read-xlsx';
import { writeWithApprovals } from './append-xlsx';
import { firstDifference } from './same-cells';

/** Why the workbook was left as it was: the step that failed and what it said. */
export class NotReplacedError extends Error {
  constructor(
    readonly step: 'write' | 'check' | 'backup' | 'replace',
    readonly detail: string,
  ) {
    super(`${step}: ${detail}`);
  }
}

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Appends the plan's rows to the workbook file without ever losing it: a new file is written
 * beside it, read back and compared cell by cell with the original (`original`, every sheet of
 * `path` as the caller read it: not read a second time, a large workbook takes seconds), the
 * original is kept as FILE.xlsx.bak, and only then is the new file renamed over it (one atomic
 * step). Any failure leaves the original as it was and removes the new file; so does a change
 * made to the file since `original` was read, which the comparison finds.
 */
export async function replaceWithApprovals(
  path: string,
  original: WorkbookSource,
  plan: ApprovalPlan,
  lang: Lang,
): Promise<void> {
  const fresh = `${path}.new.xlsx`;
  const fail = async (step: NotReplacedError['step'], error: unknown): Promise<never> => {
    await rm(fresh, { force: true }).catch(() => undefined);
    throw error instanceof NotReplacedError ? error : new NotReplacedError(step, message(error));
  };
  const appended = await writeWithApprovals(path, fresh, plan, lang).catch((e) => fail('write', e));
  try {
    const after = await readXlsx(fresh, undefined, MAX_CELLS, true);
    const difference = firstDifference(original, after, appended);
    if (difference !== null) throw new NotReplacedError('check', difference);
  } catch (error) {
    await fail('check', error);
  }
  await copyFile(path, `${path}.bak`).catch((e) => fail('backup', e));
  await rename(fresh, path).catch((e) => fail('replace', e));
}
