/** The spreadsheet file: its sheets, active sheet/range, time zone, toasts. */
import { parseA1 } from './a1';
import type { CallCounter } from './counter';
import type { FakeProtectionType } from './enums';
import type { FakeProtection } from './protection';
import type { FakeRange } from './range';
import { FakeSheet } from './sheet';
import type { Faked } from './types';

type SpreadsheetMethods =
  | 'deleteSheet'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getProtections'
  | 'getRange'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'rename'
  | 'setActiveRange'
  | 'setActiveSheet'
  | 'setSpreadsheetTimeZone'
  | 'toast';

export type SpreadsheetOptions = {
  id?: string;
  name?: string;
  timeZone?: string;
  locale?: string;
  ownerEmail?: string;
  /** Names of the initial sheets; default one sheet "Sheet1". */
  sheets?: string[];
  /** Throw like the real service when a range reaches past getMaxRows/getMaxColumns. */
  strictBounds?: boolean;
};

export type Toast = { msg: string; title: string; timeoutSeconds: number | null };

export class FakeSpreadsheet
  implements Faked<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetMethods>
{
  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  readonly ownerEmail: string;
  readonly strictBounds: boolean;
  /** Every toast shown, for assertions. */
  readonly toasts: Toast[] = [];
  private readonly sheets: FakeSheet[] = [];
  private active: FakeSheet | null = null;
  private activeRange: FakeRange | null = null;
  private nextSheetId = 0;

  constructor(
    readonly counter: CallCounter,
    /** Who is running the script now (Session's active user), for Protection.canEdit. */
    readonly currentUserEmail: () => string,
    opts: SpreadsheetOptions = {},
  ) {
    this.id = opts.id ?? 'fake-spreadsheet-id';
    this.name = opts.name ?? 'Korgoo test';
    this.timeZone = opts.timeZone ?? 'Asia/Bishkek';
    this.locale = opts.locale ?? 'ru_RU';
    this.ownerEmail = opts.ownerEmail ?? 'owner@example.com';
    this.strictBounds = opts.strictBounds ?? false;
    for (const name of opts.sheets ?? ['Sheet1']) this.addSheet(name, this.sheets.length);
    this.active = this.sheets[0] ?? null;
  }

  private hit(method: string): void {
    this.counter.hit(`Spreadsheet.${method}`);
  }

  /** Uncounted sheet list for other fakes and tests. */
  sheetList(): FakeSheet[] {
    return [...this.sheets];
  }

  /** Uncounted lookup for test setup: the sheet, or an error naming the sheets there are. */
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.getNameUncounted() === name);
    if (!s)
      throw new Error(
        `No sheet "${name}" (have: ${this.sheets.map((x) => x.getNameUncounted()).join(', ')})`,
      );
    return s;
  }

  checkNewSheetName(name: string, self: FakeSheet | null): void {
    if (
      this.sheets.some(
        (s) => s !== self && s.getNameUncounted().toLowerCase() === name.toLowerCase(),
      )
    ) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** Uncounted, also for other fakes (FormApp adds a response sheet when a form is linked). */
  addSheet(name: string, index: number): FakeSheet {
    this.checkNewSheetName(name, null);
    // Real sheet ids are arbitrary non-negative integers; the first sheet's is 0.
    const sheet = new FakeSheet(this, this.counter, name, this.nextSheetId);
    this.nextSheetId += 1_000_001;
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  activateSheet(sheet: FakeSheet): void {
    this.active = sheet;
    this.activeRange = null;
  }

  activateRange(sheet: FakeSheet, range: FakeRange): void {
    this.active = sheet;
    this.activeRange = range;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.hit('deleteSheet');
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error('Sheet not found');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
    if (this.active === sheet) this.activateSheet(this.sheets[0] ?? sheet);
  }
  getActiveRange(): FakeRange | null {
    this.hit('getActiveRange');
    return this.activeRange;
  }
  getActiveSheet(): FakeSheet {
    this.hit('getActiveSheet');
    return this.activeSheetUncounted();
  }
  getId(): string {
    this.hit('getId');
    return this.id;
  }
  getName(): string {
    this.hit('getName');
    return this.name;
  }
  getNumSheets(): number {
    this.hit('getNumSheets');
    return this.sheets.length;
  }
  getProtections(type: FakeProtectionType): FakeProtection[] {
    this.hit('getProtections');
    return this.sheets.flatMap((s) => s.protectionsUncounted(type));
  }
  /** "B3" on the active sheet, or "'Events'!B3" / "Events!B3:C9" on the named one. */
  getRange(a1Notation: string): FakeRange {
    this.hit('getRange');
    const { sheetName } = parseA1(a1Notation);
    const sheet =
      sheetName === null
        ? this.getActiveSheetUncounted()
        : this.sheets.find((s) => s.getNameUncounted() === sheetName);
    if (!sheet) throw new Error('Range not found');
    return sheet.rangeA1(a1Notation);
  }
  private getActiveSheetUncounted(): FakeSheet | undefined {
    return this.active ?? this.sheets[0];
  }
  /** Uncounted, for SpreadsheetApp and tests. */
  activeSheetUncounted(): FakeSheet {
    const s = this.getActiveSheetUncounted();
    if (!s) throw new Error('The spreadsheet has no sheets.');
    return s;
  }
  activeRangeUncounted(): FakeRange | null {
    return this.activeRange;
  }
  getSheetById(id: number): FakeSheet | null {
    this.hit('getSheetById');
    return this.sheets.find((s) => s.getSheetIdUncounted() === id) ?? null;
  }
  getSheetByName(name: string): FakeSheet | null {
    this.hit('getSheetByName');
    return this.sheets.find((s) => s.getNameUncounted() === name) ?? null;
  }
  getSheets(): FakeSheet[] {
    this.hit('getSheets');
    return [...this.sheets];
  }
  getSpreadsheetLocale(): string {
    this.hit('getSpreadsheetLocale');
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    this.hit('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  getUrl(): string {
    this.hit('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  /**
   * insertSheet(), (name), (name, index), (index); the index is 0-based. Templates are not
   * modelled. Like the real service the new sheet becomes the active one.
   */
  insertSheet(
    nameOrIndex?: string | number | object,
    indexOrOptions?: number | object,
    _options?: object,
  ): FakeSheet {
    this.hit('insertSheet');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.defaultSheetName();
    const index =
      typeof nameOrIndex === 'number'
        ? nameOrIndex
        : typeof indexOrOptions === 'number'
          ? indexOrOptions
          : this.sheets.length;
    const sheet = this.addSheet(name, index);
    this.activateSheet(sheet);
    return sheet;
  }
  private defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `Sheet${n}`;
      if (!this.sheets.some((s) => s.getNameUncounted() === name)) return name;
    }
  }
  rename(newName: string): void {
    this.hit('rename');
    this.name = newName;
  }
  setActiveRange(range: FakeRange): FakeRange {
    this.hit('setActiveRange');
    this.activateRange(range.getSheetUncounted(), range);
    return range;
  }
  setActiveSheet(sheet: FakeSheet, _restoreSelection?: boolean): FakeSheet {
    this.hit('setActiveSheet');
    this.activateSheet(sheet);
    return sheet;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.hit('setSpreadsheetTimeZone');
    this.timeZone = timezone;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.hit('toast');
    this.toasts.push({ msg, title: title ?? '', timeoutSeconds: timeoutSeconds ?? null });
  }
}
