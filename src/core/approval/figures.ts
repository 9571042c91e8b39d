import type { ApprovedFigure } from './model';

/**
 * The approved figures of a month, by committee then indicator: of each committee's rows, only
 * those of its latest Approved at count (a month reopened and approved again counts anew).
 */
export function approvedFiguresOf(
  figures: readonly ApprovedFigure[],
  month: string,
): ReadonlyMap<string, Readonly<Record<string, number>>> {
  const latest = new Map<string, number>();
  for (const figure of figures) {
    if (figure.month !== month) continue;
    const seen = latest.get(figure.committeeId);
    if (seen === undefined || figure.approvedAt > seen) {
      latest.set(figure.committeeId, figure.approvedAt);
    }
  }
  const result = new Map<string, Record<string, number>>();
  for (const figure of figures) {
    if (figure.month !== month || latest.get(figure.committeeId) !== figure.approvedAt) continue;
    const values = result.get(figure.committeeId) ?? {};
    values[figure.indicator] = figure.value;
    result.set(figure.committeeId, values);
  }
  return result;
}
