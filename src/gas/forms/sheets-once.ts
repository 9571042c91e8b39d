/**
 * The schema's sheets of one execution, each found once: every look-up by name is a round
 * trip, and intake asks for the same few sheets many times.
 */
import { LANGS, type Lang } from '../../core/i18n/lang';
import { SHEETS, type SheetKey } from '../../core/schema/sheets';
import { ensureSheet, findSheet } from '../sheet-access';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class SheetsOnce {
  private readonly found = new Map<SheetKey, Sheet | null>();
  private readonly names = new Map<Sheet, string>();

  constructor(
    readonly spreadsheet: Spreadsheet,
    private readonly lang: Lang,
  ) {}

  /** Asked by its label in the workbook's language first: one call when set up that way. */
  find(key: SheetKey): Sheet | null {
    if (!this.found.has(key)) {
      const label = SHEETS[key].labels[this.lang];
      const named = this.spreadsheet.getSheetByName(label);
      // Found by its exact name: that is its name, no need to ask.
      if (named) this.names.set(named, label);
      this.found.set(key, named ?? findSheet(this.spreadsheet, key));
    }
    return this.found.get(key) ?? null;
  }

  /**
   * Asked by its labels only, never by a look at every sheet: for a sheet Korgoo makes itself
   * under its label (Approvals), which most workbooks do not have, so that its absence costs
   * one call per language rather than a listing of every sheet's name.
   */
  findByLabel(key: SheetKey): Sheet | null {
    if (!this.found.has(key)) {
      let named: Sheet | null = null;
      for (const label of new Set([this.lang, ...LANGS].map((l) => SHEETS[key].labels[l]))) {
        named = this.spreadsheet.getSheetByName(label);
        if (named) {
          this.names.set(named, label);
          break;
        }
      }
      this.found.set(key, named);
    }
    return this.found.get(key) ?? null;
  }

  ensure(key: SheetKey, lang: Lang): Sheet {
    const sheet = this.find(key) ?? ensureSheet(this.spreadsheet, key, lang);
    this.found.set(key, sheet);
    return sheet;
  }

  /** The sheet's name, asked once. */
  nameOf(sheet: Sheet): string {
    let name = this.names.get(sheet);
    if (name === undefined) {
      name = sheet.getName();
      this.names.set(sheet, name);
    }
    return name;
  }
}
