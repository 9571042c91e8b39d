/** Where a command writes: stdout for results, stderr for progress and errors (tests capture both). */
export interface Output {
  out(line: string): void;
  err(line: string): void;
  /** Progress of long work: redrawn on one line on a terminal, a line per step elsewhere. */
  progress(line: string): void;
  progressDone(): void;
}

const interactive = Boolean(process.stderr.isTTY);
let progressShown = false;

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: (line) => {
    progressShown = true;
    process.stderr.write(interactive ? `\r${line}\x1b[K` : `${line}\n`);
  },
  progressDone: () => {
    if (progressShown && interactive) process.stderr.write('\r\x1b[K');
    progressShown = false;
  },
};
