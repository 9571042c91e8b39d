/**
 * Text a person typed, made safe to write into a spreadsheet cell: a leading apostrophe keeps
 * `=IMPORTXML(…)`, `+1+1`, `-2`, `@SUM` and tab- or CR-led text from being read as a formula
 * or a number. Sheets and Excel take a leading apostrophe as that marker and do not store it,
 * so text that itself begins with one gets a second: `'abc` is written `''abc` and kept.
 */
export function asCellText(text: string): string {
  return /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}

/**
 * The same text for a cell of the given number format. A plain-text cell ('@') parses nothing
 * and would keep the marker apostrophe as part of the text: there the text goes in without it.
 * Every leading apostrophe this code writes is such a marker (asCellText's, or the one that
 * keeps a month as text), so dropping one gives the text as meant.
 */
export function cellTextFor(text: string, numberFormat: string): string {
  return numberFormat === '@' && text.startsWith("'") ? text.slice(1) : text;
}
