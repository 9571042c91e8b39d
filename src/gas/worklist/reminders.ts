/**
 * The weekly reminder's share of the one clock (DESIGN §10, §12): from Monday 08:00 in the
 * spreadsheet's zone, each active recipient whose Receives includes reminders gets one mail of
 * counts and a link, once a week, by the digest's delivery protocol (deliver, of the kind
 * 'reminder'); this says what the mail says, and writes the week's settings and the Log.
 */
import { activeRecipients } from '../../core/digest';
import { safeUrl } from '../../core/digest/content';
import type { Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import { clearSetting, getSetting, SETTINGS, setSetting } from '../../core/ports/settings';
import {
  reminderCounts,
  reminderDay,
  reminderWeek,
  renderReminder,
  worklistOf,
} from '../../core/worklist';
import { deliver } from '../delivery/deliver';
import { SENDER_NAME } from '../digest/send';
import { analyseSpreadsheet, todayInSpreadsheet } from '../digest/workbook';
import { underDocumentOrScriptLock } from '../lock';
import { appendLog } from '../log';
import { mailApp } from '../mailer';
import { workbookLang } from '../settings';
import { settings } from '../settings-store';
import { workbookWorklistDays } from './days';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReminderResult {
  readonly week: string;
  readonly sent: number;
  readonly failed: number;
  readonly left: number;
}

/** One week's delivery, under the lock, by the one delivery protocol over the Reminder log. */
function deliverReminders(spreadsheet: Spreadsheet, lang: Lang, start: boolean): ReminderResult {
  const today = todayInSpreadsheet(spreadsheet);
  const week = reminderWeek(today);
  const analysis = analyseSpreadsheet(spreadsheet);
  const items = worklistOf(analysis, today, {}, workbookWorklistDays());
  const url = safeUrl(spreadsheet.getUrl());
  const delivered = deliver(spreadsheet, lang, mailApp, {
    kind: 'reminder',
    recipients: activeRecipients(analysis.dataset, 'reminders'),
    due: [week],
    adds: start,
    message: (_, recipient) => {
      const mail = renderReminder(
        reminderCounts(items, analysis.workbook, recipient.region),
        { language: recipient.language, region: recipient.region },
        today,
        url,
      );
      return {
        to: recipient.email,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        name: SENDER_NAME,
      };
    },
  });
  return { week, sent: delivered.sent, failed: delivered.failed, left: delivered.pending };
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
