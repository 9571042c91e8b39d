import { LANGS, normalizeLabel } from '../i18n/lang';
import type { ChoiceListId } from '../schema/choices';
import { CHOICES } from '../schema/choices';
import { booleanTextChoiceKey } from './yes-no';

const indexes = new Map<ChoiceListId, Map<string, string>>();

/** Key or label in any language (any case, any spacing) → the choice's stable key. */
export function choiceKeyOf(list: ChoiceListId, text: string): string | undefined {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const choice of CHOICES[list]) {
      index.set(normalizeLabel(choice.key), choice.key);
      for (const lang of LANGS) index.set(normalizeLabel(choice.labels[lang]), choice.key);
    }
    indexes.set(list, index);
  }
  const normalized = normalizeLabel(text);
  return index.get(normalized) ?? booleanTextChoiceKey(list, normalized);
}
