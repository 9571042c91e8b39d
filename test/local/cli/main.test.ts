import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** Whether running the built command line with `args` loaded exceljs (dist/ is built by npm test). */
function loadsExcelJs(args: readonly string[]): boolean {
  const script = [
    `process.argv = [process.argv[0], 'korgoo', ${args.map((a) => JSON.stringify(a)).join(', ')}];`,
    `require(${JSON.stringify(join(ROOT, 'bin', 'korgoo.js'))});`,
    "process.on('exit', () => process.stderr.write('EXCELJS=' + Object.keys(require.cache).some((k) => k.includes('/node_modules/exceljs/'))));",
  ].join('\n');
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const found = /EXCELJS=(true|false)/.exec(child.stderr);
  if (!found) throw new Error(`no answer from the child: ${child.stderr}`);
  return found[1] === 'true';
}

test('korgoo --help and validate --help do not load exceljs (0.3 s); init, which writes, does', () => {
  expect(loadsExcelJs(['--help'])).toBe(false);
  expect(loadsExcelJs(['validate', '--help'])).toBe(false);
  expect(loadsExcelJs(['init', join(ROOT, 'dist', 'never-written-dir', 'x.xlsx')])).toBe(true);
});
