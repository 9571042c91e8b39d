/** The coordinator's worklist (DESIGN §10): what needs action today, from the existing columns. */
export { type CommitteeWork, worklistByCommittee } from './by-committee';
export { committeeRegions, filterWorklist, type WorklistFilter } from './filter';
export { byDue, WORK_KINDS, type WorkItem, type WorkKind, worklist } from './items';
export { type WorkItemJson, type WorklistJson, worklistJson } from './json';
export { parseIsoDay, worklistOf } from './of-analysis';
export {
  type ReminderCommittee,
  type ReminderCounts,
  type ReminderRecipient,
  type RenderedReminder,
  reminderCounts,
  renderReminder,
} from './reminder';
export { REMINDER_HOUR, reminderDay, reminderWeek } from './reminder-week';
export { dueText, itemSentence } from './sentence';
export { DEFAULT_WORKLIST_DAYS, type WorklistDays, worklistDays } from './settings';
