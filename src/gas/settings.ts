import { DEFAULT_LANG, type Lang } from '../core/i18n/lang';
import { getSetting, SETTINGS, type SettingsStore, setSetting } from '../core/ports/settings';
import { settings } from './settings-store';

/** The language the workbook was set up in (document property), Russian until set. */
export function workbookLang(store: SettingsStore = settings): Lang {
  return getSetting(store, SETTINGS.lang) ?? DEFAULT_LANG;
}

export function setWorkbookLang(lang: Lang): void {
  setSetting(settings, SETTINGS.lang, lang);
}
