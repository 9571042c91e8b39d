import type { Lang } from '../i18n/lang';
import type { ChoiceListId } from '../schema/choices';
import type { SheetKey } from '../schema/sheets';
import type { RuleId } from './rule-defs';

/** What a rule's message may use, already in the message's language. */
export interface MessageArgs {
  readonly lang: Lang;
  /** The offending cell as text. */
  readonly value: string;
  /** The problem's column label in this language ('' for a problem of the whole row). */
  readonly column: string;
  /** A parameter as text (numbers grouped as the language writes them), '…' when absent. */
  param(name: string): string;
  /** The label of a choice key in this language, or the key itself when unknown. */
  choice(list: ChoiceListId, key: string): string;
  /** Every label of the list named by the `list` parameter, quoted and comma-separated. */
  choices(): string;
  /** A column's label in this language, by key: of the problem's sheet unless another is named. */
  columnLabel(key: string, sheet?: SheetKey): string;
  /** A sheet's label in this language. */
  sheetLabel(key: SheetKey): string;
}

export type RuleMessage = (args: MessageArgs) => string;

/** The texts of one language: where a problem is, and what each rule says. */
export interface LangTexts {
  where(sheet: string, row: number, column: string): string;
  quote(text: string): string;
  readonly rules: { readonly [R in RuleId]: RuleMessage };
  unknownRule(id: string, value: string): string;
}
