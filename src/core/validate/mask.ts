/**
 * Masks personal data found in a cell, so that the problem that reports it (its message, its
 * Value, the Problems sheet, the sidebar, the command line) does not copy the datum again: a
 * coordinator recognises which number it was, no one else can call it.
 */

const STARS = '***';

/** "0555 123 456" → "0555 *** 456"; "+996 700 123 456" → "+996 *** 456"; short ones keep 2. */
export function maskPhone(found: string): string {
  const digits = found.replace(/\D/g, '');
  if (digits.length < 9) return `${STARS} ${digits.slice(-2)}`;
  const head = found.trimStart().startsWith('+')
    ? `+${digits.slice(0, 3)}`
    : digits.slice(0, digits.startsWith('0') ? 4 : 3);
  return `${head} ${STARS} ${digits.slice(-3)}`;
}

/** "aigul@mail.kg" → "a***@***.kg": the first letter and the top-level domain only. */
export function maskEmail(found: string): string {
  const at = found.lastIndexOf('@');
  const local = at > 0 ? found.slice(0, at) : found;
  const domain = at > 0 ? found.slice(at + 1) : '';
  const dot = domain.lastIndexOf('.');
  const tld = dot >= 0 ? domain.slice(dot) : '';
  return `${local.slice(0, 1)}${STARS}@${STARS}${tld}`;
}

/** "Асанова Айгүл" → "А*** А***": each word's initial. */
export function maskName(found: string): string {
  return found
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => `${word.slice(0, 1)}${STARS}`)
    .join(' ');
}

/** The cell's text with every datum found replaced by its mask. */
export function maskAll(
  text: string,
  found: readonly { readonly text: string; readonly mask: string }[],
): string {
  let masked = text;
  for (const { text: datum, mask } of found) masked = masked.split(datum).join(mask);
  return masked;
}
