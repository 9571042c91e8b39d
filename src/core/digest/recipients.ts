import type { Dataset } from '../dataset';
import { normalizeEmail } from '../email';
import { monthIndexOf, monthKey } from '../periods';
import type { ChoiceKey } from '../schema/choices';
import type { RecipientRecord } from '../schema/records';
import type { WallTime } from '../time/wall-time';
import type { DigestRecipient } from './context';

/** The month a digest sent today reports: the last whole month in the workbook's zone. */
export function digestMonthOf(today: WallTime): string {
  return monthKey(monthIndexOf(today) - 1);
}

/** What a recipient gets: an empty Receives means the digest only. */
export function receives(record: RecipientRecord, what: ChoiceKey<'receives'>): boolean {
  const list = record.receives ?? [];
  return list.length === 0 ? what === 'digest' : list.includes(what);
}

/**
 * Recipients of the digest marked active, each address once (the first row wins), rows with
 * errors left out; a recipient whose Receives lacks `digest` gets none.
 */
export function activeRecipients(
  dataset: Pick<Dataset, 'recipients'>,
  what: ChoiceKey<'receives'> = 'digest',
): RecipientRecord[] {
  const seen = new Set<string>();
  return dataset.recipients.filter((r) => {
    const key = normalizeEmail(r.email);
    if (r.active !== 'yes' || seen.has(key)) return false;
    seen.add(key);
    return receives(r, what);
  });
}

export function recipientOf(record: RecipientRecord): DigestRecipient {
  return { language: record.language, region: record.region, threshold: record.threshold };
}
