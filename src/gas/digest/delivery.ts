import { activeRecipients, digestMonthOf, recipientOf } from '../../core/digest';
import { errorText } from '../../core/error-text';
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { pendingLogLines } from '../../core/intake/log-lines';
import type { Mailer } from '../../core/ports/mailer';
import { nowMs } from '../clock';
import { deliver } from '../delivery/deliver';
import { countPending, takeInPending } from '../forms/pending';
import { appendLog, appendLogs } from '../log';
import { mailApp } from '../mailer';
import { digestMessage, digestRenderer } from './send';
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
    appendLogs(spreadsheet, lang, pendingLogLines(result, lang, { byForm: false, summary: true }));
    return result.left;
  } catch (error) {
    const message = errorText(error);
    appendLog(spreadsheet, lang, text('logPending', lang), text('reasonError', lang, { message }));
    return null;
  }
}

/**
 * One delivery run (the caller holds the lock; `documentLocked`: the document's own): every
 * active recipient gets last month's digest once, by the one delivery protocol (deliver, over
 * the Digest log); time is checked before each send, and what is left stays pending for the
 * clock's next run.
 */
export function deliverDigests(
  spreadsheet: Spreadsheet,
  lang: Lang,
  documentLocked: boolean,
  mailer: Mailer = mailApp,
): DeliveryResult {
  const started = nowMs();
  const pendingResponses = takeInBeforeDigest(spreadsheet, lang, documentLocked);
  const analysis = analyseSpreadsheet(spreadsheet);
  const month = digestMonthOf(todayInSpreadsheet(spreadsheet));
  const render = digestRenderer(analysis, spreadsheet.getUrl(), pendingResponses);
  const delivered = deliver(spreadsheet, lang, mailer, {
    kind: 'digest',
    recipients: activeRecipients(analysis.dataset),
    due: [month],
    message: (period, recipient) =>
      digestMessage(recipient.email, render(period, recipientOf(recipient))),
    outOfTime: () => nowMs() - started > TIME_BUDGET_MS,
    onFailed: (send, message) => {
      appendLog(
        spreadsheet,
        lang,
        text('logDelivery', lang),
        text('logSendFailed', lang, { recipient: send.recipient, month: send.period, message }),
      );
    },
  });
  return { month, ...delivered, pendingResponses };
}

export function deliverySummary(result: DeliveryResult, lang: Lang): string {
  const stopped =
    result.stoppedFor === 'quota'
      ? 'stoppedQuota'
      : result.stoppedFor === 'time'
        ? 'stoppedTime'
        : null;
  return `${result.month}: ${text('deliverySummary', lang, {
    sent: result.sent,
    failed: result.failed,
    pending: result.pending,
    stopped: stopped ? text(stopped, lang) : '',
  })}`;
}
