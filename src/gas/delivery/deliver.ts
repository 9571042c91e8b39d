/**
 * The delivery protocol carried out (DESIGN §12), for the digest and the reminders alike: the
 * kind's log read once, the plan (core/delivery/plan) asked, its pending rows written BEFORE
 * anything is sent (a run that dies loses nothing), each send marked sent or failed as it goes.
 * The caller holds the lock and says what a message of its kind says.
 */
import { type DeliveryKind, type PlannedSend, planDelivery } from '../../core/delivery/plan';
import { normalizeEmail } from '../../core/email';
import { errorText } from '../../core/error-text';
import type { Lang } from '../../core/i18n/lang';
import type { Mailer, MailMessage } from '../../core/ports/mailer';
import type { RecipientRecord } from '../../core/schema/records';
import { instantNow } from '../clock';
import { SendLog } from './send-log';

export interface DeliveryRun {
  readonly kind: DeliveryKind;
  /** The active recipients of this kind. */
  readonly recipients: readonly RecipientRecord[];
  /** The periods due now (a month, a week). */
  readonly due: readonly string[];
  /** Whether the run adds the messages the log lacks (see DeliveryInput.adds). */
  readonly adds?: boolean;
  /** The message of one period to one recipient. */
  readonly message: (period: string, recipient: RecipientRecord) => MailMessage;
  /** Asked before each send: true ends the run there (its time is up), the rest kept pending. */
  readonly outOfTime?: () => boolean;
  /** Told of each send that failed, with the reason. */
  readonly onFailed?: (send: PlannedSend, reason: string) => void;
}

export interface Delivered {
  readonly sent: number;
  readonly failed: number;
  /** Messages still to send after this run (failed ones included). */
  readonly pending: number;
  /** Why messages were left (null: none was, or only failed ones). */
  readonly stoppedFor: 'quota' | 'time' | null;
}

export function deliver(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  mailer: Mailer,
  run: DeliveryRun,
): Delivered {
  const recipients = new Map<string, RecipientRecord>();
  for (const r of run.recipients) recipients.set(normalizeEmail(r.email), r);
  const log = SendLog.open(spreadsheet, run.kind, lang);
  const plan = planDelivery({
    kind: run.kind,
    log: log.entries,
    nextRow: log.nextRow,
    recipients: [...recipients.keys()],
    due: run.due,
    quota: mailer.remainingQuota(),
    adds: run.adds,
  });
  log.addPending(plan.add);

  let sent = 0;
  let failed = 0;
  let outOfTime = false;
  for (const send of plan.sends) {
    if (run.outOfTime?.()) {
      outOfTime = true;
      break;
    }
    const recipient = recipients.get(normalizeEmail(send.recipient)) as RecipientRecord;
    try {
      mailer.send(run.message(send.period, recipient));
      log.mark(send.row, 'sent', instantNow(), '');
      sent++;
    } catch (error) {
      const reason = errorText(error);
      log.mark(send.row, 'failed', '', reason);
      run.onFailed?.(send, reason);
      failed++;
    }
  }
  const due = plan.sends.length + plan.left;
  const left = sent + failed < due;
  return {
    sent,
    failed,
    pending: due - sent,
    stoppedFor: !left ? null : outOfTime ? 'time' : plan.left > 0 ? 'quota' : null,
  };
}
