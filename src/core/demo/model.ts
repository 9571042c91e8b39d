import type { Labels } from '../i18n/lang';
import type { CellValue } from '../read/workbook';
import type { RecordOf } from '../schema/records';
import type { DataSheetKey } from '../schema/sheets';

/** A cell written as is, whatever its column (the demo's deliberate mistakes). */
export interface Raw {
  readonly raw: CellValue;
}
/** A text cell that reads differently in each language (committee names, settlements). */
export interface Localized {
  readonly text: Labels;
}

/**
 * A demo row before it is written in a language: choice keys, wall-clock times for dates,
 * numbers; a missing column is an empty cell.
 */
export type DemoRow<S extends DataSheetKey> = {
  -readonly [K in keyof RecordOf<S>]?: RecordOf<S>[K] | Raw | Localized;
};

export const raw = (value: CellValue): Raw => ({ raw: value });
export const localized = (text: Labels): Localized => ({ text });

/** What is wrong with a deliberate mistake, or what a deliberate warning is about. */
export type DemoNoteKind =
  | 'missing_date'
  | 'women_men_exceed_participants'
  | 'phone_in_topic'
  | 'participants_as_text'
  | 'impossible_date'
  | 'unknown_case_code'
  | 'referral_without_consent'
  | 'duplicate_event';

export interface DemoNote {
  readonly kind: DemoNoteKind;
  /** error: the row is left out of the indicators; warning: it is counted. */
  readonly severity: 'error' | 'warning';
  /** The schema column the problem is about. */
  readonly column: string;
}

/** A row with, for the deliberate mistakes and warnings, what is wrong with it. */
export interface DemoItem<S extends DataSheetKey> {
  readonly row: DemoRow<S>;
  readonly note?: DemoNote;
}

export type DemoModel = { readonly [S in DataSheetKey]: readonly DemoItem<S>[] };
