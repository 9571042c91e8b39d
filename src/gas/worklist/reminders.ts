/**
 * The weekly reminder's share of the one clock (DESIGN §10, §12): from Monday 08:00 in the
 * spreadsheet's zone, each active recipient whose Receives includes reminders gets one mail of
 * counts and a link, once a week. The core plans (planDelivery, the digest's plan, of the kind
 * 'reminder'); this reads the sheets, sends by MailApp and writes the Reminder log and the Log.
 */
import { planDelivery } from '../../core/delivery/plan';
import { activeRecipients } from '../../core/digest';
import { safeUrl } from '../../core/digest/content';
import { normalizeEmail } from '../../core/email';
import { errorText } from '../../core/error-text';
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { clearSetting, getSetting, SETTINGS, setSetting } from '../../core/ports/settings';
import type { RecipientRecord } from '../../core/schema/records';
import {
  reminderCounts,
  reminderDay,
  reminderWeek,
  renderReminder,
  worklistOf,
} from '../../core/worklist';
import { nowMs } from '../clock';
import { SendLog } from '../delivery/send-log';
import { analyseSpreadsheet, todayInSpreadsheet } from '../digest/workbook';
import { underDocumentOrScriptLock } from '../lock';
import { appendLog } from '../log';
import { workbookLang } from '../settings';
import { settings } from '../settings-store';
import { workbookWorklistDays } from './days';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SENDER_NAME = 'Korgoo';

export interface ReminderResult {
  readonly week: string;
  readonly sent: number;
  readonly failed: number;
  readonly left: number;
}

/** One week's delivery, under the lock: plan, log as pending, send, mark. */
function deliverReminders(spreadsheet: Spreadsheet, lang: Lang, start: boolean): ReminderResult {
  const today = todayInSpreadsheet(spreadsheet);
  const week = reminderWeek(today);
  const analysis = analyseSpreadsheet(spreadsheet);
  const recipients = new Map<string, RecipientRecord>();
  for (const r of activeRecipients(analysis.dataset, 'reminders'))
    recipients.set(normalizeEmail(r.email), r);
  const log = SendLog.open(spreadsheet, 'reminder', lang);
  const plan = planDelivery({
    kind: 'reminder',
    log: log.entries,
    nextRow: log.nextRow,
    recipients: [...recipients.keys()],
    due: [week],
    quota: MailApp.getRemainingDailyQuota(),
    adds: start,
  });
  log.addPending(plan.add);
  const items = worklistOf(analysis, today, {}, workbookWorklistDays());
  const url = safeUrl(spreadsheet.getUrl());
  let sent = 0;
  let failed = 0;
  for (const send of plan.sends) {
    const recipient = recipients.get(normalizeEmail(send.recipient)) as RecipientRecord;
    const mail = renderReminder(
      reminderCounts(items, analysis.workbook, recipient.region),
      { language: recipient.language, region: recipient.region },
      today,
      url,
    );
    try {
      MailApp.sendEmail({
        to: recipient.email,
        subject: mail.subject,
        htmlBody: mail.html,
        body: mail.text,
        name: SENDER_NAME,
      });
      log.mark(send.row, 'sent', new Date(nowMs()), '');
      sent++;
    } catch (error) {
      log.mark(send.row, 'failed', '', errorText(error));
      failed++;
    }
  }
  return { week, sent, failed, left: plan.left + failed };
}

/**
 * The reminders' share of a clock run: from Monday 08:00 the week starts; later runs of the
 * week finish what it left, and once the week is done no run reads a sheet for it. Returns
 * null when nothing ran.
 */
export function remindersRun(spreadsheet: Spreadsheet): ReminderResult | null {
  const today = todayInSpreadsheet(spreadsheet);
  const day = reminderDay(today);
  if (day === 'closed') return null;
  const week = reminderWeek(today);
  if (getSetting(settings, SETTINGS.remindersDoneWeek) === week) return null;
  if (day === 'finish' && getSetting(settings, SETTINGS.remindersOpenWeek) !== week) return null;
  const run = underDocumentOrScriptLock(() => {
    const lang = workbookLang();
    const result = deliverReminders(spreadsheet, lang, day === 'start');
    if (result.left === 0) {
      setSetting(settings, SETTINGS.remindersDoneWeek, result.week);
      clearSetting(settings, SETTINGS.remindersOpenWeek);
    } else {
      setSetting(settings, SETTINGS.remindersOpenWeek, result.week);
    }
    if (result.sent + result.failed > 0) {
      appendLog(
        spreadsheet,
        lang,
        text('logReminders', lang),
        text('reminderLogSummary', lang, { ...result }),
      );
    }
    return result;
  });
  return run.ran ? run.value : null;
}
