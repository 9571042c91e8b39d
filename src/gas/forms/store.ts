/**
 * What the forms keep in the document's properties: the form ids and their items' ids, the
 * wording chosen, the counters behind Event IDs and case codes, and the pending-response marks.
 */
import { FORM_KINDS, type FormKind } from '../../core/forms/spec';

const FORM_IDS = 'korgoo.forms.ids';
const ITEMS = 'korgoo.forms.items.';
const BILINGUAL = 'korgoo.forms.bilingual';
const EVENT_COUNTER = 'korgoo.seq.event';
const CASE_COUNTER = 'korgoo.seq.case.';
const PENDING_AT = 'korgoo.intake.pendingAt';
const SCANNED_AT = 'korgoo.intake.scannedAt';
const COMMITTEES_DIRTY = 'korgoo.forms.committeesDirty';

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function readJson<T>(key: string, fallback: T): T {
  const text = props().getProperty(key);
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export type FormIds = Partial<Record<FormKind, string>>;

export function formIds(): FormIds {
  const ids = readJson<FormIds>(FORM_IDS, {});
  const clean: FormIds = {};
  for (const kind of FORM_KINDS) if (typeof ids[kind] === 'string') clean[kind] = ids[kind];
  return clean;
}

export function setFormIds(ids: FormIds): void {
  props().setProperty(FORM_IDS, JSON.stringify(ids));
}

export function itemIds(kind: FormKind): Record<string, number> {
  return readJson<Record<string, number>>(ITEMS + kind, {});
}

export function setItemIds(kind: FormKind, ids: Record<string, number>): void {
  props().setProperty(ITEMS + kind, JSON.stringify(ids));
}

export function bilingualForms(): boolean {
  return props().getProperty(BILINGUAL) === 'true';
}

export function setBilingualForms(bilingual: boolean): void {
  props().setProperty(BILINGUAL, String(bilingual));
}

/** The counters: the last Event ID number and the last sequence per case-code prefix. */
export function counters(): { event: number; cases: (prefix: string) => number } {
  const all = props().getProperties();
  return {
    event: Number(all[EVENT_COUNTER] ?? 0) || 0,
    cases: (prefix) => Number(all[CASE_COUNTER + prefix] ?? 0) || 0,
  };
}

export function saveCounters(event: number | null, cases: ReadonlyMap<string, number>): void {
  const update: Record<string, string> = {};
  if (event !== null) update[EVENT_COUNTER] = String(event);
  for (const [prefix, n] of cases) update[CASE_COUNTER + prefix] = String(n);
  if (Object.keys(update).length > 0) props().setProperties(update);
}

/** A response was left pending in a way a later run may fix (busy workbook, an error). */
export function markPending(): void {
  props().setProperty(PENDING_AT, String(Date.now()));
}

/** Whether responses were left pending after the last full scan started. */
export function catchUpDue(): boolean {
  const all = props().getProperties();
  return Number(all[PENDING_AT] ?? 0) >= Number(all[SCANNED_AT] ?? 0) && PENDING_AT in all;
}

/** A scan of every response sheet that began at `startedAt` has finished. */
export function markScanned(startedAt: number): void {
  props().setProperty(SCANNED_AT, String(startedAt));
}

export function markCommitteesDirty(dirty: boolean): void {
  if (dirty) props().setProperty(COMMITTEES_DIRTY, 'true');
  else props().deleteProperty(COMMITTEES_DIRTY);
}

export function committeesDirty(): boolean {
  return props().getProperty(COMMITTEES_DIRTY) === 'true';
}
