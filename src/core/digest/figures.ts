import type { Lang } from '../i18n/lang';
import type { Figure } from './model';

/** Figures as people in Kyrgyzstan write them (13 000), and 13,000 in English. */
export function formatNumber(value: number, lang: Lang): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole, fraction] = String(Math.abs(rounded)).split('.');
  const separator = lang === 'en' ? ',' : '\u00a0';
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = rounded < 0 ? '\u2212' : '';
  if (!fraction) return sign + grouped;
  return `${sign}${grouped}${lang === 'en' ? '.' : ','}${fraction}`;
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * Applies a recipient's small-number threshold (DESIGN §4): a count from 1 to N−1 is shown as
 * "<N", so a figure for a small village cannot point at a family. Zero stays 0 (it points at
 * no one); a threshold that is empty, 0 or 1 hides nothing.
 */
export class FigureMaker {
  private readonly threshold: number | null;

  constructor(
    readonly lang: Lang,
    threshold: number | null,
  ) {
    this.threshold = threshold !== null && threshold > 1 ? Math.floor(threshold) : null;
  }

  get active(): number | null {
    return this.threshold;
  }

  hides(count: number): boolean {
    return this.threshold !== null && count > 0 && count < this.threshold;
  }

  /** A count of people, families, events or rows: hidden when small. */
  count(n: number): Figure {
    if (this.hides(n)) return { text: `<${this.threshold}`, value: null };
    return this.plain(n);
  }

  /**
   * A count hidden so that no total gives another hidden count away: "<N" where it really is
   * below N, "…" where it is hidden only to protect another.
   */
  concealed(n: number): Figure {
    return this.hides(n) ? this.count(n) : { text: '…', value: null };
  }

  /** A figure no threshold applies to (committees, plans, data quality). */
  plain(n: number): Figure {
    return { text: formatNumber(n, this.lang), value: n };
  }

  /** An amount in KGS, hidden with the count of the aid it sums (it would tell that count's family). */
  amount(kgs: number, basis: number): Figure {
    if (this.hides(basis)) return { text: '…', value: null };
    return this.plain(kgs);
  }

  /** current − previous, as "+3", "−2" or "0"; hidden when either side is. */
  change(current: Figure, previous: Figure): Figure {
    if (current.value === null || previous.value === null) return { text: '…', value: null };
    const d = current.value - previous.value;
    return {
      text: d > 0 ? `+${formatNumber(d, this.lang)}` : formatNumber(d, this.lang),
      value: d,
    };
  }

  percent(share: number | null): Figure {
    return share === null
      ? { text: '—', value: null }
      : { text: formatPercent(share), value: share };
  }

  text(text: string): Figure {
    return { text, value: null };
  }
}

/** Bar shares for a column of figures: each visible positive value over the largest one. */
export function barsOf(figures: readonly Figure[]): (number | null)[] {
  const max = Math.max(0, ...figures.map((f) => f.value ?? 0));
  return figures.map((f) => (f.value === null || f.value <= 0 || max === 0 ? null : f.value / max));
}
