import type { ReadSheets } from './read-workbook';

/** Each case code's committee, from the Cases sheet as read (a later row of a code wins). */
export function committeeOfCases(sheets: Pick<ReadSheets, 'cases'>): Map<string, string> {
  const committeeOfCase = new Map<string, string>();
  for (const row of sheets.cases.rows) {
    if (row.rec.caseCode !== null && row.rec.committeeId !== null)
      committeeOfCase.set(row.rec.caseCode, row.rec.committeeId);
  }
  return committeeOfCase;
}

/**
 * The committee a read row belongs to: its own Committee ID, or (referrals, assistance) its
 * case's; undefined when it names neither.
 */
export function committeeOfRow(
  rec: Readonly<Record<string, unknown>>,
  committeeOfCase: ReadonlyMap<string, string>,
): string | undefined {
  if (typeof rec.committeeId === 'string') return rec.committeeId;
  return typeof rec.caseCode === 'string' ? committeeOfCase.get(rec.caseCode) : undefined;
}
