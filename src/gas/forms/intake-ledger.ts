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
import { formText } from '../../core/i18n/texts';
import { asCellText } from '../../core/safe-text';
import { PROTECTION_DESCRIPTION } from '../setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LedgerEntry {
  readonly fingerprint: string;
  /** The status the response's row shows: "✓ EV-000123 → Events, row 17". */
  readonly status: string;
}

function findLedgerSheet(spreadsheet: Spreadsheet): Sheet | null {
  for (const name of new Set(LANGS.map((lang) => FORM_TEXT.ledgerSheet[lang]))) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

function createLedgerSheet(spreadsheet: Spreadsheet, lang: Lang): Sheet {
  const sheet = spreadsheet.insertSheet(
    formText('ledgerSheet', lang),
    spreadsheet.getSheets().length,
  );
  sheet
    .getRange(1, 1, 1, 3)
    .setValues([
      [
        formText('ledgerFingerprint', lang),
        formText('ledgerStatus', lang),
        formText('ledgerAt', lang),
      ],
    ]);
  sheet.hideSheet();
  sheet.protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
  return sheet;
}

export class IntakeLedger {
  private constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly lang: Lang,
    private sheet: Sheet | null,
    private readonly known: Map<string, string>,
    private nextRow: number,
  ) {}

  /** The ledger as it stands; its sheet is made only when the first entry is written. */
  static open(spreadsheet: Spreadsheet, lang: Lang): IntakeLedger {
    const sheet = findLedgerSheet(spreadsheet);
    const known = new Map<string, string>();
    const lastRow = sheet ? sheet.getLastRow() : 0;
    if (sheet && lastRow >= 2) {
      for (const [fingerprint, status] of sheet.getSheetValues(2, 1, lastRow - 1, 2)) {
        const key = String(fingerprint ?? '').trim();
        if (key !== '' && !known.has(key)) known.set(key, String(status ?? ''));
      }
    }
    return new IntakeLedger(spreadsheet, lang, sheet, known, Math.max(2, lastRow + 1));
  }

  /** The status the response was taken in with, or undefined when it never was. */
  statusOf(fingerprint: string): string | undefined {
    return this.known.get(fingerprint);
  }

  /** Records responses taken in (ones already known are skipped), with one write. */
  record(entries: readonly LedgerEntry[]): void {
    const seen = new Set<string>();
    const fresh = entries.filter((entry) => {
      if (this.known.has(entry.fingerprint) || seen.has(entry.fingerprint)) return false;
      seen.add(entry.fingerprint);
      return true;
    });
    if (fresh.length === 0) return;
    if (!this.sheet) this.sheet = createLedgerSheet(this.spreadsheet, this.lang);
    const when = new Date();
    // The sheet is the add-on's own (General format): the marker apostrophe works there.
    this.sheet
      .getRange(this.nextRow, 1, fresh.length, 3)
      .setValues(
        fresh.map((entry) => [asCellText(entry.fingerprint), asCellText(entry.status), when]),
      );
    for (const entry of fresh) this.known.set(entry.fingerprint, entry.status);
    this.nextRow += fresh.length;
  }
}
