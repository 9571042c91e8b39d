/**
 * The response sheets Google Forms writes into this spreadsheet. Korgoo adds one column of its
 * own, the status: "✓ EV-000123 → Events, row 17" once a response is taken in, "⚠ pending: …"
 * when it could not be; empty until then. Only a holder of the document lock writes it.
 */
import { FORM_KINDS, type FormKind } from '../../core/forms/spec';
import { FORM_TEXT } from '../../core/forms/texts';
import { LANGS, type Lang, normalizeLabel } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import type { SettingsStore } from '../../core/ports/settings';
import type { CellValue } from '../../core/read/workbook';
import { formIds } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TAKEN_MARK = '✓';

const STATUS_LABELS = new Set(LANGS.map((lang) => normalizeLabel(FORM_TEXT.statusHeader[lang])));

/** The 0-based index of the status column in a response sheet's header, or -1. */
export function statusIndex(header: readonly CellValue[]): number {
  return header.findIndex(
    (cell) => typeof cell === 'string' && STATUS_LABELS.has(normalizeLabel(cell)),
  );
}

export function isTakenIn(status: CellValue): boolean {
  return typeof status === 'string' && status.trim().startsWith(TAKEN_MARK);
}

/** Which Korgoo form writes into this sheet (by the form's address), or null. */
export function formKindOfUrl(url: string | null, store?: SettingsStore): FormKind | null {
  if (!url) return null;
  const ids = formIds(store);
  for (const kind of FORM_KINDS) {
    const id = ids[kind];
    if (id && url.includes(id)) return kind;
  }
  return null;
}

/** The sheet a form sends its responses to, or null (not linked, or not visible yet). */
export function responseSheetOf(spreadsheet: Spreadsheet, formId: string): Sheet | null {
  for (const sheet of spreadsheet.getSheets()) {
    const url = sheet.getFormUrl();
    if (url?.includes(formId)) return sheet;
  }
  return null;
}

/** Every response sheet of a Korgoo form, with its form. */
export function korgooResponseSheets(spreadsheet: Spreadsheet): { sheet: Sheet; kind: FormKind }[] {
  const found: { sheet: Sheet; kind: FormKind }[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const kind = formKindOfUrl(sheet.getFormUrl());
    if (kind) found.push({ sheet, kind });
  }
  return found;
}

/**
 * The header row with the status column (added at the end when missing); returns the header
 * and the status column's 1-based position.
 */
export function ensureStatusColumn(
  sheet: Sheet,
  lang: Lang,
): { header: CellValue[]; statusColumn: number } {
  const lastColumn = sheet.getLastColumn();
  const row = lastColumn > 0 ? (sheet.getSheetValues(1, 1, 1, lastColumn)[0] as CellValue[]) : [];
  const index = statusIndex(row);
  if (index !== -1) return { header: row, statusColumn: index + 1 };
  const column = Math.max(row.length, lastColumn) + 1;
  sheet.getRange(1, column).setValue(text('statusHeader', lang));
  const full = [...row];
  while (full.length < column - 1) full.push('');
  full.push(text('statusHeader', lang));
  return { header: full, statusColumn: column };
}
