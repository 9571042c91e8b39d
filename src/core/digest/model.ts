import type { Lang } from '../i18n/lang';

/**
 * The digest as data: every figure already formatted and, where the recipient's small-number
 * threshold hides it, already replaced by "<N", so no renderer can ever show the raw count.
 * Only aggregates and committee IDs and names reach this shape (DESIGN §5).
 */
export interface Figure {
  readonly text: string;
  /** The number shown; null when hidden by the threshold or not applicable. */
  readonly value: number | null;
}

export type RowKind = 'item' | 'group' | 'subtotal' | 'total';

export interface Row {
  readonly kind: RowKind;
  readonly label: string;
  /** A second, smaller line under the label (a committee's name). */
  readonly sub?: string;
  readonly cells: readonly Figure[];
  /** Share (0..1) drawn as a bar; null when the figure is hidden or zero. */
  readonly bar?: number | null;
}

export interface Table {
  /** Header: the label column first, then one per cell. */
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
  /** Draw a bar column after the figures. */
  readonly bars: boolean;
  /** Too many columns for a phone: each row's label on a line of its own above its figures. */
  readonly stacked?: boolean;
}

/** One month of a trend: its label, its figure as shown, and its bar (null: hidden or zero). */
export interface TrendPoint {
  readonly label: string;
  readonly figure: Figure;
  readonly bar: number | null;
}

/** An indicator over the last months, oldest first. */
export interface Trend {
  readonly label: string;
  readonly points: readonly TrendPoint[];
}

export interface Section {
  readonly id: string;
  readonly title: string;
  /** Paragraphs before the table. */
  readonly lines: readonly string[];
  readonly table: Table | null;
  /** Said instead of the table when it has no row. */
  readonly empty?: string;
  /** Bars of indicators over the months (the trends section). */
  readonly trends?: readonly Trend[];
}

export interface DigestContent {
  readonly lang: Lang;
  /** `YYYY-MM`. */
  readonly month: string;
  readonly subject: string;
  readonly title: string;
  /** «Октябрь 2026». */
  readonly monthLabel: string;
  /** «Все области» or the region's label. */
  readonly scopeLabel: string;
  readonly sections: readonly Section[];
  readonly link: { readonly url: string | null; readonly text: string };
  /** Closing notes: the threshold's meaning, aggregates only. */
  readonly notes: readonly string[];
}
