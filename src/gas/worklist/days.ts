import { getSetting, SETTINGS } from '../../core/ports/settings';
import { type WorklistDays, worklistDays } from '../../core/worklist';
import { settings } from '../settings-store';

/** This workbook's worklist day counts: the defaults, with whatever valid ones it sets. */
export function workbookWorklistDays(): WorklistDays {
  // A property someone typed by hand and got wrong reads as unset: the defaults.
  const given = getSetting(settings, SETTINGS.worklistDays);
  return worklistDays(typeof given === 'object' && given !== null ? given : {});
}
