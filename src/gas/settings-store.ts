/**
 * The settings port on Apps Script: PropertiesService's document, user and script stores.
 * The service is a parameter (Google's by default) so the contract tests run it on the fake.
 */
import type { SettingScope, SettingsStore } from '../core/ports/settings';

type Service = GoogleAppsScript.Properties.PropertiesService;

export function propertiesSettings(service?: Service): SettingsStore {
  const of = (scope: SettingScope) => {
    const s = service ?? PropertiesService;
    if (scope === 'document') return s.getDocumentProperties();
    return scope === 'user' ? s.getUserProperties() : s.getScriptProperties();
  };
  return {
    read: (scope, key) => of(scope).getProperty(key),
    readAll: (scope) => of(scope).getProperties(),
    write: (scope, key, value) => {
      of(scope).setProperty(key, value);
    },
    writeAll: (scope, values) => {
      of(scope).setProperties({ ...values });
    },
    remove: (scope, key) => {
      of(scope).deleteProperty(key);
    },
  };
}

/** The add-on's settings, as Google keeps them. */
export const settings: SettingsStore = propertiesSettings();
