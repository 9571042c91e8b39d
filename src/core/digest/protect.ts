import type { FigureMaker } from './figures';
import type { Figure } from './model';

/**
 * Secondary suppression for a column of figures with a visible total: when exactly one figure is
 * hidden, the total minus the others would give it away, so one more is hidden (the smallest
 * visible positive one) or, when there is none, the total itself.
 * Returns which items and whether the total must be hidden as well.
 */
export function protectColumn(
  values: readonly number[],
  hidden: readonly boolean[],
): { hidden: boolean[]; hideTotal: boolean } {
  const result = [...hidden];
  const count = result.filter(Boolean).length;
  if (count !== 1) return { hidden: result, hideTotal: false };
  let smallest = -1;
  values.forEach((value, i) => {
    if (result[i] || value <= 0) return;
    if (smallest === -1 || value < (values[smallest] as number)) smallest = i;
  });
  if (smallest === -1) return { hidden: result, hideTotal: true };
  result[smallest] = true;
  return { hidden: result, hideTotal: false };
}

/**
 * A column of counts whose total shows somewhere (a table's total, a headline figure) as
 * figures: small counts "<N", and one more hidden as "…" when otherwise the total minus the
 * visible ones would give a single hidden count away.
 */
export function protectedCounts(fig: FigureMaker, values: readonly number[]): Figure[] {
  const { hidden } = protectColumn(
    values,
    values.map((v) => fig.hides(v)),
  );
  return values.map((v, i) => (hidden[i] ? fig.concealed(v) : fig.count(v)));
}
