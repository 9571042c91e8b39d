/**
 * Forms take responses only when published and accepting them: since 30 June 2026 a form made
 * by FormApp starts unpublished, and a coordinator may unpublish or close one by hand.
 */

/** What was wrong with a form before it was published again; null when it took responses. */
export type PublishFix = 'unpublished' | 'closed' | null;

/** Publishes the form (which also opens it to responses); says what it found. */
export function ensurePublished(form: GoogleAppsScript.Forms.Form): PublishFix {
  const fix: PublishFix = !form.isPublished()
    ? 'unpublished'
    : !form.isAcceptingResponses()
      ? 'closed'
      : null;
  if (fix === 'unpublished') form.setPublished(true);
  // Publishing opens the form too; a published form that was closed is opened again.
  if (!form.isAcceptingResponses()) form.setAcceptingResponses(true);
  return fix;
}
