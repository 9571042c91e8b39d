import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDemoRows } from '../../core/demo';
import { errorText } from '../../core/error-text';
import { writeXlsx } from '../xlsx/write-xlsx';
import { startPreview } from './server';

const DEFAULT_PORT = 8765;
/** The project's root: this file runs as dist/sidebar-server.js. */
const ROOT = resolve(__dirname, '..');
const USAGE =
  'npm run sidebar -- [FILE.xlsx] [--port N]   (default: ./demo.xlsx, port $KORGOO_SIDEBAR_PORT or 8765)';

function portOf(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`not a port: ${text}\n${USAGE}`);
  return port;
}

/** npm run sidebar: the sidebar on 127.0.0.1 against a local .xlsx (the demo by default). */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const workbook = resolve(positionals[0] ?? 'demo.xlsx');
  if (!existsSync(workbook)) {
    if (positionals[0] !== undefined) throw new Error(`no such file: ${workbook}`);
    await writeXlsx(workbook, 'ru', buildDemoRows('ru'));
    console.error(`wrote the demo workbook: ${workbook}`);
  }
  const preview = await startPreview({
    workbook,
    sidebarHtml: resolve(ROOT, 'build', 'Sidebar.html'),
    localCss: resolve(ROOT, 'src', 'ui', 'addon-local.css'),
    port: portOf(values.port ?? process.env.KORGOO_SIDEBAR_PORT),
  });
  console.log(`Korgoo sidebar preview: ${preview.url}  (${workbook}; Ctrl+C stops it)`);
}

main().catch((error: unknown) => {
  console.error(errorText(error));
  process.exitCode = 1;
});
