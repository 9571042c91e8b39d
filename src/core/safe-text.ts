/**
 * Text a person typed, made safe to write into a spreadsheet cell: a leading apostrophe keeps
 * `=IMPORTXML(…)`, `+1+1`, `-2`, `@SUM` and tab- or CR-led text from being read as a formula
 * or a number. Sheets and Excel take a leading apostrophe as that marker and do not store it,
 * so text that itself begins with one gets a second: `'abc` is written `''abc` and kept.
 */
export function asCellText(text: string): string {
  return /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}
