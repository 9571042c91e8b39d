import type { ReadSheet } from '../../read/read-workbook';
import type { LooseRecord } from '../../schema/records';

export type CommitteeIndex = ReadonlyMap<string, LooseRecord<'committees'>>;
export type CaseIndex = ReadonlyMap<string, LooseRecord<'cases'>>;

/** Committees by ID; the first row of an ID wins (later ones are flagged as repeats). */
export function indexCommittees(sheet: ReadSheet<'committees'>): CommitteeIndex {
  const index = new Map<string, LooseRecord<'committees'>>();
  for (const { rec } of sheet.rows) {
    if (rec.committeeId !== null && !index.has(rec.committeeId)) index.set(rec.committeeId, rec);
  }
  return index;
}

/** Cases by code; the first row of a code wins. */
export function indexCases(sheet: ReadSheet<'cases'>): CaseIndex {
  const index = new Map<string, LooseRecord<'cases'>>();
  for (const { rec } of sheet.rows) {
    if (rec.caseCode !== null && !index.has(rec.caseCode)) index.set(rec.caseCode, rec);
  }
  return index;
}
