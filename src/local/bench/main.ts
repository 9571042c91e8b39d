import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../../core/analyse';
import { buildDigestContent, renderDigest } from '../../core/digest';
import { computeAllMonths } from '../../core/indicators';
import type { CellValue, WorkbookSource } from '../../core/read/workbook';
import { SHEETS } from '../../core/schema/sheets';
import { wallTime } from '../../core/time/wall-time';
import { writeXlsx } from '../xlsx/write-xlsx';
import { intakeFigures } from './gas-calls';
import { personalDataFigures } from './personal-data';
import { BENCH_SIZE, syntheticProgramme } from './synthetic';
import { addOnFigures } from './validate-calls';

/**
 * npm run bench: the figures of issue #2 (and later issues) on a synthetic programme of 50
 * committees over 5 years. Progress goes to stderr; the LAST line of stdout is one JSON object.
 */
function memorySource(sheets: Record<string, CellValue[][]>): WorkbookSource {
  const byName = new Map(
    Object.entries(sheets).map(([key, rows]) => [
      SHEETS[key as keyof typeof SHEETS].labels.en,
      rows,
    ]),
  );
  return { sheetNames: () => [...byName.keys()], values: (name) => byName.get(name) ?? [] };
}

/** writeXlsx writes the header row itself. */
function withoutHeaders(sheets: Record<string, CellValue[][]>): Record<string, CellValue[][]> {
  return Object.fromEntries(Object.entries(sheets).map(([key, rows]) => [key, rows.slice(1)]));
}

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, Math.round(performance.now() - start)];
}

async function main(): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log('bench: generating the synthetic programme…');
  const sheets = syntheticProgramme(BENCH_SIZE);
  const source = memorySource(sheets);
  const today = wallTime(2026, 11, 26);
  const [analysis, parseValidateMs] = timed(() =>
    analyse(source, { timeZone: 'Asia/Bishkek', dates: 'wall' }, today),
  );
  const [months, indicatorsAllMonthsMs] = timed(() => computeAllMonths(analysis.dataset));
  log(
    `bench: parse + validate ${parseValidateMs} ms, ${months.length} months of indicators ${indicatorsAllMonthsMs} ms`,
  );
  // One month's digest for one recipient (every region, no threshold): content and rendering.
  const [digest, digestMs] = timed(() =>
    renderDigest(
      buildDigestContent(analysis, {
        month: '2026-10',
        recipient: { language: 'ru', region: null, threshold: null },
        spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/bench/edit',
      }),
    ),
  );
  const digestHtmlBytes = Buffer.byteLength(digest.html);
  log(`bench: digest for 2026-10 ${digestMs} ms, HTML ${Math.round(digestHtmlBytes / 1024)} KB`);

  const dir = mkdtempSync(join(tmpdir(), 'korgoo-bench-'));
  try {
    const file = join(dir, 'bench.xlsx');
    log('bench: writing the .xlsx…');
    await writeXlsx(file, 'en', withoutHeaders(sheets));
    log('bench: korgoo report --period all on the .xlsx…');
    const start = performance.now();
    // The preload prints the child's peak RSS when it exits, so the figure is the report's own.
    const child = spawnSync(
      process.execPath,
      [
        '--require',
        join(__dirname, '..', 'scripts', 'print-peak-rss.cjs'),
        join(__dirname, '..', 'bin', 'korgoo.js'),
        'report',
        file,
        '--period',
        'all',
        '--format',
        'json',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const reportXlsxMs = Math.round(performance.now() - start);
    if (child.status !== 0)
      throw new Error(`korgoo report failed (${child.status}): ${child.stderr}`);
    const rss = /KORGOO_PEAK_RSS_KB=(\d+)/.exec(child.stderr);
    const peakRssMb = rss ? Math.round(Number(rss[1]) / 1024) : -1;
    const figures = {
      events: sheets.events.length - 1,
      cases: sheets.cases.length - 1,
      followups: sheets.referrals.length - 1 + sheets.assistance.length - 1,
      problems: analysis.problems.length,
      excludedRows: analysis.dataset.excludedRows,
      parseValidateMs,
      indicatorsAllMonthsMs,
      months: months.length,
      digestMs,
      digestHtmlBytes,
      reportXlsxMs,
      peakRssMb,
      ...addOnFigures(),
      ...intakeFigures(),
      ...personalDataFigures(),
      benchPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
