import { normalizeEmail } from '../email';
import { DAY_MS, type WallTime } from '../time/wall-time';

/**
 * The weekly reminder's delivery as a pure plan, in the shape of the digest's: the log's rows,
 * the recipients, the week and the mail quota in; the rows to add and the mails to send out.
 * Each (week, recipient) is added to the log as pending BEFORE anything is sent, so a run that
 * dies loses nothing; a pair logged as sent is never sent again.
 */
export type ReminderStatus = 'pending' | 'sent' | 'failed';

export interface ReminderLogRow {
  readonly week: string;
  readonly recipient: string;
  readonly status: ReminderStatus;
}

export interface ReminderPair {
  readonly week: string;
  readonly recipient: string;
}

export interface ReminderPlanInput {
  readonly log: readonly ReminderLogRow[];
  /** Addresses of the active recipients whose Receives includes reminders. */
  readonly recipients: readonly string[];
  /** The week due, as `reminderWeek` gives it. */
  readonly week: string;
  /** Mails that may still go out today. */
  readonly quota: number;
  /**
   * Monday's run starts the week: recipients the log lacks are added. A later run of the week
   * only finishes what Monday left (a spent quota, a failure), so a clock set up on Wednesday
   * sends nothing before next Monday.
   */
  readonly start: boolean;
}

export interface ReminderPlan {
  /** Pairs the log lacks: appended as pending before any send. */
  readonly append: readonly ReminderPair[];
  /** This week's unsent pairs, each once, at most `quota` of them, in the recipients' order. */
  readonly sends: readonly ReminderPair[];
  /** Pairs left for a later run of the week (the quota ran out). */
  readonly left: number;
}

export const pairKey = (week: string, recipient: string): string =>
  `${week}|${normalizeEmail(recipient)}`;

export function planReminders(input: ReminderPlanInput): ReminderPlan {
  const logged = new Set(input.log.map((r) => pairKey(r.week, r.recipient)));
  const sent = new Set(
    input.log.filter((r) => r.status === 'sent').map((r) => pairKey(r.week, r.recipient)),
  );
  const seen = new Set<string>();
  const due: ReminderPair[] = [];
  const append: ReminderPair[] = [];
  for (const email of input.recipients) {
    const key = pairKey(input.week, email);
    if (seen.has(key)) continue;
    seen.add(key);
    const pair = { week: input.week, recipient: normalizeEmail(email) };
    if (!logged.has(key)) {
      if (!input.start) continue;
      append.push(pair);
    }
    if (!sent.has(key)) due.push(pair);
  }
  // Earlier weeks' leftovers are not sent: this week's reminder, with today's counts, replaces them.
  const quota = Math.max(0, Math.floor(input.quota));
  return { append, sends: due.slice(0, quota), left: Math.max(0, due.length - quota) };
}

/** ISO week of a wall-clock day, `2026-W45`: the key of one week's reminders. */
export function reminderWeek(today: WallTime): string {
  const day = Math.floor(today / DAY_MS) * DAY_MS;
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = day + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The reminders go out from Monday at this hour, the workbook's wall clock. */
export const REMINDER_HOUR = 8;

/**
 * What a run at `now` (the workbook's wall clock) may do for the week's reminders: nothing on
 * Monday before 08:00; start the week from Monday 08:00; on the other days only finish it.
 */
export function reminderDay(now: WallTime): 'closed' | 'start' | 'finish' {
  const date = new Date(now);
  if (date.getUTCDay() !== 1) return 'finish';
  return date.getUTCHours() >= REMINDER_HOUR ? 'start' : 'closed';
}
