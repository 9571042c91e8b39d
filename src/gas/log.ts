import type { Lang } from '../core/i18n/lang';
import { asCellText } from '../core/safe-text';
import { setValuesAsText } from './cell-text';
import { instantNow } from './clock';
import { ensureSheet } from './sheet-access';

/** Who is acting: the user's e-mail where Google shares it, else the script's effective user. */
export function actor(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '?';
  } catch {
    return '?';
  }
}

/** One row on the Log sheet for an action that wrote or sent something: who, what, when, outcome. */
export function appendLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  what: string,
  outcome: string,
): void {
  const sheet = ensureSheet(spreadsheet, 'log', lang);
  sheet.appendRow([asCellText(actor()), asCellText(what), instantNow(), asCellText(outcome)]);
}

/** Several Log rows (what, outcome) written with one call: for actions that log per item. */
export function appendLogs(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  entries: readonly (readonly [what: string, outcome: string])[],
): void {
  if (entries.length === 0) return;
  if (entries.length === 1) {
    const [what, outcome] = entries[0] as readonly [string, string];
    appendLog(spreadsheet, lang, what, outcome);
    return;
  }
  const sheet = ensureSheet(spreadsheet, 'log', lang);
  const who = asCellText(actor());
  const when = instantNow();
  setValuesAsText(
    sheet.getRange(sheet.getLastRow() + 1, 1, entries.length, 4),
    entries.map(([what, outcome]) => [who, asCellText(what), when, asCellText(outcome)]),
  );
}
