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

/** Streams whose reader has gone (`korgoo report … | head -1`): what is left is dropped. */
const closed = new Set<NodeJS.WriteStream>();
let listening = false;

/**
 * A closed pipe ends the output quietly: no EPIPE stack trace, the command finishes its work
 * (files are still written) and exits with its own code.
 */
export function quietOnClosedPipe(): void {
  if (listening) return;
  listening = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
      closed.add(stream);
    });
  }
}

function write(stream: NodeJS.WriteStream, text: string): void {
  if (!closed.has(stream) && !stream.destroyed) stream.write(text);
}

export const processOutput: Output = {
  out: (line) => write(process.stdout, `${line}\n`),
  err: (line) => write(process.stderr, `${line}\n`),
  progress: (line) => {
    progressShown = true;
    write(process.stderr, interactive ? `\r${line}\x1b[K` : `${line}\n`);
  },
  progressDone: () => {
    if (progressShown && interactive) write(process.stderr, '\r\x1b[K');
    progressShown = false;
  },
};
