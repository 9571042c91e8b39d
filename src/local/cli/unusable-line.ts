import type { Lang } from '../../core/i18n/lang';
import type { UnusableFileError, UnusableReason } from '../xlsx/unusable';
import { formatNumber } from './table';
import { type TextId, text } from './texts';

const TEXT_OF: Readonly<Record<Exclude<UnusableReason, 'over_excel_limits'>, TextId>> = {
  missing: 'missingFile',
  folder: 'folder',
  not_xlsx: 'notXlsx',
  not_korgoo: 'notKorgoo',
  encrypted: 'encrypted',
  xls: 'oldXls',
  ods: 'openDocument',
  zip_bomb: 'zipBomb',
  too_many_cells: 'tooManyCells',
};

const MB = 1024 * 1024;

/** The one line that says why a file cannot be read, in the user's language. */
export function unusableLine(error: UnusableFileError, lang: Lang): string {
  const { reason, details, path } = error;
  const number = (name: string): string => formatNumber(Number(details[name] ?? 0));
  if (reason === 'over_excel_limits') {
    const id = details.what === 'column' ? 'beyondExcelColumns' : 'beyondExcelRows';
    return text(id, lang, { sheet: String(details.sheet ?? ''), number: number('number'), path });
  }
  return text(TEXT_OF[reason], lang, {
    path,
    part: String(details.part ?? ''),
    size: formatNumber(Math.round(Number(details.bytes ?? 0) / MB)),
    max: number('max'),
  });
}
