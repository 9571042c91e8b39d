import { TEXTS as DIGEST } from '../digest/texts';
import { FORM_TEXT } from '../forms/texts';
import { TEXTS as ROLLUP } from '../rollup/texts';
import { TEXTS as MONTH_TAB } from '../sidebar/month-texts';
import { TEXTS as SIDEBAR } from '../sidebar/texts';
import { TEXTS as WORKLIST } from '../worklist/texts';
import { TEXTS as APPROVAL_DIGEST } from './approval-digest';
import { TEXTS as DIGEST_ADDON } from './digest-addon';
import { type Labels, type Lang, textLookup } from './lang';
import { TEXTS as MONTH_CLOSE } from './month-close';
import { TEXTS as REMINDER_LOG } from './reminder-log';
import { TEXTS as RETURN_SHEET } from './return-sheet';
import { TEXTS as ROLLUP_UPDATE } from './rollup';
import { TEXTS as SCHEDULE } from './schedule';
import { UI } from './ui';

/**
 * Every text table of the add-on, registered here once: each module keeps its own words in its
 * own file, and `text` reads them all. An id is defined in one table only (a test checks it), so
 * a phrase used in several places is said once. The command line (src/local/cli/texts.ts) and
 * the sidebar page (src/ui/texts.ts) are other bundles with tables of their own: registering
 * them here would ship their words in the add-on.
 */
export const TEXT_TABLES = {
  ui: UI,
  forms: FORM_TEXT,
  digest: DIGEST,
  sidebar: SIDEBAR,
  digestAddOn: DIGEST_ADDON,
  schedule: SCHEDULE,
  worklist: WORKLIST,
  reminderLog: REMINDER_LOG,
  monthClose: MONTH_CLOSE,
  approvalDigest: APPROVAL_DIGEST,
  monthTab: MONTH_TAB,
  rollup: ROLLUP,
  returnSheet: RETURN_SHEET,
  rollupUpdate: ROLLUP_UPDATE,
} as const;

type Tables = typeof TEXT_TABLES;
type AllTexts = Tables['ui'] &
  Tables['forms'] &
  Tables['digest'] &
  Tables['sidebar'] &
  Tables['digestAddOn'] &
  Tables['schedule'] &
  Tables['worklist'] &
  Tables['reminderLog'] &
  Tables['monthClose'] &
  Tables['approvalDigest'] &
  Tables['monthTab'] &
  Tables['rollup'] &
  Tables['returnSheet'] &
  Tables['rollupUpdate'];

/** Any text of the add-on. */
export type TextId = keyof AllTexts;

const ALL = Object.assign({}, ...Object.values(TEXT_TABLES)) as AllTexts & Record<TextId, Labels>;

/** The text `id` in `lang`, its `{placeholders}` filled from `params`. */
export const text: (
  id: TextId,
  lang: Lang,
  params?: Readonly<Record<string, string | number>>,
) => string = textLookup(ALL);
