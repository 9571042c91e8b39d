/** One response in the intake ledger: its fingerprint and the status it was taken in with. */
export interface LedgerEntry {
  readonly fingerprint: string;
  /** The status the response's row shows: "✓ EV-000123 → Events, row 17". */
  readonly status: string;
}
