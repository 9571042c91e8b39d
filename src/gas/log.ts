import type { Lang } from '../core/i18n/lang';
import { asCellText } from '../core/safe-text';
import { ensureSheet } from './sheet-access';

/** Who is acting: the user's e-mail where Google shares it, else the script's effective user. */
function actor(): string {
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
  sheet.appendRow([asCellText(actor()), asCellText(what), new Date(), asCellText(outcome)]);
}
