/**
 * The built command as a user runs it (`npm test` builds dist/ first): its output into a pipe
 * whose reader has gone, as in `korgoo report … | head -1`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { writtenByKorgoo } from '../xlsx/written';

const BIN = join(__dirname, '..', '..', '..', 'bin', 'korgoo.js');

/** Runs korgoo with its stdout a pipe that is closed before the command writes to it. */
function runIntoClosedPipe(
  args: readonly string[],
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes away at once, as `head -1` does after its line.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('korgoo writing into a closed pipe', () => {
  test('report ends quietly with exit 0: no EPIPE, no stack trace', async () => {
    // The empty workbook `korgoo init` writes (the same writeXlsx call), kept between runs:
    // writing it in a child process that loads exceljs took as long as the three reports.
    const workbook = await writtenByKorgoo('empty', 'ru', {});
    // The three formats run at once: each is its own process, so none waits for another.
    const results = await Promise.all(
      ['table', 'json', 'csv'].map((format) =>
        runIntoClosedPipe(['report', workbook, '--period', '2026-10', '--format', format]),
      ),
    );
    for (const result of results) expect(result).toEqual({ code: 0, stderr: '' });
  });

  test('--help into a closed pipe ends quietly too', async () => {
    expect(await runIntoClosedPipe(['--help'])).toEqual({ code: 0, stderr: '' });
  });
});
