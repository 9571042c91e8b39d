import { DEFAULT_LANG, type Lang } from '../core/i18n/lang';
import { getSetting, SETTINGS, setSetting } from '../core/ports/settings';
import { settings } from './settings-store';

/** The language the workbook was set up in (document property), Russian until set. */
export function workbookLang(): Lang {
  return getSetting(settings, SETTINGS.lang) ?? DEFAULT_LANG;
}

export function setWorkbookLang(lang: Lang): void {
  setSetting(settings, SETTINGS.lang, lang);
}
