import { type WorklistDays, worklistDays } from '../../core/worklist';

/** Document property holding the worklist's day counts as JSON, e.g. {"followupEvery":45}. */
export const WORKLIST_DAYS_KEY = 'korgoo.worklist.days';

/** This workbook's worklist day counts: the defaults, with whatever valid ones it sets. */
export function workbookWorklistDays(): WorklistDays {
  const text = PropertiesService.getDocumentProperties().getProperty(WORKLIST_DAYS_KEY);
  if (!text) return worklistDays();
  try {
    const given: unknown = JSON.parse(text);
    return worklistDays(typeof given === 'object' && given !== null ? given : {});
  } catch {
    // A property someone typed by hand and got wrong: the defaults, not a broken sidebar.
    return worklistDays();
  }
}
