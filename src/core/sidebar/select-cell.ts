import { isA1 } from '../a1';
import type { Lang } from '../i18n/lang';
import { text } from '../i18n/texts';
import type { SelectCellRequest, SelectCellResult } from './api';
import { SidebarError } from './texts';

/**
 * Checks a click of the Problems tab before the host activates the range: the sheet must
 * exist and the address must be one the sidebar makes. The request crossed the wire, so
 * nothing about it is trusted.
 */
export function checkSelection(
  request: SelectCellRequest,
  sheetNames: readonly string[],
  lang: Lang,
): SelectCellResult {
  const sheet = typeof request?.sheet === 'string' ? request.sheet : '';
  const a1 = typeof request?.a1 === 'string' ? request.a1.trim().toUpperCase() : '';
  if (!sheetNames.includes(sheet))
    throw new SidebarError(text('unknownSheet', lang, { value: sheet }));
  if (!isA1(a1)) throw new SidebarError(text('badCell', lang, { value: a1 }));
  return { sheet, a1 };
}
