/**
 * The Log lines of a run that took pending responses in: one per response left pending, and
 * a summary. The same for every caller (a form submission catching up, the menu, a digest run).
 */

import type { FormKind } from '../forms/spec';
import { FORM_SPECS, wordOf } from '../forms/spec';
import type { Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import type { IntakeOutcome } from './plan';

export type LogLine = readonly [what: string, outcome: string];

export interface PendingResult {
  readonly taken: number;
  readonly left: number;
  readonly outcomes: readonly IntakeOutcome[];
}

export function formName(kind: FormKind, lang: Lang): string {
  return wordOf(FORM_SPECS[kind].title, { lang, bilingual: false });
}

/** "Response to …" for one response of a form. */
export function responseWhat(kind: FormKind, lang: Lang): string {
  return text('logIntake', lang, { form: formName(kind, lang) });
}

/**
 * The lines: each response left pending under `what` (its form's "Response to …", or "Pending
 * form responses"), then "n taken in, m still pending" unless the caller says it itself.
 */
export function pendingLogLines(
  result: PendingResult,
  lang: Lang,
  options: { readonly byForm: boolean; readonly summary: boolean },
): LogLine[] {
  const lines: LogLine[] = result.outcomes
    .filter((outcome) => !outcome.takenIn)
    .map((outcome) => [
      options.byForm ? responseWhat(outcome.candidate.kind, lang) : text('logPending', lang),
      outcome.log,
    ]);
  if (options.summary && result.taken + result.left > 0) {
    lines.push([
      text('logPending', lang),
      text('pendingDone', lang, { taken: result.taken, left: result.left }),
    ]);
  }
  return lines;
}
