/**
 * What the forms keep in the document's settings (src/core/ports/settings.ts): the form ids
 * and their items' ids, the wording chosen, the counters behind Event IDs and case codes, and
 * the pending-response marks. Each takes the store to use: Google's by default, or a run's
 * snapshot (settings-snapshot.ts) so that one form response reads the settings once.
 */
import { FORM_KINDS, type FormKind } from '../../core/forms/spec';
import {
  clearSetting,
  getSetting,
  memberOf,
  SETTINGS,
  type SettingsStore,
  setSetting,
} from '../../core/ports/settings';
import { nowMs } from '../clock';
import { settings } from '../settings-store';

export type FormIds = Partial<Record<FormKind, string>>;

export function formIds(store: SettingsStore = settings): FormIds {
  const ids = getSetting(store, SETTINGS.formIds);
  const clean: FormIds = {};
  if (typeof ids !== 'object' || ids === null) return clean;
  const byKind = ids as Record<string, unknown>;
  for (const kind of FORM_KINDS) {
    const id = byKind[kind];
    if (typeof id === 'string') clean[kind] = id;
  }
  return clean;
}

export function setFormIds(ids: FormIds): void {
  setSetting(settings, SETTINGS.formIds, ids);
}

export function itemIds(kind: FormKind): Record<string, number> {
  const ids = getSetting(settings, memberOf(SETTINGS.formItems, kind));
  return typeof ids === 'object' && ids !== null ? (ids as Record<string, number>) : {};
}

export function setItemIds(kind: FormKind, ids: Record<string, number>): void {
  setSetting(settings, memberOf(SETTINGS.formItems, kind), ids);
}

export function bilingualForms(): boolean {
  return getSetting(settings, SETTINGS.bilingualForms) === true;
}

export function setBilingualForms(bilingual: boolean): void {
  setSetting(settings, SETTINGS.bilingualForms, bilingual);
}

/** A counter as kept: earlier versions wrote any number, so a bad one counts as 0. */
function counterOf(text: string | undefined): number {
  return Number(text ?? 0) || 0;
}

/** The counters: the last Event ID number and the last sequence per case-code prefix. */
export function counters(store: SettingsStore = settings): {
  event: number;
  cases: (prefix: string) => number;
} {
  const all = store.readAll('document');
  return {
    event: counterOf(all[SETTINGS.eventCounter.key]),
    cases: (prefix) => counterOf(all[memberOf(SETTINGS.caseCounter, prefix).key]),
  };
}

export function saveCounters(
  event: number | null,
  cases: ReadonlyMap<string, number>,
  store: SettingsStore = settings,
): void {
  const update: Record<string, string> = {};
  if (event !== null) update[SETTINGS.eventCounter.key] = SETTINGS.eventCounter.type.format(event);
  for (const [prefix, n] of cases) {
    const setting = memberOf(SETTINGS.caseCounter, prefix);
    update[setting.key] = setting.type.format(n);
  }
  if (Object.keys(update).length > 0) store.writeAll('document', update);
}

/** A response was left pending in a way a later run may fix (busy workbook, an error). */
export function markPending(store: SettingsStore = settings): void {
  setSetting(store, SETTINGS.intakePendingAt, nowMs());
}

/** Whether responses were left pending after the last full scan started. */
export function catchUpDue(store: SettingsStore = settings): boolean {
  const all = store.readAll('document');
  const pendingAt = all[SETTINGS.intakePendingAt.key];
  if (pendingAt === undefined) return false;
  return counterOf(pendingAt) >= counterOf(all[SETTINGS.intakeScannedAt.key]);
}

/** A scan of every response sheet that began at `startedAt` has finished. */
export function markScanned(startedAt: number, store: SettingsStore = settings): void {
  setSetting(store, SETTINGS.intakeScannedAt, startedAt);
}

export function markCommitteesDirty(dirty: boolean, store: SettingsStore = settings): void {
  if (dirty) setSetting(store, SETTINGS.committeesDirty, true);
  else clearSetting(store, SETTINGS.committeesDirty);
}

export function committeesDirty(store: SettingsStore = settings): boolean {
  return getSetting(store, SETTINGS.committeesDirty) === true;
}
