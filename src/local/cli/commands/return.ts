import { writeFile } from 'node:fs/promises';
import type { Lang } from '../../../core/i18n/lang';
import { DEFAULT_TIME_ZONE } from '../../../core/read/workbook';
import { buildReturn } from '../../../core/rollup/return';
import {
  RETURN_COLUMNS,
  type ReturnLine,
  returnLines,
  returnRows,
} from '../../../core/rollup/return-sheet';
import { workbookApprovalOf } from '../../../core/rollup/workbook-approval';
import { isoDate, type WallTime, wallTimeOfInstant } from '../../../core/time/wall-time';
import { writeXlsx } from '../../xlsx/write-xlsx';
import type { ParsedArgs } from '../args';
import { ArgsError, choiceOption, stringOption } from '../args';
import type { Output } from '../output';
import { csvField } from '../table';
import { text } from '../texts';
import { UsageError } from '../usage-error';
import { loadSource } from './load-sources';
import { refuseToOverwrite } from './overwrite';

/** `2026-11-26 08:05:00`: ISO, as BigQuery's DATETIME and DHIS2's import read it. */
function isoDateTime(wall: WallTime): string {
  return new Date(wall).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The long CSV: one line per committee, period and indicator, the schema's column keys as
 * header, region as its key, dates in ISO: ready for BigQuery or a DHIS2 data value import.
 */
export function returnCsv(lines: readonly ReturnLine[]): string[] {
  const out = [RETURN_COLUMNS.map((c) => c.key).join(',')];
  for (const l of lines) {
    out.push(
      [
        l.committeeId,
        l.committeeName,
        l.region ?? '',
        l.district ?? '',
        l.period,
        isoDate(l.from),
        isoDate(l.to),
        l.indicator,
        l.value,
        l.approval ?? '',
        isoDateTime(l.updatedAt),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return out;
}

function defaultOut(path: string, format: 'xlsx' | 'csv'): string {
  return `${path.replace(/\.xlsx$/i, '')}-return.${format}`;
}

async function write(path: string, format: 'xlsx' | 'csv', lines: ReturnLine[], lang: Lang) {
  if (format === 'csv') {
    await writeFile(path, `${returnCsv(lines).join('\n')}\n`, 'utf8');
    return;
  }
  // The .xlsx file holds the Return sheet only: nothing of the workbook's rows travels.
  const rows = returnRows(lines, lang, (wall) => new Date(wall));
  await writeXlsx(path, lang, { return: rows }, ['return']);
}

/** korgoo return FILE.xlsx [--out RETURN.xlsx] [--format xlsx|csv]: the workbook's return. */
export async function returnCommand(args: ParsedArgs, output: Output): Promise<number> {
  const path = args.positionals[0];
  if (!path) throw new ArgsError('FILE.xlsx');
  const format = choiceOption(args, 'format', ['xlsx', 'csv'] as const);
  const out = stringOption(args, 'out') ?? defaultOut(path, format);
  const again = `korgoo return ${path} --out ${out} --force`;
  if (await refuseToOverwrite(out, args, output, again)) return 2;
  const { analysis } = await loadSource(path, args.lang, output);
  if (analysis === null) throw new UsageError(text('returnIsNoWorkbook', args.lang, { path }));
  const now = wallTimeOfInstant(new Date(), DEFAULT_TIME_ZONE);
  const ret = buildReturn(analysis.dataset, now, workbookApprovalOf(analysis));
  const lines = returnLines(ret);
  await write(out, format, lines, args.lang);
  output.out(
    text('returnWritten', args.lang, {
      path: out,
      committees: ret.committees.length,
      periods: ret.periods.length,
      lines: lines.length,
    }),
  );
  return 0;
}
