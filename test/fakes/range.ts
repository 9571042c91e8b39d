/** A rectangle of cells on a FakeSheet; every public method is one counted Sheets call. */
import { a1Range } from './a1';
import { displayValue } from './display';
import type { Cell, CellFormat } from './grid';
import { DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR, DEFAULT_NUMBER_FORMAT } from './grid';
import type { FakeSheet } from './sheet';
import { FakeTextFinder } from './text-finder';
import type { Faked } from './types';
import { checkboxRule, checkboxValues, FakeDataValidation } from './validation';
import type { CellValue } from './values';
import { copyValue, isDate, parseWritten } from './values';

type FontWeight = 'normal' | 'bold';

type RangeMethods =
  | 'activate'
  | 'check'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearNote'
  | 'createTextFinder'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getHeight'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getWidth'
  | 'insertCheckboxes'
  | 'isChecked'
  | 'offset'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setWrap'
  | 'uncheck';

type ClearOptions = {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
};

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'Object[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Object';
}

/** Blocks of at least this many cells are written as a fill of the grid (Grid.fill). */
const FILL_FROM_CELLS = 32;

export class FakeRange implements Faked<GoogleAppsScript.Spreadsheet.Range, RangeMethods> {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly col: number,
    private readonly numRows: number,
    private readonly numCols: number,
  ) {}

  private hit(method: string): void {
    this.sheet.counter.hit(`Range.${method}`);
  }

  /** Reads one attribute of every cell, as the real 2-D getters do. */
  private read<T>(pick: (c: Readonly<Cell>) => T): T[][] {
    this.sheet.counter.cellsRead(this.numRows * this.numCols);
    return this.readUncounted(pick);
  }

  private readUncounted<T>(pick: (c: Readonly<Cell>) => T): T[][] {
    return this.sheet.grid.readBlock(this.row, this.col, this.numRows, this.numCols, pick);
  }

  /** The real service rejects data whose shape differs from the range's, naming both sizes. */
  private checkShape(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || data.some((line) => !Array.isArray(line))) {
      throw new Error(
        `The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    }
    for (const line of data) {
      if (Array.isArray(line) && line.length !== this.numCols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.numCols}.`,
        );
      }
    }
  }

  private writeEach(data: unknown[][], write: (c: Cell, v: unknown) => void): this {
    this.sheet.counter.cellsWritten(this.numRows * this.numCols);
    this.sheet.grid.writeBlock(this.row, this.col, data, write);
    return this;
  }

  private writeAll(write: (c: Cell) => void): this {
    this.sheet.counter.cellsWritten(this.numRows * this.numCols);
    const grid = this.sheet.grid;
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numCols; c++) write(grid.cell(this.row + r, this.col + c));
    }
    return this;
  }

  /**
   * Sets the same attributes on every cell, content aside. A large block goes to the grid as
   * one fill (a dropdown down a whole column is one entry, not a thousand cell objects).
   */
  private fillAll(patch: CellFormat): this {
    if (this.numRows * this.numCols < FILL_FROM_CELLS) {
      return this.writeAll((c) => {
        Object.assign(c, patch);
      });
    }
    this.sheet.counter.cellsWritten(this.numRows * this.numCols);
    this.sheet.grid.fill(this.row, this.col, this.numRows, this.numCols, patch);
    return this;
  }

  private static storeValue(cell: Cell, v: unknown): void {
    const w = parseWritten(v, cell.numberFormat);
    cell.formula = w.formula;
    cell.value = w.value;
  }

  activate(): FakeRange {
    this.hit('activate');
    this.sheet.parent.activateRange(this.sheet, this);
    return this;
  }
  /**
   * A click on each checkbox of the range, to checked: a checkbox cell then holds its checked
   * value (true unless the rule says otherwise). Like Google, cells without a checkbox, or
   * holding neither of its two values, are left as they are.
   */
  check(): FakeRange {
    this.hit('check');
    return this.toggleTo(true);
  }
  uncheck(): FakeRange {
    this.hit('uncheck');
    return this.toggleTo(false);
  }
  private toggleTo(checked: boolean): this {
    return this.writeAll((c) => {
      const values = checkboxValues(c.validation);
      if (!values || (c.value !== values.checked && c.value !== values.unchecked)) return;
      c.value = checked ? values.checked : values.unchecked;
      c.formula = '';
    });
  }
  /**
   * Checkboxes in every cell (true when checked, false when not, or the values given; one
   * value alone leaves '' for unchecked), every cell set to its unchecked value.
   */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): FakeRange {
    this.hit('insertCheckboxes');
    const rule = checkboxRule(this.sheet.counter, checkedValue, uncheckedValue);
    const values = checkboxValues(rule) as { unchecked: CellValue };
    return this.writeAll((c) => {
      c.validation = rule;
      c.value = values.unchecked;
      c.formula = '';
    });
  }
  /** True when every checkbox is checked, false when none is, null for a mix or no checkbox. */
  isChecked(): boolean | null {
    this.hit('isChecked');
    const states = new Set<boolean | null>();
    for (const line of this.read((c) => c)) {
      for (const c of line) {
        const values = checkboxValues(c.validation);
        states.add(values ? c.value === values.checked : null);
      }
    }
    return states.size === 1 && !states.has(null) ? (states.has(true) as boolean) : null;
  }
  clear(options?: ClearOptions): FakeRange {
    this.hit('clear');
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    const patch: CellFormat = {};
    if (!any || o.contentsOnly) Object.assign(patch, { value: '', formula: '' });
    if (!any || o.formatOnly) {
      Object.assign(patch, {
        background: DEFAULT_BACKGROUND,
        numberFormat: DEFAULT_NUMBER_FORMAT,
        fontWeight: 'normal',
        fontColor: DEFAULT_FONT_COLOR,
        wrap: true,
      });
    }
    if (o.validationsOnly) patch.validation = null;
    if (o.commentsOnly) patch.note = '';
    return this.fillAll(patch);
  }
  clearContent(): FakeRange {
    this.hit('clearContent');
    return this.fillAll({ value: '', formula: '' });
  }
  clearDataValidations(): FakeRange {
    this.hit('clearDataValidations');
    return this.fillAll({ validation: null });
  }
  clearNote(): FakeRange {
    this.hit('clearNote');
    return this.fillAll({ note: '' });
  }
  createTextFinder(findText: string): FakeTextFinder {
    this.hit('createTextFinder');
    const cells: { row: number; col: number }[] = [];
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numCols; c++) cells.push({ row: this.row + r, col: this.col + c });
    return new FakeTextFinder(this.sheet, cells, findText);
  }
  getA1Notation(): string {
    this.hit('getA1Notation');
    return a1Range(this.row, this.col, this.numRows, this.numCols);
  }
  getBackground(): string {
    this.hit('getBackground');
    this.sheet.counter.cellsRead(1);
    return this.sheet.grid.peek(this.row, this.col).background;
  }
  getBackgrounds(): string[][] {
    this.hit('getBackgrounds');
    return this.read((c) => c.background);
  }
  getColumn(): number {
    this.hit('getColumn');
    return this.col;
  }
  getDataValidation(): FakeDataValidation | null {
    this.hit('getDataValidation');
    this.sheet.counter.cellsRead(1);
    return this.sheet.grid.peek(this.row, this.col).validation;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    this.hit('getDataValidations');
    return this.read((c) => c.validation);
  }
  getDisplayValue(): string {
    this.hit('getDisplayValue');
    this.sheet.counter.cellsRead(1);
    return this.display(this.sheet.grid.peek(this.row, this.col));
  }
  getDisplayValues(): string[][] {
    this.hit('getDisplayValues');
    return this.read((c) => this.display(c));
  }
  private display(c: Readonly<Cell>): string {
    return displayValue(c.value, c.numberFormat, this.sheet.parent.timeZone);
  }
  getFontWeight(): FontWeight {
    this.hit('getFontWeight');
    this.sheet.counter.cellsRead(1);
    return this.sheet.grid.peek(this.row, this.col).fontWeight;
  }
  getFontWeights(): FontWeight[][] {
    this.hit('getFontWeights');
    return this.read((c) => c.fontWeight);
  }
  getFormula(): string {
    this.hit('getFormula');
    this.sheet.counter.cellsRead(1);
    return this.sheet.grid.peek(this.row, this.col).formula;
  }
  getFormulas(): string[][] {
    this.hit('getFormulas');
    return this.read((c) => c.formula);
  }
  getHeight(): number {
    this.hit('getHeight');
    return this.numRows;
  }
  /** The range's end column (not the last column with content: that is Sheet.getLastColumn). */
  getLastColumn(): number {
    this.hit('getLastColumn');
    return this.col + this.numCols - 1;
  }
  /** The range's end row (not the last row with content: that is Sheet.getLastRow). */
  getLastRow(): number {
    this.hit('getLastRow');
    return this.row + this.numRows - 1;
  }
  getNote(): string {
    this.hit('getNote');
    this.sheet.counter.cellsRead(1);
    return this.sheet.grid.peek(this.row, this.col).note;
  }
  getNotes(): string[][] {
    this.hit('getNotes');
    return this.read((c) => c.note);
  }
  getNumColumns(): number {
    this.hit('getNumColumns');
    return this.numCols;
  }
  getNumRows(): number {
    this.hit('getNumRows');
    return this.numRows;
  }
  getNumberFormat(): string {
    this.hit('getNumberFormat');
    this.sheet.counter.cellsRead(1);
    return this.sheet.grid.peek(this.row, this.col).numberFormat;
  }
  getNumberFormats(): string[][] {
    this.hit('getNumberFormats');
    return this.read((c) => c.numberFormat);
  }
  getRow(): number {
    this.hit('getRow');
    return this.row;
  }
  /** Uncounted, for Spreadsheet.setActiveRange. */
  getSheetUncounted(): FakeSheet {
    return this.sheet;
  }
  getSheet(): FakeSheet {
    this.hit('getSheet');
    return this.sheet;
  }
  /** Formula cells read as '' (the fake does not calculate); dates come back as fresh copies. */
  getValue(): CellValue {
    this.hit('getValue');
    this.sheet.counter.cellsRead(1);
    return copyValue(this.sheet.grid.peek(this.row, this.col).value);
  }
  getValues(): CellValue[][] {
    this.hit('getValues');
    return this.read((c) => copyValue(c.value));
  }
  /** Uncounted (no call, no cell): for Sheet.getSheetValues and the tests' own looks. */
  readValuesUncounted(): CellValue[][] {
    return this.readUncounted((c) => copyValue(c.value));
  }
  getWidth(): number {
    this.hit('getWidth');
    return this.numCols;
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    this.hit('offset');
    return this.sheet.rangeAt(
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
    );
  }
  setBackground(color: string | null): FakeRange {
    this.hit('setBackground');
    return this.fillAll({ background: color ?? DEFAULT_BACKGROUND });
  }
  /** For RangeList.setBackground: the cells written, no call of its own. */
  setBackgroundUncounted(color: string | null): void {
    this.fillAll({ background: color ?? DEFAULT_BACKGROUND });
  }
  setBackgrounds(color: (string | null)[][]): FakeRange {
    this.hit('setBackgrounds');
    this.checkShape(color, 'setBackgrounds');
    return this.writeEach(color, (c, v) => {
      c.background = typeof v === 'string' ? v : DEFAULT_BACKGROUND;
    });
  }
  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    this.hit('setDataValidation');
    return this.fillAll({ validation: rule });
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): FakeRange {
    this.hit('setDataValidations');
    this.checkShape(rules, 'setDataValidations');
    return this.writeEach(rules, (c, v) => {
      c.validation = v instanceof FakeDataValidation ? v : null;
    });
  }
  setFontColor(color: string | null): FakeRange {
    this.hit('setFontColor');
    return this.fillAll({ fontColor: color ?? DEFAULT_FONT_COLOR });
  }
  setFontWeight(fontWeight: FontWeight | null): FakeRange {
    this.hit('setFontWeight');
    return this.fillAll({ fontWeight: fontWeight ?? 'normal' });
  }
  setFontWeights(fontWeights: (FontWeight | null)[][]): FakeRange {
    this.hit('setFontWeights');
    this.checkShape(fontWeights, 'setFontWeights');
    return this.writeEach(fontWeights, (c, v) => {
      c.fontWeight = v === 'bold' ? 'bold' : 'normal';
    });
  }
  setFormula(formula: string): FakeRange {
    this.hit('setFormula');
    return this.writeAll((c) => {
      c.formula = formula;
      c.value = '';
    });
  }
  setFormulas(formulas: string[][]): FakeRange {
    this.hit('setFormulas');
    this.checkShape(formulas, 'setFormulas');
    return this.writeEach(formulas, (c, v) => {
      c.formula = typeof v === 'string' ? v : '';
      c.value = '';
    });
  }
  setNote(note: string | null): FakeRange {
    this.hit('setNote');
    return this.fillAll({ note: note ?? '' });
  }
  setNotes(notes: (string | null)[][]): FakeRange {
    this.hit('setNotes');
    this.checkShape(notes, 'setNotes');
    return this.writeEach(notes, (c, v) => {
      c.note = v === null || v === undefined ? '' : String(v);
    });
  }
  setNumberFormat(numberFormat: string): FakeRange {
    this.hit('setNumberFormat');
    return this.fillAll({ numberFormat });
  }
  setNumberFormats(numberFormats: string[][]): FakeRange {
    this.hit('setNumberFormats');
    this.checkShape(numberFormats, 'setNumberFormats');
    return this.writeEach(numberFormats, (c, v) => {
      c.numberFormat = typeof v === 'string' ? v : DEFAULT_NUMBER_FORMAT;
    });
  }
  /** Sets every cell of the range, parsed like typed input (see values.ts). */
  setValue(value: unknown): FakeRange {
    this.hit('setValue');
    if (Array.isArray(value)) {
      throw new Error(
        "The parameters (Object[]) don't match the method signature for SpreadsheetApp.Range.setValue.",
      );
    }
    return this.writeAll((c) => FakeRange.storeValue(c, value));
  }
  setValues(values: unknown[][]): FakeRange {
    this.hit('setValues');
    this.checkShape(values, 'setValues');
    for (const line of values) {
      for (const v of line) {
        if (v !== null && typeof v === 'object' && !isDate(v)) {
          // Sheets writes other objects as text; flag them since it is almost always a bug.
          throw new Error(`FakeRange.setValues: unsupported cell value ${String(v)}`);
        }
      }
    }
    return this.writeEach(values, (c, v) => FakeRange.storeValue(c, v));
  }
  setWrap(isWrapEnabled: boolean): FakeRange {
    this.hit('setWrap');
    return this.fillAll({ wrap: isWrapEnabled });
  }

  /** Test helper (not counted): whether wrap is on for the top-left cell. */
  peekWrap(): boolean {
    return this.sheet.grid.peek(this.row, this.col).wrap;
  }
  /** Test helper (not counted): the font color of the top-left cell. */
  peekFontColor(): string {
    return this.sheet.grid.peek(this.row, this.col).fontColor;
  }
}
