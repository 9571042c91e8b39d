import type { ReadRow, ReadSheet } from '../../read/read-workbook';
import type { CellValue } from '../../read/workbook';
import type { ColumnDef, DataSheetKey } from '../../schema/sheets';
import { SHEETS } from '../../schema/sheets';
import { maskAll, maskEmail, maskName, maskPhone } from '../mask';
import { findEmail, findPersonName, findPhone } from '../personal-data';
import type { RuleId } from '../rule-defs';
import type { CheckContext } from './context';

/** Each detector with the mask its finding is shown under. */
const DETECTORS: readonly [RuleId, (text: string) => string | null, (found: string) => string][] = [
  ['phone_number', findPhone, maskPhone],
  ['email_address', findEmail, maskEmail],
  ['person_name', findPersonName, maskName],
];

/** Where a cell of a row sits: its schema column (null for an extra column) and whether to scan. */
interface ScanColumn {
  readonly key: string | null;
  /** Free text is always scanned; other schema cells only when they could not be read. */
  readonly always: boolean;
}

/** "E" for the fifth column: how Sheets names a column the schema does not know. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function textOf(value: CellValue): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  // Sheets turns a typed 0555123456 into the number 555123456.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function scanCell<S extends DataSheetKey>(
  context: CheckContext,
  sheet: ReadSheet<S>,
  row: ReadRow<S>,
  index: number,
  key: string | null,
): void {
  const text = textOf(row.raw[index]);
  if (text === null) return;
  const hits: { rule: RuleId; text: string; mask: string }[] = [];
  for (const [rule, detect, mask] of DETECTORS) {
    const found = detect(text);
    if (found !== null) hits.push({ rule, text: found, mask: mask(found) });
  }
  if (hits.length === 0) return;
  // Every problem of the cell shows it with all of its personal data masked, never as typed.
  const shown = maskAll(text, hits);
  for (const hit of hits) {
    const params = { found: hit.mask };
    if (key !== null) context.sink.addAt(sheet, row, hit.rule, key, params, shown);
    else context.sink.addExtra(sheet, row, hit.rule, index, columnLetter(index), params, shown);
  }
}

/** Free-text columns of a sheet: scanned for personal data, nothing else. */
function scanFreeText<S extends DataSheetKey>(context: CheckContext, sheet: ReadSheet<S>): void {
  const columns = (SHEETS[sheet.key].columns as readonly ColumnDef[])
    .filter((c) => c.freeText === true)
    .map((c) => ({ key: c.key, index: context.sink.rawIndex(sheet, c.key) }))
    .filter((c) => c.index >= 0);
  if (columns.length === 0) return;
  for (const row of sheet.rows) {
    for (const { key, index } of columns) scanCell(context, sheet, row, index, key);
  }
}

/**
 * Case sheets hold no names, addresses or phone numbers anywhere: every text cell is scanned,
 * extra columns included, except cells read as a valid choice, code, date or number.
 */
function scanCaseSheet<S extends DataSheetKey>(context: CheckContext, sheet: ReadSheet<S>): void {
  const byIndex = new Map<number, ScanColumn>();
  for (const column of SHEETS[sheet.key].columns as readonly ColumnDef[]) {
    const index = context.sink.rawIndex(sheet, column.key);
    if (index >= 0) byIndex.set(index, { key: column.key, always: column.type === 'text' });
  }
  for (const row of sheet.rows) {
    const rec = row.rec as Record<string, unknown>;
    for (let index = 0; index < row.raw.length; index++) {
      const column = byIndex.get(index);
      if (column?.key && !column.always && rec[column.key] !== null) continue;
      scanCell(context, sheet, row, index, column?.key ?? null);
    }
  }
}

export function checkPersonalData(context: CheckContext): void {
  const { sheets } = context;
  scanFreeText(context, sheets.events);
  scanCaseSheet(context, sheets.cases);
  scanCaseSheet(context, sheets.referrals);
  scanCaseSheet(context, sheets.assistance);
}
