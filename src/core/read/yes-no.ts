import type { ChoiceListId } from '../schema/choices';

/**
 * A checkbox in Google Sheets holds a boolean: getValues() gives true/false and the .xlsx
 * export writes t="b" cells. In a yes/no column a checked box is "yes", an unchecked one "no".
 * Exports that show the boolean as text write TRUE/FALSE (Sheets, Excel en) or ИСТИНА/ЛОЖЬ
 * (LibreOffice and Excel in Russian); in a yes/no column they can mean nothing else.
 */
const BOOLEAN_LISTS: Partial<Record<ChoiceListId, { readonly yes: string; readonly no: string }>> =
  {
    yesNo: { yes: 'yes', no: 'no' },
  };

const TRUE_TEXTS = new Set(['true', 'истина']);
const FALSE_TEXTS = new Set(['false', 'ложь']);

/** The key a boolean stands for in this list, or undefined where a boolean means nothing. */
export function booleanChoiceKey(list: ChoiceListId, value: boolean): string | undefined {
  const keys = BOOLEAN_LISTS[list];
  return keys ? (value ? keys.yes : keys.no) : undefined;
}

/** The key a boolean's text (TRUE, ЛОЖЬ…) stands for in this list, or undefined. */
export function booleanTextChoiceKey(list: ChoiceListId, normalized: string): string | undefined {
  if (TRUE_TEXTS.has(normalized)) return booleanChoiceKey(list, true);
  if (FALSE_TEXTS.has(normalized)) return booleanChoiceKey(list, false);
  return undefined;
}
