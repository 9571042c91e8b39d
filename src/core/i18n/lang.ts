/** The languages Korgoo speaks. Russian is the programme's working language, and the default. */
export const LANGS = ['ru', 'ky', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ru';

/** A text in every supported language. */
export type Labels = Readonly<Record<Lang, string>>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Case- and space-insensitive form used to match names, labels and choices. */
export function normalizeLabel(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е');
}

/** Fills `{name}` placeholders of a message; unknown ones stay visible rather than vanish. */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The lookup of one module's text table: `lookup(id, lang, params)` gives the text in `lang`
 * with its placeholders filled. Each module keeps its own words; this is the one way to read them.
 */
export function textLookup<T extends Readonly<Record<string, Labels>>>(table: T) {
  return (
    id: keyof T,
    lang: Lang,
    params: Readonly<Record<string, string | number>> = {},
  ): string => fillTemplate((table[id] as Labels)[lang], params);
}
