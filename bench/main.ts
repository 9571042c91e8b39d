import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../src/core/analyse';
import { buildDigestContent, renderDigest } from '../src/core/digest';
import { computeAllMonths } from '../src/core/indicators';
import type { CellValue, WorkbookSource } from '../src/core/read/workbook';
import { SHEETS } from '../src/core/schema/sheets';
import { type WallTime, wallTime } from '../src/core/time/wall-time';
import { readXlsx } from '../src/local/xlsx/read-xlsx';
import { writeXlsx } from '../src/local/xlsx/write-xlsx';
import { intakeFigures } from './gas-calls';
import { intakeCellFigures } from './intake-cells';
import { personalDataFigures } from './personal-data';
import { type Sheets, splitByRegion } from './split-by-region';
import { BENCH_SIZE, syntheticProgramme } from './synthetic';
import { addOnFigures } from './validate-calls';
import { validateCellFigures } from './validate-cells';

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

/** A programme of 10,000 events: the size of most committees' workbooks, and then some. */
const SMALL_SIZE = {
  ...BENCH_SIZE,
  committees: 10,
  events: 10_000,
  cases: 2_000,
  followups: 4_000,
};
const RUNS = 3;

const korgooBin = (): string => join(__dirname, '..', 'bin', 'korgoo.js');

/** Runs a command and returns its whole-process time (start, load, work, exit) and stderr. */
function timedSpawn(command: readonly string[]): {
  ms: number;
  stderr: string;
  status: number | null;
} {
  const [program, ...args] = command as [string, ...string[]];
  const start = performance.now();
  const child = spawnSync(program, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ms: Math.round(performance.now() - start), stderr: child.stderr, status: child.status };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function medianMs(run: () => { ms: number }): number {
  return median(Array.from({ length: RUNS }, () => run().ms));
}

/** One `korgoo report FILE… --period all --format json`: its whole-process time and peak RSS. */
function reportOnce(
  file: string | readonly string[],
  bin: string,
): { ms: number; peakRssMb: number } {
  // The preload prints the child's peak RSS when it exits, so the figure is the report's own.
  const child = timedSpawn([
    process.execPath,
    '--require',
    join(__dirname, '..', 'scripts', 'print-peak-rss.cjs'),
    bin,
    'report',
    ...(typeof file === 'string' ? [file] : file),
    '--period',
    'all',
    '--format',
    'json',
  ]);
  if (child.status !== 0)
    throw new Error(`korgoo report failed (${child.status}): ${child.stderr}`);
  const rss = /KORGOO_PEAK_RSS_KB=(\d+)/.exec(child.stderr);
  return { ms: child.ms, peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : -1 };
}

/**
 * The report of each build on one file, RUNS times, the builds taking turns (so a busy moment
 * of the computer falls on both): the median time and peak RSS of each.
 */
function medianReports(
  file: string | readonly string[],
  bins: readonly string[],
): { ms: number; peakRssMb: number }[] {
  const runs = bins.map(() => [] as { ms: number; peakRssMb: number }[]);
  for (let i = 0; i < RUNS; i++)
    bins.forEach((bin, b) => {
      runs[b]?.push(reportOnce(file, bin));
    });
  return runs.map((list) => ({
    ms: median(list.map((run) => run.ms)),
    peakRssMb: median(list.map((run) => run.peakRssMb)),
  }));
}

/**
 * The roll-up (issue 15): the programme split into three regional workbooks, `korgoo return` on
 * each, then `korgoo report` over the three returns, whole process, against the whole workbook.
 */
async function rollupFigures(
  sheets: Sheets,
  wholeFile: string,
  dir: string,
  today: WallTime,
  log: (line: string) => void,
) {
  log('bench: three regional workbooks and their returns…');
  const groups = [
    ['chui', 'talas', 'batken'],
    ['issyk_kul', 'jalal_abad'],
    ['naryn', 'osh'],
  ];
  const parts = splitByRegion(sheets, groups, { timeZone: 'Asia/Bishkek', dates: 'wall' }, today);
  const returns: string[] = [];
  const returnMs: number[] = [];
  for (const [i, part] of parts.entries()) {
    const workbook = join(dir, `region-${i}.xlsx`);
    await writeXlsx(workbook, 'en', withoutHeaders(part));
    const out = join(dir, `region-${i}-return.xlsx`);
    const child = timedSpawn([process.execPath, korgooBin(), 'return', workbook, '--out', out]);
    if (child.status !== 0) throw new Error(`korgoo return failed: ${child.stderr}`);
    returnMs.push(child.ms);
    returns.push(out);
  }
  log('bench: korgoo report --period all over the three returns…');
  const figuresOf = (files: readonly string[]) => {
    const child = spawnSync(
      process.execPath,
      [korgooBin(), 'report', ...files, '--period', 'all', '--format', 'json'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const json = JSON.parse(child.stdout) as { indicators: unknown; byCommittee: object };
    // Committees in ID order: the whole lists them in its sheet's order, a roll-up by source.
    const byCommittee = Object.entries(json.byCommittee).sort(([a], [b]) => (a < b ? -1 : 1));
    return JSON.stringify([json.indicators, byCommittee]);
  };
  const matches = figuresOf(returns) === figuresOf([wholeFile]);
  const [overReturns] = medianReports(returns, [korgooBin()]) as [
    { ms: number; peakRssMb: number },
  ];
  return {
    rollupMatchesWhole: matches,
    rollupReturnXlsxMs: Math.max(...returnMs),
    rollupReport3ReturnsMs: overReturns.ms,
    rollupReport3ReturnsPeakRssMb: overReturns.peakRssMb,
  };
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
    const writeStart = performance.now();
    await writeXlsx(file, 'en', withoutHeaders(sheets));
    const writeXlsxMs = Math.round(performance.now() - writeStart);
    log('bench: reading the .xlsx…');
    const readStart = performance.now();
    await readXlsx(file);
    const readXlsxMs = Math.round(performance.now() - readStart);
    log('bench: korgoo report --period all on the .xlsx…');
    // Side by side with another build (e.g. the previous main) when KORGOO_REFERENCE names it.
    const referenceBin = process.env.KORGOO_REFERENCE;
    const [report, reference] = medianReports(file, [
      korgooBin(),
      ...(referenceBin ? [referenceBin] : []),
    ]) as [{ ms: number; peakRssMb: number }, { ms: number; peakRssMb: number } | undefined];
    log('bench: a 10,000-event file…');
    const smallFile = join(dir, 'bench-10k.xlsx');
    await writeXlsx(smallFile, 'en', withoutHeaders(syntheticProgramme(SMALL_SIZE)));
    const [small] = medianReports(smallFile, [korgooBin()]) as [{ ms: number; peakRssMb: number }];
    const rollup = await rollupFigures(sheets, file, dir, today, log);
    log('bench: korgoo --help against node -e 0…');
    const nodeStartMs = medianMs(() => timedSpawn([process.execPath, '-e', '0']));
    const cliStartMs = medianMs(() => timedSpawn([process.execPath, korgooBin(), '--help']));
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
      writeXlsxMs,
      readXlsxMs,
      reportXlsxMs: report.ms,
      peakRssMb: report.peakRssMb,
      ...(reference
        ? { referenceReportXlsxMs: reference.ms, referencePeakRssMb: reference.peakRssMb }
        : {}),
      ...rollup,
      report10kXlsxMs: small.ms,
      report10kPeakRssMb: small.peakRssMb,
      cliStartMs,
      nodeStartMs,
      ...addOnFigures(),
      ...validateCellFigures(),
      ...intakeFigures(),
      ...intakeCellFigures(),
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
