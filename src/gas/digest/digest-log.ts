import { normalizeEmail } from '../../core/email';
import type { Lang } from '../../core/i18n/lang';
import { monthIndexOf, monthKey } from '../../core/periods';
import { choiceKeyOf } from '../../core/read/choices-index';
import { locateColumns } from '../../core/read/locate';
import { asCellText } from '../../core/safe-text';
import { CHOICES, type ChoiceKey } from '../../core/schema/choices';
import type { ColumnDef } from '../../core/schema/sheets';
import { SHEETS } from '../../core/schema/sheets';
import { wallTimeOfInstant } from '../../core/time/wall-time';
import { setValuesAsText } from '../cell-text';
import { ensureSheet } from '../sheet-access';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Stored as the label in the workbook's language, read back by key or label in any language. */
export type DigestStatus = ChoiceKey<'digestStatus'>;

export interface LogEntry {
  /** 1-based sheet row. */
  readonly row: number;
  readonly month: string;
  /** As written; compare with `key`. */
  readonly recipient: string;
  readonly status: DigestStatus;
}

export const pairKey = (month: string, recipient: string): string =>
  `${month}|${normalizeEmail(recipient)}`;

const COLUMNS = SHEETS.digestLog.columns as readonly ColumnDef[];
const at = (key: string): number => COLUMNS.findIndex((c) => c.key === key);

/**
 * The Digest log sheet: one row per (month, recipient), read once per run with one
 * getValues(); a row changes as its digest goes from pending to sent or failed.
 */
export class DigestLog {
  /** 0-based sheet column of month, recipient, status, sentAt, error. */
  private readonly positions: number[];
  readonly entries: LogEntry[];
  /** The row the next added entry goes to. */
  nextRow: number;

  constructor(
    private readonly sheet: Sheet,
    private readonly timeZone: string,
    private readonly lang: Lang,
  ) {
    const values = sheet.getDataRange().getValues();
    const located = locateColumns(COLUMNS, values[0] ?? []);
    // A header someone damaged still has the schema's order: fall back to it.
    this.positions = located.map((p, i) => (p === -1 ? i : p));
    this.entries = [];
    values.slice(1).forEach((row, i) => {
      const month = this.monthOf(row[this.positions[at('month')] as number]);
      const recipient = String(row[this.positions[at('recipient')] as number] ?? '').trim();
      const status = choiceKeyOf(
        'digestStatus',
        String(row[this.positions[at('status')] as number] ?? ''),
      );
      if (!month || !recipient) return;
      this.entries.push({
        row: i + 2,
        month,
        recipient,
        // Anything unreadable is tried again rather than taken for sent.
        status: status === 'sent' || status === 'failed' ? status : 'pending',
      });
    });
    this.nextRow = values.length + 1;
  }

  static open(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): DigestLog {
    const sheet = ensureSheet(spreadsheet, 'digestLog', lang);
    return new DigestLog(sheet, spreadsheet.getSpreadsheetTimeZone(), lang);
  }

  private label(status: DigestStatus): string {
    return (
      CHOICES.digestStatus.find((choice) => choice.key === status)?.labels[this.lang] ?? status
    );
  }

  /** `YYYY-MM` from the cell: text as written, or a date Sheets made of it. */
  private monthOf(cell: unknown): string | null {
    if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') {
      return monthKey(monthIndexOf(wallTimeOfInstant(cell as Date, this.timeZone)));
    }
    const text = String(cell ?? '')
      .trim()
      .replace(/^'/, '');
    return /^\d{4}-\d{2}$/.test(text) ? text : null;
  }

  /** Adds pending rows for pairs the log lacks, with one setValues(). */
  addPending(pairs: readonly { month: string; recipient: string }[]): void {
    if (pairs.length === 0) return;
    const width = Math.max(...this.positions) + 1;
    const rows = pairs.map(({ month, recipient }) => {
      const row: (string | Date)[] = new Array(width).fill('');
      // The apostrophe keeps Sheets from turning 2026-10 into a date.
      row[this.positions[at('month')] as number] = `'${month}`;
      row[this.positions[at('recipient')] as number] = asCellText(recipient);
      row[this.positions[at('status')] as number] = this.label('pending');
      return row;
    });
    setValuesAsText(this.sheet.getRange(this.nextRow, 1, rows.length, width), rows);
    pairs.forEach(({ month, recipient }, i) => {
      this.entries.push({ row: this.nextRow + i, month, recipient, status: 'pending' });
    });
    this.nextRow += rows.length;
  }

  /** Records what became of the digest of one row: status, when it was sent, the error. */
  mark(row: number, status: DigestStatus, sentAt: Date | '', error: string): void {
    const cells: [string, string | Date][] = [
      ['status', this.label(status)],
      ['sentAt', sentAt],
      ['error', asCellText(error)],
    ];
    const columns = cells.map(([key]) => this.positions[at(key)] as number);
    const first = columns[0] as number;
    if (columns.every((c, i) => c === first + i)) {
      this.sheet.getRange(row, first + 1, 1, 3).setValues([cells.map(([, v]) => v)]);
    } else {
      cells.forEach(([, value], i) => {
        this.sheet.getRange(row, (columns[i] as number) + 1).setValue(value);
      });
    }
    const index = this.entries.findIndex((entry) => entry.row === row);
    const entry = this.entries[index];
    if (entry) this.entries[index] = { ...entry, status };
  }
}
