import { dirname, join } from 'node:path';
import type { Analysis } from '../../../core/analyse';
import { activeRecipients, safeUrl } from '../../../core/digest';
import type { Lang } from '../../../core/i18n/lang';
import { monthYearLabel } from '../../../core/i18n/months';
import { buildRollupDigest } from '../../../core/rollup/digest';
import { mergeDatasets } from '../../../core/rollup/merge-datasets';
import { RollupError } from '../../../core/rollup/rollup';
import type { OutboxEntry } from '../../eml/index-page';
import { writeOutbox, writeOutboxOf } from '../../eml/write-outbox';
import { todayIn } from '../../load';
import type { ParsedArgs } from '../args';
import { ArgsError, stringOption } from '../args';
import type { Output } from '../output';
import { text } from '../texts';
import { digestMonth } from './digest-month';
import { loadSources } from './load-sources';
import { UsageError } from './report';
import { rollupOf } from './rollup-report';

/**
 * The spreadsheet link asked for with --url, or null without one. The digest links only to an
 * https address (anything else would be left out silently): any other is refused, with a line.
 */
export function digestUrl(value: string | undefined, lang: Lang): string | null {
  if (value === undefined) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {
    parsed = null;
  }
  if (parsed?.protocol !== 'https:' || parsed.hostname === '' || safeUrl(value) === null) {
    throw new UsageError(text('badUrl', lang, { value }));
  }
  return value;
}

/** Writes the outbox and says what went where. */
export async function writeDigests(
  analysis: Analysis,
  month: string,
  dir: string,
  url: string | null,
  lang: Lang,
  output: Output,
): Promise<number> {
  return sayWritten(await writeOutbox(analysis, month, dir, url), month, dir, lang, output);
}

export function sayWritten(
  entries: readonly OutboxEntry[],
  month: string,
  dir: string,
  lang: Lang,
  output: Output,
): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const title = monthYearLabel(year, m - 1, lang);
  // Inside a Russian sentence the month is lower case: «Сводки за октябрь 2026».
  const label = lang === 'ru' ? title.toLocaleLowerCase('ru') : title;
  if (entries.length === 0) output.out(text('digestNoRecipients', lang, { month: label }));
  else output.out(text('digestWritten', lang, { month: label, count: entries.length, dir }));
  for (const entry of entries) output.out(`  ${join(dir, entry.file)}  ${entry.email}`);
  return entries.length;
}

/**
 * korgoo digest FILE.xlsx… [--month 2026-10] [--outbox DIR] [--url URL]: one .eml per active
 * recipient and an index, rendered by the code the add-on sends with. Nothing is sent. Several
 * workbooks give the digest of all their rows; returns among them give the roll-up's digest.
 */
export async function digestCommand(args: ParsedArgs, output: Output): Promise<number> {
  const path = args.positionals[0];
  if (!path) throw new ArgsError('FILE.xlsx');
  const month = digestMonth(stringOption(args, 'month'), todayIn(), args.lang);
  const url = digestUrl(stringOption(args, 'url'), args.lang);
  const dir = stringOption(args, 'outbox') ?? join(dirname(path), 'outbox');
  const loaded = await loadSources(args.positionals, args.lang, output);
  const only = loaded.length === 1 ? loaded[0]?.analysis : null;
  if (only) {
    await writeDigests(only, month, dir, url, args.lang, output);
    return 0;
  }
  const rollup = rollupOf(loaded, args.lang);
  const analyses = loaded.map((l) => l.analysis);
  const entries = analyses.every((a): a is Analysis => a !== null)
    ? await writeOutbox(
        { ...analyses[0], dataset: mergeDatasets(analyses.map((a) => a.dataset)) } as Analysis,
        month,
        dir,
        url,
      )
    : await writeOutboxOf(
        activeRecipients({ recipients: loaded.flatMap((l) => l.recipients) }),
        (request) => {
          try {
            return buildRollupDigest(rollup, request);
          } catch (error) {
            if (error instanceof RollupError) throw new UsageError(error.text(args.lang));
            throw error;
          }
        },
        month,
        dir,
        url,
      );
  sayWritten(entries, month, dir, args.lang, output);
  return 0;
}
