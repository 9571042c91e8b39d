/**
 * Every setting Korgoo keeps, once, with its scope and type: the one registry the Apps Script
 * adapter (PropertiesService) and the in-memory one (command line, tests) serve. A key family
 * (one key per form kind, per case-code prefix) is one entry with a prefix.
 *
 * Google's limits (docs/google-rules.md): 9 KB per value, 500 KB per store, so nothing that
 * grows with the rows is kept here (the intake ledger and Korgoo's marks are sheets).
 */
import { isLang, type Lang } from '../i18n/lang';

/** document: this workbook's, shared by its editors; user: the user's, across workbooks. */
export type SettingScope = 'document' | 'user' | 'script';

export interface SettingType<T> {
  /** The value, or null when the stored text is not one (read as unset, never thrown). */
  parse(text: string): T | null;
  format(value: T): string;
}

export interface Setting<T> {
  readonly key: string;
  readonly scope: SettingScope;
  readonly type: SettingType<T>;
}

export interface SettingFamily<T> {
  readonly prefix: string;
  readonly scope: SettingScope;
  readonly type: SettingType<T>;
}

const text: SettingType<string> = { parse: (t) => t, format: (v) => v };
const integer: SettingType<number> = {
  parse: (t) => (/^-?\d+$/.test(t.trim()) ? Number(t) : null),
  format: (v) => String(Math.trunc(v)),
};
const flag: SettingType<boolean> = {
  parse: (t) => (t === 'true' ? true : t === 'false' ? false : null),
  format: (v) => String(v),
};
const lang: SettingType<Lang> = { parse: (t) => (isLang(t) ? t : null), format: (v) => v };
/** JSON whose shape the reader checks: what JSON.parse gives, or null for bad text. */
const json: SettingType<unknown> = {
  parse: (t) => {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return null;
    }
  },
  format: (v) => JSON.stringify(v),
};

const one = <T>(key: string, scope: SettingScope, type: SettingType<T>): Setting<T> => ({
  key,
  scope,
  type,
});
const family = <T>(
  prefix: string,
  scope: SettingScope,
  type: SettingType<T>,
): SettingFamily<T> => ({
  prefix,
  scope,
  type,
});

export const SETTINGS = {
  /** The workbook's language, chosen at set-up. */
  lang: one('korgoo.lang', 'document', lang),
  /** Data rows per sheet at the last Validate now (earlier versions; read once, then dropped). */
  markedRows: one('korgoo.markedRows', 'document', json),
  /** Per data sheet, the rows and the columns holding Korgoo's marks (src/gas/mark-record.ts). */
  marks: one('korgoo.marks', 'document', json),
  /** Hashes of the Problems rows Korgoo last wrote, so an unchanged list is not rewritten. */
  problemsWritten: one('korgoo.problems.written', 'document', json),
  /** The last month whose digest went to every recipient. */
  digestDoneMonth: one('korgoo.digest.doneMonth', 'document', text),
  /** Clock runs in a row that sent nothing while mail was pending. */
  digestIdleRuns: one('korgoo.digest.idleRuns', 'document', integer),
  /** Instant (ms) before which the digest waits after a dozen idle runs. */
  digestPausedUntil: one('korgoo.digest.pausedUntil', 'document', integer),
  /** The spreadsheet the document's clock opens by id (a clock run has no active one). */
  scheduleSpreadsheet: one('korgoo.schedule.spreadsheet', 'document', text),
  /** Where earlier versions kept that id: per user, so one workbook's only. */
  legacyDigestSpreadsheet: one('korgoo.digest.spreadsheet', 'user', text),
  /** When the user was told by e-mail to authorize again (ISO time), until they do. */
  authorizationNotified: one('korgoo.authorization.notified', 'document', text),
  /** The address of whoever scheduled, for when Session cannot say it. */
  authorizationEmail: one('korgoo.authorization.email', 'user', text),
  /** The forms' ids by kind. */
  formIds: one('korgoo.forms.ids', 'document', json),
  /** A form's item ids by question, one key per form kind. */
  formItems: family('korgoo.forms.items.', 'document', json),
  /** Whether the forms carry both languages. */
  bilingualForms: one('korgoo.forms.bilingual', 'document', flag),
  /** The last Event ID number given. */
  eventCounter: one('korgoo.seq.event', 'document', integer),
  /** The last case-code sequence, one key per prefix. */
  caseCounter: family('korgoo.seq.case.', 'document', integer),
  /** When a response was last left pending (ms). */
  intakePendingAt: one('korgoo.intake.pendingAt', 'document', integer),
  /** When the last full scan of the response sheets began (ms). */
  intakeScannedAt: one('korgoo.intake.scannedAt', 'document', integer),
  /** The Committees sheet changed since the forms last offered its committees. */
  committeesDirty: one('korgoo.forms.committeesDirty', 'document', flag),
  /** The worklist's day counts set for this workbook, e.g. {"followupEvery":45} (DESIGN §10). */
  worklistDays: one('korgoo.worklist.days', 'document', json),
  /** The last ISO week (2026-W45) whose reminders went to every recipient. */
  remindersDoneWeek: one('korgoo.reminders.doneWeek', 'document', text),
  /** The week whose reminders began on Monday and are not all sent yet. */
  remindersOpenWeek: one('korgoo.reminders.openWeek', 'document', text),
  /** The day (spreadsheet time, YYYY-MM-DD) the Return sheet was last written. */
  returnDay: one('korgoo.return.day', 'document', text),
  /** The day (spreadsheet time, YYYY-MM-DD) the clock's roll-up had read every due source. */
  rollupDay: one('korgoo.rollup.day', 'document', text),
} as const;

/** One key of a family, e.g. `memberOf(SETTINGS.caseCounter, 'KANT-2026')`. */
export function memberOf<T>(f: SettingFamily<T>, name: string): Setting<T> {
  return { key: f.prefix + name, scope: f.scope, type: f.type };
}

/** The settings store port: strings by key, per scope, as PropertiesService keeps them. */
export interface SettingsStore {
  read(scope: SettingScope, key: string): string | null;
  /** Every key of the scope with its text (one round trip on Google). */
  readAll(scope: SettingScope): Readonly<Record<string, string>>;
  write(scope: SettingScope, key: string, value: string): void;
  /** Several keys of one scope at once (one round trip on Google). */
  writeAll(scope: SettingScope, values: Readonly<Record<string, string>>): void;
  remove(scope: SettingScope, key: string): void;
}

export function getSetting<T>(store: SettingsStore, setting: Setting<T>): T | null {
  const stored = store.read(setting.scope, setting.key);
  return stored === null ? null : setting.type.parse(stored);
}

export function setSetting<T>(store: SettingsStore, setting: Setting<T>, value: T): void {
  store.write(setting.scope, setting.key, setting.type.format(value));
}

export function clearSetting(store: SettingsStore, setting: Setting<unknown>): void {
  store.remove(setting.scope, setting.key);
}

/** Google's limits, which the in-memory store keeps too so nothing passes here that fails there. */
export const MAX_SETTING_CHARS = 9 * 1024;
export const MAX_STORE_CHARS = 500 * 1024;

/** An in-memory store (the command line, the local preview, tests), with Google's limits. */
export function memorySettings(): SettingsStore {
  const scopes: Record<SettingScope, Map<string, string>> = {
    document: new Map(),
    user: new Map(),
    script: new Map(),
  };
  const put = (scope: SettingScope, entries: readonly [string, string][]): void => {
    const next = new Map(scopes[scope]);
    for (const [key, value] of entries) {
      const v = String(value);
      if (v.length > MAX_SETTING_CHARS) throw new Error('Argument too large: value');
      next.set(key, v);
    }
    let total = 0;
    for (const [k, v] of next) total += k.length + v.length;
    if (total > MAX_STORE_CHARS)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    scopes[scope] = next;
  };
  return {
    read: (scope, key) => scopes[scope].get(key) ?? null,
    readAll: (scope) => Object.fromEntries(scopes[scope]),
    write: (scope, key, value) => put(scope, [[key, value]]),
    writeAll: (scope, values) => put(scope, Object.entries(values)),
    remove: (scope, key) => {
      scopes[scope].delete(key);
    },
  };
}
