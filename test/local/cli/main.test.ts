import { execFile } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** Whether running the built command line with `args` loaded exceljs (dist/ is built by npm test). */
function loadsExcelJs(args: readonly string[]): Promise<boolean> {
  const script = [
    `process.argv = [process.argv[0], 'korgoo', ${args.map((a) => JSON.stringify(a)).join(', ')}];`,
    `require(${JSON.stringify(join(ROOT, 'bin', 'korgoo.js'))});`,
    "process.on('exit', () => process.stderr.write('EXCELJS=' + Object.keys(require.cache).some((k) => k.includes('/node_modules/exceljs/'))));",
  ].join('\n');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script], { encoding: 'utf8' }, (_error, _stdout, stderr) => {
      const found = /EXCELJS=(true|false)/.exec(stderr);
      if (found) resolve(found[1] === 'true');
      else reject(new Error(`no answer from the child: ${stderr}`));
    });
  });
}

test('korgoo --help and validate --help do not load exceljs (0.3 s); init, which writes, does', async () => {
  // Each its own process, all three at once.
  const [help, validateHelp, init] = await Promise.all([
    loadsExcelJs(['--help']),
    loadsExcelJs(['validate', '--help']),
    loadsExcelJs(['init', join(ROOT, 'dist', 'never-written-dir', 'x.xlsx')]),
  ]);
  expect(help).toBe(false);
  expect(validateHelp).toBe(false);
  expect(init).toBe(true);
});
