import type { Dataset } from '../dataset';
import type { WallTime } from '../time/wall-time';

/**
 * The earliest date in the workbook's clean rows: committees established, members joined,
 * events, cases (identified, protection orders), referrals, assistance. "Since start" begins here.
 */
export function earliestDate(dataset: Dataset): WallTime | null {
  let min = Number.POSITIVE_INFINITY;
  const see = (value: WallTime | null) => {
    if (value !== null && value < min) min = value;
  };
  for (const c of dataset.committees) see(c.establishedOn);
  for (const m of dataset.members) see(m.joinedOn);
  for (const e of dataset.events) see(e.date);
  for (const c of dataset.cases) {
    see(c.identifiedOn);
    see(c.orderIssuedOn);
  }
  for (const r of dataset.referrals) see(r.date);
  for (const a of dataset.assistance) see(a.date);
  return Number.isFinite(min) ? min : null;
}
