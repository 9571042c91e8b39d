/**
 * The delivery protocol as one pure plan (DESIGN §12), for every kind of message the clock
 * mails: the monthly digest (one a month × recipient) and the weekly reminder (one a week ×
 * recipient). From what the log says was sent, the recipients, the periods due and the mail
 * quota left: the messages to send now (in order) and the log rows to add first. Whatever runs
 * fire twice, late or after a quota stop, the plan never sends a message the log holds as sent
 * and never drops one still due: every message due gets a pending row BEFORE anything is sent,
 * and stays pending until sent.
 */
import { normalizeEmail } from '../email';

export type DeliveryKind = 'digest' | 'reminder';
export type DeliveryStatus = 'pending' | 'sent' | 'failed';

interface KindRule {
  /** How a period of this kind is written: the log rows of other text are not messages. */
  readonly period: RegExp;
  /** Whether an earlier period's message still unsent goes out late, or is given up. */
  readonly late: boolean;
}

export const DELIVERY_KINDS: Readonly<Record<DeliveryKind, KindRule>> = {
  // A month's digest says the same late as on time: October's goes out in December too.
  digest: { period: /^\d{4}-\d{2}$/, late: true },
  // A reminder counts what needs action now: this week's, with today's counts, replaces it.
  reminder: { period: /^\d{4}-W\d{2}$/, late: false },
};

/** One message, sent at most once. */
export interface MessageKey {
  readonly kind: DeliveryKind;
  readonly period: string;
  readonly recipient: string;
}

/** A row of a delivery log: where it is (its sheet row) and what became of the message. */
export interface DeliveryLogRow extends MessageKey {
  readonly row: number;
  readonly status: DeliveryStatus;
}

export interface DeliveryInput {
  /** The kind of message this run delivers; rows of other kinds are left alone. */
  readonly kind: DeliveryKind;
  readonly log: readonly DeliveryLogRow[];
  /** The row the first added log row gets (the log's first free row). */
  readonly nextRow: number;
  /** Who gets this kind now (active recipients), any case or apostrophe. */
  readonly recipients: readonly string[];
  /** The periods due now: each recipient gets one message for each. */
  readonly due: readonly string[];
  /** Messages that may go out in this run (the mail quota left today). */
  readonly quota: number;
  /**
   * Whether this run adds the messages the log lacks (the default). A reminder run after
   * Monday only finishes what Monday's began, so a clock set up on Wednesday sends nothing
   * before next Monday.
   */
  readonly adds?: boolean;
}

export interface PlannedSend extends MessageKey {
  /** The log row to mark sent or failed once the message went out (or did not). */
  readonly row: number;
}

export interface DeliveryPlan {
  /** Pending rows to add to the log, in this order from `nextRow`, before any send. */
  readonly add: readonly MessageKey[];
  /** The messages to send now, in this order: earlier log rows first, then the added ones. */
  readonly sends: readonly PlannedSend[];
  /** Messages still due after these sends (the quota ran out): they stay pending. */
  readonly left: number;
}

export const messageKey = (m: MessageKey): string =>
  `${m.kind}|${m.period}|${normalizeEmail(m.recipient)}`;

export function planDelivery(input: DeliveryInput): DeliveryPlan {
  const active = new Set(input.recipients.map(normalizeEmail));
  const due = new Set(input.due);
  const rows = input.log.filter((row) => row.kind === input.kind);
  const sent = new Set(rows.filter((row) => row.status === 'sent').map(messageKey));
  const known = new Set(rows.map(messageKey));

  const add: MessageKey[] = [];
  if (input.adds !== false) {
    for (const period of due) {
      for (const recipient of active) {
        const message = { kind: input.kind, period, recipient };
        const key = messageKey(message);
        if (known.has(key)) continue;
        known.add(key);
        add.push(message);
      }
    }
  }

  // Unsent messages to a recipient still active (of an earlier period too, where the kind
  // sends late), each once (the first of its rows), whatever the log repeats.
  const late = DELIVERY_KINDS[input.kind].late;
  const seen = new Set<string>();
  const work: PlannedSend[] = [];
  const consider = (message: MessageKey, row: number): void => {
    const key = messageKey(message);
    if (sent.has(key) || seen.has(key) || !active.has(normalizeEmail(message.recipient))) return;
    if (!late && !due.has(message.period)) return;
    seen.add(key);
    work.push({
      kind: message.kind,
      period: message.period,
      recipient: message.recipient,
      row,
    });
  };
  for (const row of rows) consider(row, row.row);
  add.forEach((message, i) => {
    consider(message, input.nextRow + i);
  });

  const allowed = Math.max(0, Math.floor(input.quota));
  const sends = work.slice(0, allowed);
  return { add, sends, left: work.length - sends.length };
}
