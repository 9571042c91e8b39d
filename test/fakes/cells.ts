/**
 * Counts the cells fake Sheets calls move: read (every cell a 2-D getter returns) and written
 * (every cell a setter or a clear touches). On Google the data moved is the cost, so a bench
 * figure or a test can pin it as well as the number of calls.
 */
export class CellCounter {
  read = 0;
  written = 0;

  /** Cells read plus cells written. */
  total(): number {
    return this.read + this.written;
  }

  reset(): void {
    this.read = 0;
    this.written = 0;
  }
}
