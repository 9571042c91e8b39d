import { activeRecipients, digestMonthOf, recipientOf } from '../../core/digest';
import { normalizeEmail } from '../../core/email';
import { errorText } from '../../core/error-text';
import type { Lang } from '../../core/i18n/lang';
import { digestUiText, formText } from '../../core/i18n/texts';
import type { RecipientRecord } from '../../core/schema/records';
import { countPending, takeInPending } from '../forms/intake';
import { appendLog, appendLogs } from '../log';
import { nowMs } from './clock';
import { DigestLog, type LogEntry, pairKey } from './digest-log';
import { digestRenderer, sendDigestMail } from './send';
import { analyseSpreadsheet, todayInSpreadsheet } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Work stops well before Apps Script's 6-minute limit; the clock's next run resumes it. */
export const TIME_BUDGET_MS = 4.5 * 60_000;
/** Pending form responses a digest run takes in first (the rest are counted as pending). */
export const DIGEST_INTAKE_LIMIT = 500;

export interface DeliveryResult {
  readonly month: string;
  readonly sent: number;
  readonly failed: number;
  /** Pairs still to send after this run (failed ones included). */
  readonly pending: number;
  readonly stoppedFor: 'quota' | 'time' | null;
  /** Form responses still not taken in once the run's intake was done (null: it failed). */
  readonly pendingResponses: number | null;
}

/**
 * Before any figure is computed, the run takes pending form responses in (one left by a busy
 * workbook late on the last evening of the month counts in the digest of the next morning),
 * and returns how many are still waiting, for the digest to say. A failure here costs no
 * digest: it is logged and the count is unknown.
 */
function takeInBeforeDigest(
  spreadsheet: Spreadsheet,
  lang: Lang,
  documentLocked: boolean,
): number | null {
  try {
    // Intake writes only under the document lock, which form submissions take too; a run
    // without it (a clock run, outside any document) only counts, and the digest says so.
    if (!documentLocked) return countPending(spreadsheet, lang);
    const result = takeInPending(spreadsheet, lang, DIGEST_INTAKE_LIMIT);
    const logs: [string, string][] = result.outcomes
      .filter((outcome) => !outcome.takenIn)
      .map((outcome) => [formText('logPending', lang), outcome.log]);
    if (result.taken + result.left > 0) {
      logs.push([
        formText('logPending', lang),
        formText('pendingDone', lang, { taken: result.taken, left: result.left }),
      ]);
    }
    appendLogs(spreadsheet, lang, logs);
    return result.left;
  } catch (error) {
    const message = errorText(error);
    appendLog(
      spreadsheet,
      lang,
      formText('logPending', lang),
      formText('reasonError', lang, { message }),
    );
    return null;
  }
}

/**
 * One delivery run (the caller holds the lock; `documentLocked`: the document's own): every active recipient gets last month's
 * digest once. Pairs are written to the Digest log as pending BEFORE anything is sent, so a
 * run that dies loses nothing; a pair already sent is never sent again; quota and time are
 * checked before each send, and what is left stays pending for the clock's next run.
 */
export function deliverDigests(
  spreadsheet: Spreadsheet,
  lang: Lang,
  documentLocked: boolean,
): DeliveryResult {
  const started = nowMs();
  const pendingResponses = takeInBeforeDigest(spreadsheet, lang, documentLocked);
  const analysis = analyseSpreadsheet(spreadsheet);
  const month = digestMonthOf(todayInSpreadsheet(spreadsheet));
  const recipients = new Map<string, RecipientRecord>();
  for (const r of activeRecipients(analysis.dataset)) recipients.set(normalizeEmail(r.email), r);

  const log = DigestLog.open(spreadsheet, lang);
  const sentPairs = new Set(
    log.entries.filter((e) => e.status === 'sent').map((e) => pairKey(e.month, e.recipient)),
  );
  const known = new Set(log.entries.map((e) => pairKey(e.month, e.recipient)));
  log.addPending(
    [...recipients.values()]
      .filter((r) => !known.has(pairKey(month, r.email)))
      .map((r) => ({ month, recipient: normalizeEmail(r.email) })),
  );
  // Unsent pairs of any month (an earlier month's leftovers too) whose recipient is still active.
  const seen = new Set<string>();
  const work: LogEntry[] = log.entries.filter((e) => {
    const key = pairKey(e.month, e.recipient);
    if (sentPairs.has(key) || seen.has(key) || !recipients.has(normalizeEmail(e.recipient)))
      return false;
    seen.add(key);
    return true;
  });

  const render = digestRenderer(analysis, spreadsheet.getUrl(), pendingResponses);
  let sent = 0;
  let failed = 0;
  let stoppedFor: DeliveryResult['stoppedFor'] = null;
  let done = 0;
  for (const entry of work) {
    if (nowMs() - started > TIME_BUDGET_MS) {
      stoppedFor = 'time';
      break;
    }
    if (MailApp.getRemainingDailyQuota() < 1) {
      stoppedFor = 'quota';
      break;
    }
    done++;
    const recipient = recipients.get(normalizeEmail(entry.recipient)) as RecipientRecord;
    try {
      sendDigestMail(recipient.email, render(entry.month, recipientOf(recipient)));
      log.mark(entry, 'sent', new Date(nowMs()), '');
      sent++;
    } catch (error) {
      const message = errorText(error);
      log.mark(entry, 'failed', '', message);
      appendLog(
        spreadsheet,
        lang,
        digestUiText('logDelivery', lang),
        digestUiText('logSendFailed', lang, {
          recipient: entry.recipient,
          month: entry.month,
          message,
        }),
      );
      failed++;
    }
  }
  const pending = work.length - sent;
  return {
    month,
    sent,
    failed,
    pending,
    stoppedFor: done < work.length ? stoppedFor : null,
    pendingResponses,
  };
}

export function deliverySummary(result: DeliveryResult, lang: Lang): string {
  const stopped =
    result.stoppedFor === 'quota'
      ? 'stoppedQuota'
      : result.stoppedFor === 'time'
        ? 'stoppedTime'
        : null;
  return `${result.month}: ${digestUiText('deliverySummary', lang, {
    sent: result.sent,
    failed: result.failed,
    pending: result.pending,
    stopped: stopped ? digestUiText(stopped, lang) : '',
  })}`;
}
