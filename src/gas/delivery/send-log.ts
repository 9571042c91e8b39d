import {
  DELIVERY_KINDS,
  type DeliveryKind,
  type DeliveryLogRow,
  type DeliveryStatus,
  type MessageKey,
} from '../../core/delivery/plan';
import type { Lang } from '../../core/i18n/lang';
import { monthIndexOf, monthKey } from '../../core/periods';
import { choiceKeyOf } from '../../core/read/choices-index';
import { locateColumns } from '../../core/read/locate';
import { asCellText } from '../../core/safe-text';
import { CHOICES } from '../../core/schema/choices';
import type { ColumnDef } from '../../core/schema/sheets';
import { SHEETS } from '../../core/schema/sheets';
import { wallTimeOfInstant } from '../../core/time/wall-time';
import { setValuesAsText } from '../cell-text';
import { ensureSheet } from '../sheet-access';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface LogSheet {
  readonly sheet: 'digestLog' | 'reminderLog';
  /** The column of the message's period (the other columns are the same in both). */
  readonly period: 'month' | 'week';
  /** Written after an apostrophe, so Sheets keeps 2026-10 as text rather than a date. */
  readonly quoted: boolean;
}

/** Each kind's own sheet, as the workbooks of earlier versions already hold them. */
const LOG_SHEETS: Readonly<Record<DeliveryKind, LogSheet>> = {
  digest: { sheet: 'digestLog', period: 'month', quoted: true },
  reminder: { sheet: 'reminderLog', period: 'week', quoted: false },
};

/**
 * An owned log sheet of sends, one a kind (the Digest log, the Reminder log): one row per
 * message (period, recipient), read once per run with one getValues(); a row goes from pending
 * to sent or failed. The plan (core/delivery/plan) decides; this reads and writes.
 */
export class SendLog {
  /** 0-based sheet column of the schema's columns: period, recipient, status, sentAt, error. */
  private readonly positions: number[];
  private readonly columns: readonly ColumnDef[];
  readonly entries: DeliveryLogRow[] = [];
  /** The row the next added entry goes to. */
  nextRow: number;
  private timeZone: string | null = null;

  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly sheet: Sheet,
    private readonly kind: DeliveryKind,
    private readonly lang: Lang,
  ) {
    this.columns = SHEETS[LOG_SHEETS[kind].sheet].columns as readonly ColumnDef[];
    const values = sheet.getDataRange().getValues();
    const located = locateColumns(this.columns, values[0] ?? []);
    // A header someone damaged still has the schema's order: fall back to it.
    this.positions = located.map((p, i) => (p === -1 ? i : p));
    const cell = (row: unknown[], key: string): unknown => row[this.position(key)];
    values.slice(1).forEach((row, i) => {
      const period = this.periodOf(cell(row, LOG_SHEETS[kind].period));
      const recipient = String(cell(row, 'recipient') ?? '').trim();
      if (!period || !recipient) return;
      const status = choiceKeyOf('digestStatus', String(cell(row, 'status') ?? ''));
      // Anything unreadable is tried again rather than taken for sent.
      const read: DeliveryStatus = status === 'sent' || status === 'failed' ? status : 'pending';
      this.entries.push({ kind, period, recipient, row: i + 2, status: read });
    });
    this.nextRow = values.length + 1;
  }

  static open(spreadsheet: Spreadsheet, kind: DeliveryKind, lang: Lang): SendLog {
    const sheet = ensureSheet(spreadsheet, LOG_SHEETS[kind].sheet, lang);
    return new SendLog(spreadsheet, sheet, kind, lang);
  }

  private position(key: string): number {
    return this.positions[this.columns.findIndex((c) => c.key === key)] as number;
  }

  private label(status: DeliveryStatus): string {
    return CHOICES.digestStatus.find((c) => c.key === status)?.labels[this.lang] ?? status;
  }

  /** The period from the cell: text as written, or a month Sheets made a date of. */
  private periodOf(cell: unknown): string | null {
    let text: string;
    if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') {
      // Asked only when a date is met: most logs hold none.
      this.timeZone ??= this.spreadsheet.getSpreadsheetTimeZone();
      text = monthKey(monthIndexOf(wallTimeOfInstant(cell as Date, this.timeZone)));
    } else {
      text = String(cell ?? '')
        .trim()
        .replace(/^'/, '');
    }
    return DELIVERY_KINDS[this.kind].period.test(text) ? text : null;
  }

  /** Adds pending rows for messages the log lacks, with one setValues(). */
  addPending(messages: readonly MessageKey[]): void {
    if (messages.length === 0) return;
    const width = Math.max(...this.positions) + 1;
    const { period, quoted } = LOG_SHEETS[this.kind];
    const rows = messages.map((message) => {
      const row: string[] = new Array(width).fill('');
      row[this.position(period)] = quoted ? `'${message.period}` : message.period;
      row[this.position('recipient')] = asCellText(message.recipient);
      row[this.position('status')] = this.label('pending');
      return row;
    });
    setValuesAsText(this.sheet.getRange(this.nextRow, 1, rows.length, width), rows);
    messages.forEach((message, i) => {
      this.entries.push({ ...message, row: this.nextRow + i, status: 'pending' });
    });
    this.nextRow += rows.length;
  }

  /** Records what became of the message of one row: status, when it was sent, the error. */
  mark(row: number, status: DeliveryStatus, sentAt: Date | '', error: string): void {
    const cells: [string, string | Date][] = [
      ['status', this.label(status)],
      ['sentAt', sentAt],
      ['error', asCellText(error)],
    ];
    const columns = cells.map(([key]) => this.position(key));
    const first = columns[0] as number;
    if (columns.every((c, i) => c === first + i)) {
      // One call where the columns stand side by side, as set-up makes them.
      this.sheet.getRange(row, first + 1, 1, cells.length).setValues([cells.map(([, v]) => v)]);
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
