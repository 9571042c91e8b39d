/**
 * Intake as a plan: from the responses to take in, the sheets they go to and the counters, the
 * rows to write, the IDs they get, the counters to save and every response's status and Log
 * text. Pure: the adapter reads, calls these, writes (src/gas/forms/intake.ts). An Event ID or
 * case code is above both its counter and every one in the sheet, so none is handed out twice.
 */

import { errorText } from '../error-text';
import {
  casePrefix,
  formatCaseCode,
  formatEventId,
  maxCaseSequence,
  maxEventNumber,
  Sequences,
} from '../forms/codes';
import { type CanonicalSheet, type MappedRow, mapResponse } from '../forms/map-response';
import type { FormKind } from '../forms/spec';
import type { FormTextId } from '../forms/texts';
import type { Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import type { TargetSheet } from '../ports/intake-reader';
import type { WrittenCell } from '../ports/sheet-writer';
import type { CellValue } from '../read/workbook';
import { asCellText } from '../safe-text';
import { wallTimeOfInstant } from '../time/wall-time';
import type { SheetLayout } from './layout';

/** One response row to take in. */
export interface IntakeCandidate {
  readonly kind: FormKind;
  /** Its response sheet, and the row and 1-based status column there. */
  readonly sheetName: string;
  readonly row: number;
  readonly statusColumn: number;
  readonly header: readonly CellValue[];
  readonly values: readonly CellValue[];
  /** The response's identity in the intake ledger (form, timestamp, answers). */
  readonly fingerprint: string;
}

export interface IntakeOutcome {
  readonly candidate: IntakeCandidate;
  readonly takenIn: boolean;
  /** The status cell's text. */
  readonly status: string;
  /** The Log's outcome text ('' when there is nothing to say: a status put back). */
  readonly log: string;
}

/** The counters Korgoo keeps: the last Event ID number and the last sequence per case prefix. */
export interface Counters {
  readonly event: number;
  readonly cases: (prefix: string) => number;
}

/** The time of the run in the spreadsheet's zone: case codes take their year from it. */
export interface IntakeClock {
  readonly nowMs: number;
  readonly timeZone: string;
}

/**
 * Warnings of one row about to be taken in (issue 13: a response landing in an approved
 * month). Each is added to the row's Log line; the row is taken in all the same.
 */
export type RowWarnings = (row: MappedRow, candidate: IntakeCandidate) => readonly string[];

export function pendingOutcome(
  candidate: IntakeCandidate,
  lang: Lang,
  reason: string,
): IntakeOutcome {
  return {
    candidate,
    takenIn: false,
    status: text('statusPending', lang, { reason }),
    log: text('leftPending', lang, { reason, sheet: candidate.sheetName, row: candidate.row }),
  };
}

export function errorReason(error: unknown, lang: Lang): string {
  return text('reasonError', lang, { message: errorText(error) });
}

/** A response the ledger knows whose row lost its status: the ledger's status, again. */
export function restoredOutcome(candidate: IntakeCandidate, status: string): IntakeOutcome {
  return { candidate, takenIn: false, status, log: '' };
}

export interface MappedCandidates {
  /** The responses that map, by the sheet they go to, in their order. */
  readonly groups: ReadonlyMap<
    CanonicalSheet,
    readonly { readonly candidate: IntakeCandidate; readonly row: MappedRow }[]
  >;
  /** The ones that do not, each with its pending outcome. */
  readonly pending: readonly IntakeOutcome[];
}

/** Maps every candidate to its canonical row; one that cannot be mapped stays pending, saying why. */
export function mapCandidates(
  candidates: readonly IntakeCandidate[],
  lang: Lang,
  clock: IntakeClock,
): MappedCandidates {
  const context = {
    lang,
    yearOf: (date: Date) => new Date(wallTimeOfInstant(date, clock.timeZone)).getUTCFullYear(),
  };
  const groups = new Map<CanonicalSheet, { candidate: IntakeCandidate; row: MappedRow }[]>();
  const pending: IntakeOutcome[] = [];
  for (const candidate of candidates) {
    let result: ReturnType<typeof mapResponse>;
    try {
      result = mapResponse(candidate.kind, candidate.header, candidate.values, context);
    } catch (error) {
      pending.push(pendingOutcome(candidate, lang, errorReason(error, lang)));
      continue;
    }
    if (!result.ok) {
      pending.push(pendingOutcome(candidate, lang, text(result.reason as FormTextId, lang)));
      continue;
    }
    const list = groups.get(result.row.sheet) ?? [];
    list.push({ candidate, row: result.row });
    groups.set(result.row.sheet, list);
  }
  return { groups, pending };
}

/** The rows of one canonical sheet: written at `firstRow` in one call. */
export interface SheetRowsPlan {
  readonly firstRow: number;
  readonly rows: readonly (readonly WrittenCell[])[];
  /** The ID each row got (null: none assigned, a follow-up). */
  readonly ids: readonly (string | null)[];
  /** The status each response gets, and its ledger entry's. */
  readonly statuses: readonly string[];
  /** Counters to save BEFORE the rows are written: a failure between skips a number, no more. */
  readonly eventCounter: number | null;
  readonly caseCounters: ReadonlyMap<string, number>;
}

/** The year of an instant in the spreadsheet's zone. */
export function yearIn(clock: IntakeClock): number {
  return new Date(wallTimeOfInstant(new Date(clock.nowMs), clock.timeZone)).getUTCFullYear();
}

/** The rows, IDs, counters and statuses of the responses going to one sheet. */
export function planSheetRows(
  lang: Lang,
  target: TargetSheet,
  layout: SheetLayout,
  mapped: readonly MappedRow[],
  counters: Counters,
  clock: IntakeClock,
): SheetRowsPlan {
  const assigns = mapped[0]?.assign ?? null;
  const existing = assigns !== null ? target.keys : [];
  const sequences = new Sequences((prefix) =>
    prefix === ''
      ? Math.max(counters.event, maxEventNumber(existing))
      : Math.max(counters.cases(prefix), maxCaseSequence(existing, prefix)),
  );
  // A case whose response says no year (no date anywhere) takes this year in the workbook's zone.
  const currentYear = yearIn(clock);
  const ids: (string | null)[] = [];
  const rows = mapped.map((row) => {
    const line: WrittenCell[] = new Array(layout.width).fill('');
    for (const [column, value] of Object.entries(row.values)) {
      // Answers are mapped from a response: text, numbers, dates, never an unreadable cell.
      line[layout.positionOf(column) - 1] = (value ?? '') as WrittenCell;
    }
    let id: string | null = null;
    if (row.assign === 'eventId') id = formatEventId(sequences.next(''));
    else if (row.assign === 'caseCode' && row.committeeId) {
      const year = row.year ?? currentYear;
      id = formatCaseCode(row.committeeId, year, sequences.next(casePrefix(row.committeeId, year)));
    }
    if (row.assign !== null) line[layout.positionOf(row.assign) - 1] = asCellText(id ?? '');
    ids.push(id);
    return line;
  });
  const issued = sequences.issued();
  return {
    firstRow: target.firstFreeRow,
    rows,
    ids,
    statuses: ids.map((id, i) =>
      text('statusTaken', lang, {
        id: id ? `${id} ` : '',
        sheet: target.name,
        row: target.firstFreeRow + i,
      }),
    ),
    eventCounter: issued.get('') ?? null,
    caseCounters: new Map([...issued].filter(([prefix]) => prefix !== '')),
  };
}

/**
 * The outcomes of responses whose rows are in: taken in, whatever the check of the new rows
 * said (`problems`: how many it found, or why it could not run).
 */
export function takenInOutcomes(
  lang: Lang,
  sheetName: string,
  group: readonly { readonly candidate: IntakeCandidate; readonly row: MappedRow }[],
  plan: SheetRowsPlan,
  problems: string,
  warnings: RowWarnings = () => [],
): IntakeOutcome[] {
  return group.map(({ candidate, row }, i) => {
    const id = plan.ids[i];
    const log = text('takenIn', lang, {
      sheet: sheetName,
      row: plan.firstRow + i,
      id: id ? `, ${id}` : '',
      problems,
    });
    return {
      candidate,
      takenIn: true,
      status: plan.statuses[i] as string,
      log: [log, ...warnings(row, candidate)].join('; '),
    };
  });
}
