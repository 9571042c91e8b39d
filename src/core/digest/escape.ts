/**
 * Text made inert in HTML, in element content and in quoted attributes alike. `=` is escaped
 * too, so no text can ever look like an `on…=` attribute to a mail filter.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'=`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
