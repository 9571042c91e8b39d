import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDemoRows } from '../../../core/demo';
import { DEMO_WORKLIST_DAY } from '../../../core/demo/worklist';
import { worklistOf } from '../../../core/worklist';
import { todayIn } from '../../load';
import { writeXlsx } from '../../xlsx/write-xlsx';
import type { ParsedArgs } from '../args';
import type { Output } from '../output';
import { text } from '../texts';
import { writeDigests } from './digest';
import { worklistLines } from './due';
import { loadWorkbook } from './load-workbook';
import { refuseToOverwrite } from './overwrite';
import { buildReport, reportTable } from './report';
import { problemsText } from './validate';

/** The demo programme's last month: its digests go into DIR/outbox. */
export const DEMO_DIGEST_MONTH = '2026-10';

/**
 * korgoo demo [DIR] [--force]: writes DIR/demo.xlsx (never over an existing one without
 * --force), then checks it and prints its since-start figures exactly as `korgoo validate` and
 * `korgoo report --period all` would.
 */
export async function demoCommand(args: ParsedArgs, output: Output): Promise<number> {
  const dir = args.positionals[0] ?? '.';
  const path = join(dir, 'demo.xlsx');
  // A coordinator may have started filling in the demo: it is never lost without --force.
  if (await refuseToOverwrite(path, args, output, `korgoo demo ${dir} --force`)) return 2;
  await mkdir(dir, { recursive: true });
  await writeXlsx(path, args.lang, buildDemoRows(args.lang));
  output.out(text('demoWritten', args.lang, { path }));
  output.out('');
  const analysis = await loadWorkbook(path, args.lang, output);
  for (const line of problemsText(analysis, args.lang)) output.out(line);
  output.out('');
  const { period, json } = buildReport(analysis, { period: 'all' }, args.lang, todayIn());
  for (const line of reportTable(json, period, args.lang)) output.out(line);
  output.out('');
  // The demo's last month, as each recipient of its Recipients sheet would receive it.
  await writeDigests(analysis, DEMO_DIGEST_MONTH, join(dir, 'outbox'), null, args.lang, output);
  output.out('');
  // The worklist the day after the last month, as `korgoo due demo.xlsx --date 2026-11-01` gives it.
  const items = worklistOf(analysis, DEMO_WORKLIST_DAY);
  for (const line of worklistLines(analysis, items, DEMO_WORKLIST_DAY, args.lang)) output.out(line);
  return 0;
}
