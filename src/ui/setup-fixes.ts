import type { Lang } from '../core/i18n/lang';
import type { ActionResult, SetupState, TriggerKind, TriggerState } from '../core/sidebar/api';
import type { Server } from './client';
import { t } from './texts';

/** A button that installs what Set-up reports missing: its id, its label, its server call. */
export interface Fix {
  readonly id: string;
  readonly label: string;
  run(server: Server): Promise<ActionResult>;
}

type FixOf = (lang: Lang, state: SetupState, trigger: TriggerState) => Fix | null;

/**
 * The fix of each kind of missing trigger. The intake trigger is installed with the forms; the
 * digest's clock is scheduled where the server says it can be (not in the local preview).
 */
const TRIGGER_FIXES: Partial<Record<TriggerKind, FixOf>> = {
  intake: (lang, state) =>
    state.can.createForms
      ? {
          id: 'setup-fix-intake',
          label: t('installIntake', lang),
          run: (server) => server.sidebarCreateForms(),
        }
      : null,
  digest: (lang, _state, trigger) =>
    trigger.canInstall
      ? {
          id: 'setup-schedule',
          label: t('scheduleDigest', lang),
          run: (server) => server.sidebarScheduleDigest(),
        }
      : null,
};

export function triggerFix(trigger: TriggerState, lang: Lang, state: SetupState): Fix | null {
  return TRIGGER_FIXES[trigger.kind]?.(lang, state, trigger) ?? null;
}
