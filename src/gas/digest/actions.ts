import { activeRecipients, digestMonthOf, recipientOf } from '../../core/digest';
import { normalizeEmail } from '../../core/email';
import { monthYearLabel } from '../../core/i18n/months';
import { uiText } from '../../core/i18n/ui';
import { appendLog } from '../log';
import { workbookLang } from '../settings';
import { ensureSheet } from '../sheet-access';
import {
  type DeliveryResult,
  deliverDigests,
  deliverySummary,
  FOLLOW_UP_AFTER_BUSY_MS,
  planFollowUp,
} from './delivery';
import { digestRenderer, sendDigestMail } from './send';
import { digestUiText } from './texts';
import { installMonthlyTrigger, scheduleFollowUp } from './triggers';
import {
  analyseSpreadsheet,
  digestSpreadsheet,
  rememberSpreadsheet,
  todayInSpreadsheet,
} from './workbook';

/** How long a delivery waits for another run; a run that can't get in leaves it to that one. */
const LOCK_WAIT_MS = 10_000;

/** The document's lock; a clock trigger of an add-on has no document, so the script's then. */
function deliveryLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}

/** Menu: Schedule monthly digest. */
export function scheduleDigestAction(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = workbookLang();
  const zone = spreadsheet.getSpreadsheetTimeZone();
  installMonthlyTrigger(zone);
  rememberSpreadsheet(spreadsheet);
  ensureSheet(spreadsheet, 'digestLog', lang);
  const count = activeRecipients(analyseSpreadsheet(spreadsheet).dataset).length;
  const message = digestUiText('scheduled', lang, { zone, count });
  appendLog(spreadsheet, lang, digestUiText('logSchedule', lang), message);
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
    ui.alert(digestUiText('noEmail', lang));
    return;
  }
  if (MailApp.getRemainingDailyQuota() < 1) {
    ui.alert(digestUiText('noQuota', lang));
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
    sendDigestMail(email, render(month, recipient));
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    appendLog(
      spreadsheet,
      lang,
      digestUiText('logPreview', lang),
      uiText('logFailed', lang, { message: text }),
    );
    throw error;
  }
  const message = digestUiText('previewSent', lang, { month: label, email });
  appendLog(spreadsheet, lang, digestUiText('logPreview', lang), message);
  ui.alert(message);
}

/**
 * The clock triggers' work: one delivery under the lock, logged, then the follow-up planned.
 * Returns null when another execution holds the lock: this run sends nothing and comes back
 * later by a follow-up, so a month is never lost to a busy lock (a digest run holding it sends
 * nothing twice; the follow-up finds its pairs sent and removes itself).
 */
export function digestRun(isFollowUp: boolean): DeliveryResult | null {
  const spreadsheet = digestSpreadsheet();
  if (!spreadsheet) return null;
  const lock = deliveryLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    scheduleFollowUp(FOLLOW_UP_AFTER_BUSY_MS);
    return null;
  }
  try {
    const lang = workbookLang();
    const result = deliverDigests(spreadsheet, lang);
    planFollowUp(result, isFollowUp);
    if (result.sent + result.failed > 0 || result.stoppedFor !== null) {
      appendLog(
        spreadsheet,
        lang,
        digestUiText('logDelivery', lang),
        deliverySummary(result, lang),
      );
    }
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
