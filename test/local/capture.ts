import type { Output } from '../../src/local/cli/output';

/** An Output that keeps what a command printed, for assertions. */
export function captureOutput(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    progress: (line) => stderr.push(line),
    progressDone: () => undefined,
  };
}
