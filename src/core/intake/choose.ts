/**
 * Which rows of a response sheet a scan takes in: not taken in (status ✓), not known to the
 * ledger, each response once, at most `room`. A row the ledger knows gets its status back; a
 * ✓ row the ledger lacks (taken in before the ledger existed) is added to it.
 */
import type { LedgerEntry } from './ledger-entry';
import { type IntakeCandidate, type IntakeOutcome, restoredOutcome } from './plan';

export interface ScannedRow {
  readonly candidate: IntakeCandidate;
  /** Whether its status says taken in (✓), and that status. */
  readonly takenIn: boolean;
  readonly status: string;
}

export interface Choice {
  readonly candidates: readonly IntakeCandidate[];
  readonly restored: readonly IntakeOutcome[];
  readonly known: readonly LedgerEntry[];
  /** Responses left for a later run: there was no room. */
  readonly left: number;
}

export function choosePending(
  rows: readonly ScannedRow[],
  statusOf: (fingerprint: string) => string | undefined,
  room: number,
): Choice {
  const candidates: IntakeCandidate[] = [];
  const restored: IntakeOutcome[] = [];
  const known: LedgerEntry[] = [];
  const seen = new Set<string>();
  let left = 0;
  for (const { candidate, takenIn, status } of rows) {
    const { fingerprint } = candidate;
    if (takenIn) {
      known.push({ fingerprint, status });
      continue;
    }
    const earlier = statusOf(fingerprint);
    if (earlier !== undefined) {
      restored.push(restoredOutcome(candidate, earlier));
      continue;
    }
    // The same response twice in one sheet (a row pasted again) is taken in once.
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    if (candidates.length >= room) {
      left++;
      continue;
    }
    candidates.push(candidate);
  }
  return { candidates, restored, known, left };
}
