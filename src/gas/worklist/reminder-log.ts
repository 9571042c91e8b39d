import type { Lang } from '../../core/i18n/lang';
import { choiceKeyOf } from '../../core/read/choices-index';
import { locateColumns } from '../../core/read/locate';
import { asCellText } from '../../core/safe-text';
import { CHOICES } from '../../core/schema/choices';
import type { ColumnDef } from '../../core/schema/sheets';
import { SHEETS } from '../../core/schema/sheets';
import {
  type ReminderLogRow,
  type ReminderPair,
  type ReminderStatus,
  reminderPairKey,
} from '../../core/worklist';
import { setValuesAsText } from '../cell-text';
import { ensureSheet } from '../sheet-access';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const COLUMNS = SHEETS.reminderLog.columns as readonly ColumnDef[];
const at = (key: string): number => COLUMNS.findIndex((c) => c.key === key);

/**
 * The Reminder log sheet: one row per (week, recipient), read with one getValues(); a row goes
 * from pending to sent or failed. The plan (core/worklist/reminder-plan) decides; this reads
 * and writes.
 */
export class ReminderLog {
  private readonly positions: number[];
  readonly rows: ReminderLogRow[] = [];
  /** Sheet row of each pair, by pairKey. */
  private readonly rowOf = new Map<string, number>();
  private nextRow: number;

  constructor(
    private readonly sheet: Sheet,
    private readonly lang: Lang,
  ) {
    const values = sheet.getDataRange().getValues();
    const located = locateColumns(COLUMNS, values[0] ?? []);
    this.positions = located.map((p, i) => (p === -1 ? i : p));
    values.slice(1).forEach((row, i) => {
      const week = String(row[this.positions[at('week')] as number] ?? '')
        .trim()
        .replace(/^'/, '');
      const recipient = String(row[this.positions[at('recipient')] as number] ?? '').trim();
      if (!/^\d{4}-W\d{2}$/.test(week) || !recipient) return;
      const status = choiceKeyOf(
        'digestStatus',
        String(row[this.positions[at('status')] as number] ?? ''),
      );
      // Anything unreadable is tried again rather than taken for sent.
      const read: ReminderStatus = status === 'sent' || status === 'failed' ? status : 'pending';
      this.rows.push({ week, recipient, status: read });
      this.rowOf.set(reminderPairKey(week, recipient), i + 2);
    });
    this.nextRow = values.length + 1;
  }

  static open(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): ReminderLog {
    return new ReminderLog(ensureSheet(spreadsheet, 'reminderLog', lang), lang);
  }

  private label(status: ReminderStatus): string {
    return CHOICES.digestStatus.find((c) => c.key === status)?.labels[this.lang] ?? status;
  }

  /** Adds pending rows with one setValues(). */
  append(pairs: readonly ReminderPair[]): void {
    if (pairs.length === 0) return;
    const width = Math.max(...this.positions) + 1;
    const rows = pairs.map(({ week, recipient }) => {
      const row: string[] = new Array(width).fill('');
      row[this.positions[at('week')] as number] = week;
      row[this.positions[at('recipient')] as number] = asCellText(recipient);
      row[this.positions[at('status')] as number] = this.label('pending');
      return row;
    });
    setValuesAsText(this.sheet.getRange(this.nextRow, 1, rows.length, width), rows);
    pairs.forEach((pair, i) => {
      this.rows.push({ ...pair, status: 'pending' });
      this.rowOf.set(reminderPairKey(pair.week, pair.recipient), this.nextRow + i);
    });
    this.nextRow += rows.length;
  }

  /** Records what became of one reminder: status, when it was sent, the error. */
  mark(pair: ReminderPair, status: ReminderStatus, sentAt: Date | '', error: string): void {
    const row = this.rowOf.get(reminderPairKey(pair.week, pair.recipient));
    if (row === undefined) return;
    const cells: [string, string | Date][] = [
      ['status', this.label(status)],
      ['sentAt', sentAt],
      ['error', asCellText(error)],
    ];
    const columns = cells.map(([key]) => this.positions[at(key)] as number);
    const first = columns[0] as number;
    if (columns.every((c, i) => c === first + i)) {
      // One call where the columns stand side by side, as set-up makes them.
      this.sheet.getRange(row, first + 1, 1, cells.length).setValues([cells.map(([, v]) => v)]);
    } else {
      cells.forEach(([, value], i) => {
        this.sheet.getRange(row, (columns[i] as number) + 1).setValue(value);
      });
    }
  }
}
