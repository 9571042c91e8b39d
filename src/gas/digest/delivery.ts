import { activeRecipients, digestMonthOf, recipientOf } from '../../core/digest';
import type { Lang } from '../../core/i18n/lang';
import type { RecipientRecord } from '../../core/schema/records';
import { appendLog } from '../log';
import { nowMs } from './clock';
import { DigestLog, type LogEntry, pairKey } from './digest-log';
import { digestRenderer, sendDigestMail } from './send';
import { digestUiText } from './texts';
import { analyseSpreadsheet, todayInSpreadsheet } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Work stops well before Apps Script's 6-minute limit; the clock's next run resumes it. */
export const TIME_BUDGET_MS = 4.5 * 60_000;

export interface DeliveryResult {
  readonly month: string;
  readonly sent: number;
  readonly failed: number;
  /** Pairs still to send after this run (failed ones included). */
  readonly pending: number;
  readonly stoppedFor: 'quota' | 'time' | null;
}

/**
 * One delivery run (the caller holds the lock): every active recipient gets last month's
 * digest once. Pairs are written to the Digest log as pending BEFORE anything is sent, so a
 * run that dies loses nothing; a pair already sent is never sent again; quota and time are
 * checked before each send, and what is left stays pending for the clock's next run.
 */
export function deliverDigests(spreadsheet: Spreadsheet, lang: Lang): DeliveryResult {
  const started = nowMs();
  const analysis = analyseSpreadsheet(spreadsheet);
  const month = digestMonthOf(todayInSpreadsheet(spreadsheet));
  const recipients = new Map<string, RecipientRecord>();
  for (const r of activeRecipients(analysis.dataset))
    recipients.set(r.email.trim().toLowerCase(), r);

  const log = DigestLog.open(spreadsheet, lang);
  const sentPairs = new Set(
    log.entries.filter((e) => e.status === 'sent').map((e) => pairKey(e.month, e.recipient)),
  );
  const known = new Set(log.entries.map((e) => pairKey(e.month, e.recipient)));
  log.addPending(
    [...recipients.values()]
      .filter((r) => !known.has(pairKey(month, r.email)))
      .map((r) => ({ month, recipient: r.email.trim() })),
  );
  // Unsent pairs of any month (an earlier month's leftovers too) whose recipient is still active.
  const seen = new Set<string>();
  const work: LogEntry[] = log.entries.filter((e) => {
    const key = pairKey(e.month, e.recipient);
    if (sentPairs.has(key) || seen.has(key) || !recipients.has(e.recipient.toLowerCase()))
      return false;
    seen.add(key);
    return true;
  });

  const render = digestRenderer(analysis, spreadsheet.getUrl());
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
    const recipient = recipients.get(entry.recipient.toLowerCase()) as RecipientRecord;
    try {
      sendDigestMail(entry.recipient, render(entry.month, recipientOf(recipient)));
      log.mark(entry, 'sent', new Date(nowMs()), '');
      sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
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
  return { month, sent, failed, pending, stoppedFor: done < work.length ? stoppedFor : null };
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
