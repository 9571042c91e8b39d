import { LANGS, type Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import { locateSheets } from '../read/locate';
import { ALL_SHEETS, SHEETS } from '../schema/sheets';
import type { SetupState, TriggerState } from './api';
import { LANGUAGE_OPTIONS } from './languages';
import type { SidebarPorts } from './ports';

function triggersOf(ports: SidebarPorts, lang: Lang): TriggerState[] {
  const installed = ports.installedTriggers();
  const known: TriggerState[] = [];
  if (ports.forms) {
    const handler = ports.forms.triggerHandler;
    known.push({
      handler,
      kind: 'intake',
      label: text('triggerIntake', lang),
      installed: installed.includes(handler),
    });
  }
  if (ports.digest) {
    const handler = ports.digest.triggerHandler;
    const scheduled = installed.includes(handler);
    known.push({
      handler,
      kind: 'digest',
      label: text('triggerDigest', lang),
      installed: scheduled,
      ...(scheduled || !ports.digest.schedule ? {} : { canInstall: true }),
    });
  }
  // Triggers this build does not know are listed by handler, so nothing installed is hidden.
  const others = [...new Set(installed)]
    .filter((handler) => !known.some((k) => k.handler === handler))
    .map((handler) => ({ handler, kind: 'other' as const, label: handler, installed: true }));
  return [...known, ...others];
}

/** The Set-up tab: language, which sheets exist, the forms and the triggers. */
export function sidebarSetupState(ports: SidebarPorts): SetupState {
  const lang = ports.lang();
  const found = locateSheets([...ports.sheetNames()]);
  return {
    lang,
    languages: LANGUAGE_OPTIONS.filter((o) => (LANGS as readonly string[]).includes(o.value)),
    sheets: ALL_SHEETS.map((key) => ({
      key,
      label: SHEETS[key].labels[lang],
      name: found[key] ?? null,
    })),
    forms: ports.forms ? [...ports.forms.state()] : null,
    triggers: triggersOf(ports, lang),
    can: {
      createForms: ports.forms !== undefined,
      sendPreview: ports.digest?.sendPreviewToMe !== undefined,
      scheduleDigest: ports.digest?.schedule !== undefined,
    },
  };
}
