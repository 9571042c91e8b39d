/**
 * The add-on's own record of the responses it took in: a hidden, protected sheet with one row
 * per response (its fingerprint, where it went, when). Intake asks it before taking anything
 * in, so a cleared status column or a form linked again (Google copies every earlier response
 * into the new sheet) takes nothing in twice. A sheet rather than document properties: those
 * hold 9 KB per value and 500 KB in all, a few thousand responses; a sheet holds millions.
 * Read once per run (two columns, one call); new rows written in one call. Lock holders only.
 */

import { FORM_TEXT } from '../../core/forms/texts';
import { LANGS, type Lang } from '../../core/i18n/lang';
import { text } from '../../core/i18n/texts';
import type { LedgerEntry } from '../../core/intake/ledger-entry';
import { asCellText } from '../../core/safe-text';
import { instantNow } from '../clock';
import { PROTECTION_DESCRIPTION } from '../setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type { LedgerEntry };

/** Asked by its name in the workbook's language first: one call when it is there. */
function findLedgerSheet(spreadsheet: Spreadsheet, lang: Lang): Sheet | null {
  const names = [lang, ...LANGS].map((l) => FORM_TEXT.ledgerSheet[l]);
  for (const name of new Set(names)) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

function createLedgerSheet(spreadsheet: Spreadsheet, lang: Lang): Sheet {
  const sheet = spreadsheet.insertSheet(text('ledgerSheet', lang), spreadsheet.getSheets().length);
  sheet
    .getRange(1, 1, 1, 3)
    .setValues([
      [text('ledgerFingerprint', lang), text('ledgerStatus', lang), text('ledgerAt', lang)],
    ]);
  sheet.hideSheet();
  sheet.protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
  return sheet;
}

export class IntakeLedger {
  /** The ledger's sheet, made when missing (when the forms are made: no response pays for it). */
  static ensureSheet(spreadsheet: Spreadsheet, lang: Lang): void {
    if (!findLedgerSheet(spreadsheet, lang)) createLedgerSheet(spreadsheet, lang);
  }

  /** Fingerprints looked up one by one (null: not in the ledger), before a full read. */
  private readonly looked = new Map<string, string | null>();

  private constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly lang: Lang,
    private sheet: Sheet | null,
    private readonly known: Map<string, string>,
    /** The row the next entries go to; null: not asked yet (a lookup needs no row count). */
    private nextRow: number | null,
    private full: boolean,
  ) {}

  /** The ledger as it stands; its sheet is made only when the first entry is written. */
  static open(spreadsheet: Spreadsheet, lang: Lang): IntakeLedger {
    const ledger = IntakeLedger.forFew(spreadsheet, lang);
    ledger.readAll();
    return ledger;
  }

  /**
   * The ledger for a run that asks about a response or two (a form submission): each is
   * looked up by Sheets' own search, so none of the ledger's rows is read.
   */
  static forFew(spreadsheet: Spreadsheet, lang: Lang): IntakeLedger {
    const sheet = findLedgerSheet(spreadsheet, lang);
    return new IntakeLedger(spreadsheet, lang, sheet, new Map(), sheet ? null : 2, false);
  }

  private rowAfterLast(): number {
    if (this.nextRow === null) this.nextRow = Math.max(2, (this.sheet?.getLastRow() ?? 0) + 1);
    return this.nextRow;
  }

  /** Reads every entry (two columns, one call): for runs that scan whole response sheets. */
  readAll(): void {
    if (this.full) return;
    this.full = true;
    const lastRow = this.rowAfterLast() - 1;
    if (!this.sheet || lastRow < 2) return;
    for (const [fingerprint, status] of this.sheet.getSheetValues(2, 1, lastRow - 1, 2)) {
      const key = String(fingerprint ?? '').trim();
      if (key !== '' && !this.known.has(key)) this.known.set(key, String(status ?? ''));
    }
  }

  /** The status the response was taken in with, or undefined when it never was. */
  statusOf(fingerprint: string): string | undefined {
    if (this.full) return this.known.get(fingerprint);
    if (!this.looked.has(fingerprint)) this.looked.set(fingerprint, this.lookUp(fingerprint));
    return this.looked.get(fingerprint) ?? undefined;
  }

  private lookUp(fingerprint: string): string | null {
    const recorded = this.known.get(fingerprint);
    if (recorded !== undefined) return recorded;
    if (!this.sheet) return null;
    // Google's search is partial and ignores case: each cell it finds is read and compared
    // exactly, so two calls when the response is not there (the usual case), and no other
    // fingerprint, status or date is ever taken for it.
    const finder = this.sheet.createTextFinder(fingerprint);
    for (let found = finder.findNext(); found; found = finder.findNext()) {
      const row = found.getRow();
      if (row < 2) continue;
      const [key, status] = this.sheet.getSheetValues(row, 1, 1, 2)[0] ?? [];
      if (String(key ?? '').trim() === fingerprint) return String(status ?? '');
    }
    return null;
  }

  /** Records responses taken in (ones already known are skipped), with one write. */
  record(entries: readonly LedgerEntry[]): void {
    const seen = new Set<string>();
    const fresh = entries.filter((entry) => {
      if (seen.has(entry.fingerprint) || this.statusOf(entry.fingerprint) !== undefined)
        return false;
      seen.add(entry.fingerprint);
      return true;
    });
    if (fresh.length === 0) return;
    if (!this.sheet) this.sheet = createLedgerSheet(this.spreadsheet, this.lang);
    const when = instantNow();
    // The sheet is the add-on's own (General format): the marker apostrophe works there.
    const rows = fresh.map((entry) => [
      asCellText(entry.fingerprint),
      asCellText(entry.status),
      when,
    ]);
    if (rows.length === 1 && this.nextRow === null) {
      // One response, row count never asked: one call, after the sheet's last row.
      this.sheet.appendRow(rows[0] as unknown[]);
    } else {
      const first = this.rowAfterLast();
      this.sheet.getRange(first, 1, rows.length, 3).setValues(rows);
      this.nextRow = first + rows.length;
    }
    for (const entry of fresh) {
      this.known.set(entry.fingerprint, entry.status);
      this.looked.set(entry.fingerprint, entry.status);
    }
  }
}
