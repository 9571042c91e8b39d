import { activeRecipients, digestMonthOf, recipientOf } from '../../core/digest';
import { normalizeEmail } from '../../core/email';
import { errorText } from '../../core/error-text';
import type { Lang } from '../../core/i18n/lang';
import { monthYearLabel } from '../../core/i18n/months';
import { text } from '../../core/i18n/texts';
import { nowMs } from '../clock';
import { underDocumentOrScriptLock } from '../lock';
import { appendLog } from '../log';
import { mailApp } from '../mailer';
import { rememberUserEmail } from '../schedule/authorization';
import { ensureClock } from '../schedule/clock-trigger';
import { workbookLang } from '../settings';
import { ensureSheet } from '../sheet-access';
import { type DeliveryResult, deliverDigests, deliverySummary } from './delivery';
import { digestDue, recordDelivery } from './due';
import { digestMessage, digestRenderer } from './send';
import { analyseSpreadsheet, todayInSpreadsheet } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Schedules the digest of this spreadsheet: its one hourly clock (created only if missing, an
 * old monthly trigger replaced), the Digest log ready. Returns the message, logged.
 */
export function scheduleDigest(spreadsheet: Spreadsheet, lang: Lang): string {
  const zone = spreadsheet.getSpreadsheetTimeZone();
  ensureClock(spreadsheet);
  rememberUserEmail();
  ensureSheet(spreadsheet, 'digestLog', lang);
  const count = activeRecipients(analyseSpreadsheet(spreadsheet).dataset).length;
  const message = text('scheduled', lang, { zone, count });
  appendLog(spreadsheet, lang, text('logSchedule', lang), message);
  return message;
}

/** Menu: Schedule monthly digest. */
export function scheduleDigestAction(): void {
  const message = scheduleDigest(SpreadsheetApp.getActiveSpreadsheet(), workbookLang());
  SpreadsheetApp.getUi().alert(message);
}

/**
 * Menu: Send digest preview to me. Last month's digest to the current user only: with their
 * own settings when they are an active recipient, else in the workbook's language, unfiltered.
 * The Digest log is not touched: a preview is no delivery.
 */
export function previewDigestAction(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const lang = workbookLang();
  const email = Session.getActiveUser().getEmail().trim();
  if (!email) {
    ui.alert(text('noEmail', lang));
    return;
  }
  if (mailApp.remainingQuota() < 1) {
    ui.alert(text('noQuota', lang));
    return;
  }
  const analysis = analyseSpreadsheet(spreadsheet);
  const month = digestMonthOf(todayInSpreadsheet(spreadsheet));
  const own = activeRecipients(analysis.dataset).find(
    (r) => normalizeEmail(r.email) === normalizeEmail(email),
  );
  const recipient = own ? recipientOf(own) : { language: lang, region: null, threshold: null };
  const render = digestRenderer(analysis, spreadsheet.getUrl());
  const [year, month1] = month.split('-').map(Number) as [number, number];
  const label = monthYearLabel(year, month1 - 1, lang);
  try {
    mailApp.send(digestMessage(email, render(month, recipient)));
  } catch (error) {
    const message = errorText(error);
    appendLog(spreadsheet, lang, text('logPreview', lang), text('logFailed', lang, { message }));
    throw error;
  }
  const message = text('previewSent', lang, { month: label, email });
  appendLog(spreadsheet, lang, text('logPreview', lang), message);
  ui.alert(message);
}

/**
 * The digest's share of a clock run: nothing unless due (from the 1st at 08:00 until the
 * month is complete); then one delivery under the lock, logged. Returns null when nothing ran:
 * not due, or another execution holds the lock (the next hourly run comes back, and a run that
 * holds it sends nothing twice).
 */
export function digestRun(spreadsheet: Spreadsheet): DeliveryResult | null {
  if (!digestDue(todayInSpreadsheet(spreadsheet), nowMs())) return null;
  const run = underDocumentOrScriptLock((documentLocked) => {
    const lang = workbookLang();
    const result = deliverDigests(spreadsheet, lang, documentLocked);
    recordDelivery(result, nowMs());
    if (result.sent + result.failed > 0 || result.stoppedFor !== null) {
      appendLog(spreadsheet, lang, text('logDelivery', lang), deliverySummary(result, lang));
    }
    return result;
  });
  return run.ran ? run.value : null;
}
