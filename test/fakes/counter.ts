/**
 * Counts calls to fake services by "Class.method", so tests can pin how many Sheets round
 * trips an operation costs (e.g. the same number for 10 rows and for 10,000 rows).
 */
import { CellCounter } from './cells';
import { permissionMessage, scopesOf } from './scopes';

export class CallCounter {
  /** Calls by name; `n` counted since the last reset (an entry is made at a name's first call). */
  private readonly counts = new Map<string, { n: number }>();
  /** Names whose scopes were checked against the grant in force (cleared when it changes). */
  private readonly allowed = new Set<string>();
  /** Cells the Sheets calls read and wrote (reset with the calls). */
  readonly cells = new CellCounter();
  /** The scopes the user granted (the manifest's); null: no check (the fakes' own tests). */
  private granted: ReadonlySet<string> | null = null;

  /**
   * From now on a call none of whose scopes (test/fakes/scopes.ts) was granted throws Google's
   * "You do not have permission to call …", as Apps Script does.
   */
  grantScopes(scopes: readonly string[] | null): void {
    this.granted = scopes === null ? null : new Set(scopes);
    this.allowed.clear();
  }

  /** Records one call; fakes call this at the top of every public method. */
  hit(name: string): void {
    // Millions of calls in the suite, of a few hundred names: each checked once per grant.
    if (this.granted !== null && !this.allowed.has(name)) {
      const needed = scopesOf(name);
      const granted = this.granted;
      if (needed.length > 0 && !needed.some((scope) => granted.has(scope)))
        throw new Error(permissionMessage(name, needed));
      this.allowed.add(name);
    }
    const entry = this.counts.get(name);
    if (entry) entry.n++;
    else this.counts.set(name, { n: 1 });
  }

  /** A call read `n` cells (values, notes, backgrounds, … of a range). */
  cellsRead(n: number): void {
    this.cells.read += n;
  }

  /** A call wrote `n` cells (set, cleared or appended). */
  cellsWritten(n: number): void {
    this.cells.written += n;
  }

  /** Calls of one method, e.g. count('Range.getValues'). */
  count(name: string): number {
    return this.counts.get(name)?.n ?? 0;
  }

  total(): number {
    let sum = 0;
    for (const { n } of this.counts.values()) sum += n;
    return sum;
  }

  /** Sum over every method whose name starts with the prefix, e.g. byPrefix('Range.'). */
  byPrefix(prefix: string): number {
    let sum = 0;
    for (const [name, { n }] of this.counts) if (name.startsWith(prefix)) sum += n;
    return sum;
  }

  /**
   * Calls that cost a Sheets round trip: any method on a Spreadsheet, Sheet, Range, TextFinder
   * or RangeList, and every request of the Sheets advanced service (API v4).
   */
  sheetsCalls(): number {
    return (
      this.byPrefix('Sheets.') +
      this.byPrefix('Spreadsheet.') +
      this.byPrefix('Sheet.') +
      this.byPrefix('Range.') +
      this.byPrefix('TextFinder.') +
      this.byPrefix('RangeList.')
    );
  }

  /** Snapshot of all non-zero counts, sorted by name, for readable test failures. */
  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const name of [...this.counts.keys()].sort()) out[name] = this.counts.get(name)?.n ?? 0;
    return out;
  }

  reset(): void {
    this.counts.clear();
    this.cells.reset();
  }
}
