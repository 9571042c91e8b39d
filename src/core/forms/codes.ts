/**
 * Identifiers the intake assigns: Event IDs (`EV-000123`) and case codes (committee ID, year,
 * 4-digit sequence: `KANT-2026-0007`). Never reused: the next number is above both the last
 * one issued (a counter the caller keeps) and every one already in the sheet.
 */
import type { CellValue } from '../read/workbook';

const EVENT_ID = /^EV-(\d+)$/i;

export function formatEventId(n: number): string {
  return `EV-${String(n).padStart(6, '0')}`;
}

/** The highest Event ID number among the cells (0 when none). */
export function maxEventNumber(cells: readonly CellValue[]): number {
  let max = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const match = EVENT_ID.exec(cell.trim());
    if (match) max = Math.max(max, Number(match[1]));
  }
  return max;
}

export function casePrefix(committeeId: string, year: number): string {
  return `${committeeId}-${year}`;
}

export function formatCaseCode(committeeId: string, year: number, sequence: number): string {
  return `${casePrefix(committeeId, year)}-${String(sequence).padStart(4, '0')}`;
}

/** The highest sequence among the cells' case codes with this prefix (0 when none). */
export function maxCaseSequence(cells: readonly CellValue[], prefix: string): number {
  const head = `${prefix.toUpperCase()}-`;
  let max = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const code = cell.trim().toUpperCase();
    if (!code.startsWith(head)) continue;
    const rest = code.slice(head.length);
    if (/^\d{4,}$/.test(rest)) max = Math.max(max, Number(rest));
  }
  return max;
}

/** Hands out numbers above a floor, remembering the last one per key. */
export class Sequences {
  private readonly last = new Map<string, number>();

  constructor(private readonly floor: (key: string) => number) {}

  next(key: string): number {
    const n = Math.max(this.last.get(key) ?? 0, this.floor(key)) + 1;
    this.last.set(key, n);
    return n;
  }

  /** The last number handed out per key, to be saved as the new counters. */
  issued(): ReadonlyMap<string, number> {
    return this.last;
  }
}
