import type { Lang } from '../core/i18n/lang';
import type { ActionResult, SetupState, TriggerKind } from '../core/sidebar/api';
import type { Server } from './client';
import { t } from './texts';

/** A button that installs what Set-up reports missing: its id, its label, its server call. */
export interface Fix {
  readonly id: string;
  readonly label: string;
  run(server: Server): Promise<ActionResult>;
}

/**
 * The fix of each kind of missing trigger. The intake trigger is installed with the forms. The
 * digest's clock trigger is scheduled by its own button: add it here as `digest` (the Digest tab
 * has a place for it too, #digest-schedule-actions).
 */
const TRIGGER_FIXES: Partial<Record<TriggerKind, (lang: Lang, state: SetupState) => Fix | null>> = {
  intake: (lang, state) =>
    state.can.createForms
      ? {
          id: 'setup-fix-intake',
          label: t('installIntake', lang),
          run: (server) => server.sidebarCreateForms(),
        }
      : null,
};

export function triggerFix(kind: TriggerKind, lang: Lang, state: SetupState): Fix | null {
  return TRIGGER_FIXES[kind]?.(lang, state) ?? null;
}
