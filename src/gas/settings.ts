import { DEFAULT_LANG, isLang, type Lang } from '../core/i18n/lang';

const LANG_KEY = 'korgoo.lang';

/** The language the workbook was set up in (document property), Russian until set. */
export function workbookLang(): Lang {
  const value = PropertiesService.getDocumentProperties().getProperty(LANG_KEY);
  return isLang(value) ? value : DEFAULT_LANG;
}

export function setWorkbookLang(lang: Lang): void {
  PropertiesService.getDocumentProperties().setProperty(LANG_KEY, lang);
}
