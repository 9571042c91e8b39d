/**
 * Workbooks and a preview server for the sidebar's browser tests: the demo as `korgoo demo`
 * writes it, and the demo with XSS payloads in committee names, topics and problem values.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoRows } from '../../src/core/demo';
import type { CellValue } from '../../src/core/read/workbook';
import { type DataSheetKey, SHEETS } from '../../src/core/schema/sheets';
import type { WallTime } from '../../src/core/time/wall-time';
import { type Preview, startPreview } from '../../src/local/sidebar-server/server';
import { writeXlsx } from '../../src/local/xlsx/write-xlsx';

export const ROOT = join(__dirname, '..', '..');
const SIDEBAR_HTML = join(ROOT, 'build', 'Sidebar.html');

/** build/Sidebar.html, built unless `npm run test:e2e` just did. */
export function ensureSidebarBuilt(): void {
  const built = existsSync(SIDEBAR_HTML) ? statSync(SIDEBAR_HTML).mtimeMs : 0;
  if (built < Date.now() - 10 * 60_000)
    execFileSync('node', ['scripts/build-gas.mjs'], { cwd: ROOT, stdio: 'pipe' });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'korgoo-sidebar-'));
}

/** The demo workbook as `korgoo demo DIR` writes it (Russian). */
export async function writeDemo(dir: string): Promise<string> {
  const path = join(dir, 'demo.xlsx');
  await writeXlsx(path, 'ru', buildDemoRows('ru'));
  return path;
}

/** Each payload sets a window flag or opens a dialog if it ever runs. */
export const XSS = {
  script: '<script>window.__xss="script"</script>',
  img: '<img src=x onerror="window.__xss=\'img\'">',
  imgAlert: '<img src=x onerror=alert(1)>',
  svg: '"><svg onload="window.__xss=\'svg\'">',
  closeScript: '</script><script>window.__xss="close-script"</script>',
  jsLink: '<a href="javascript:window.__xss=\'link\'" id="xss-link">click me</a>',
  iframe: '<iframe srcdoc="<script>parent.__xss=\'iframe\'</script>"></iframe>',
  style: '</style><script>window.__xss="style"</script>',
} as const;

function columnOf(sheet: DataSheetKey, key: string): number {
  const index = SHEETS[sheet].columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`no column ${key} in ${sheet}`);
  return index;
}

function setCell(rows: CellValue[][], row: number, column: number, value: CellValue): void {
  const target = rows[row];
  if (!target) throw new Error(`no row ${row}`);
  target[column] = value;
}

/**
 * The demo with payloads: committee names; event topics (some with a phone number, so they
 * come back as problem values); Participants and Date cells that fail validation with a
 * payload as their value.
 */
export async function writeXssDemo(dir: string): Promise<string> {
  const rows = buildDemoRows('ru');
  const name = columnOf('committees', 'name');
  const payloads = Object.values(XSS);
  for (let i = 0; i < rows.committees.length; i++) {
    setCell(rows.committees, i, name, payloads[i % payloads.length] ?? '');
  }
  const topic = columnOf('events', 'topic');
  const participants = columnOf('events', 'participants');
  const date = columnOf('events', 'date');
  payloads.forEach((payload, i) => {
    setCell(rows.events, i, topic, `${payload} +996 555 123 45${i}`);
    setCell(rows.events, 20 + i, participants, payload);
  });
  setCell(rows.events, 40, date, XSS.closeScript);
  const path = join(dir, 'xss.xlsx');
  await writeXlsx(path, 'en', rows);
  return path;
}

export function preview(
  workbook: string,
  delayMs: number | ((args: readonly unknown[]) => number) = 0,
  today?: WallTime,
): Promise<Preview> {
  return startPreview({
    workbook,
    sidebarHtml: SIDEBAR_HTML,
    localCss: join(ROOT, 'src', 'ui', 'addon-local.css'),
    port: 0,
    delayMs,
    ...(today === undefined ? {} : { today }),
  });
}

/** `korgoo report FILE --format json …` through the built command line. */
export function cliReport(file: string, ...args: string[]): { indicators: Record<string, number> } {
  const out = execFileSync(
    'node',
    [join(ROOT, 'bin', 'korgoo.js'), 'report', file, '--format', 'json', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as { indicators: Record<string, number> };
}
