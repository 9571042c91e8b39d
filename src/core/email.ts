/**
 * An e-mail address as Korgoo compares, stores and sends it: trimmed, lower case, and without
 * the leading apostrophe a Sheets user types to force text (it is a marker, not part of the
 * address). Every comparison of addresses goes through here, so the Recipients sheet, the
 * Digest log and the signed-in user always agree on who is who.
 */
export function normalizeEmail(text: string): string {
  return text.trim().replace(/^'+/, '').trim().toLowerCase();
}
