/** One tab: its grid of cells, name, frozen rows, protections; hands out FakeRanges. */

import { parseA1 } from './a1';
import type { CallCounter } from './counter';
import type { FakeProtectionType } from './enums';
import { emptyCell, Grid } from './grid';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import { FakeRangeList } from './range-list';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeTextFinder } from './text-finder';
import type { Faked } from './types';
import type { CellValue } from './values';
import { parseWritten } from './values';

type SheetMethods =
  | 'activate'
  | 'appendRow'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'createTextFinder'
  | 'deleteRows'
  | 'getColumnWidth'
  | 'getDataRange'
  | 'getFormUrl'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getRangeList'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getTabColor'
  | 'hideSheet'
  | 'insertColumnsAfter'
  | 'insertRowsAfter'
  | 'isSheetHidden'
  | 'protect'
  | 'setColumnWidth'
  | 'setFrozenRows'
  | 'setName'
  | 'setTabColor'
  | 'showSheet';

export class FakeSheet implements Faked<GoogleAppsScript.Spreadsheet.Sheet, SheetMethods> {
  readonly grid: Grid;
  private frozenRows = 0;
  private hidden = false;
  private tabColor: string | null = null;
  private readonly columnWidths = new Map<number, number>();
  private readonly protections: FakeProtection[] = [];
  /** Columns passed to autoResizeColumns, for tests that check a layout step ran. */
  readonly autoResized: number[] = [];
  /** The form that sends its responses here (set by FakeFormApp), or null. */
  formUrl: string | null = null;

  constructor(
    readonly parent: FakeSpreadsheet,
    readonly counter: CallCounter,
    private name: string,
    private readonly id: number,
    maxRows = 1000,
    maxColumns = 26,
  ) {
    this.grid = new Grid(maxRows, maxColumns);
  }

  private hit(method: string): void {
    this.counter.hit(`Sheet.${method}`);
  }

  /** Uncounted range factory shared by getRange, offset and Spreadsheet.getRange. */
  rangeAt(row: number, col: number, numRows = 1, numCols = 1): FakeRange {
    if (!Number.isInteger(row) || row < 1)
      throw new Error('The starting row of the range is too small.');
    if (!Number.isInteger(col) || col < 1) {
      throw new Error('The starting column of the range is too small.');
    }
    if (!Number.isInteger(numRows) || numRows < 1) {
      throw new Error('The number of rows in the range must be at least 1.');
    }
    if (!Number.isInteger(numCols) || numCols < 1) {
      throw new Error('The number of columns in the range must be at least 1.');
    }
    if (
      this.parent.strictBounds &&
      (row + numRows - 1 > this.grid.maxRows || col + numCols - 1 > this.grid.maxColumns)
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, col, numRows, numCols);
  }

  /** Uncounted A1 lookup ("B3", "A1:C9", "A:C", "2:4"); the sheet part must name this sheet. */
  rangeA1(a1: string): FakeRange {
    const p = parseA1(a1);
    if (p.sheetName !== null && p.sheetName !== this.name) throw new Error('Range not found');
    const lastRow = p.lastRow ?? this.grid.maxRows;
    const lastCol = p.lastCol ?? this.grid.maxColumns;
    const top = Math.min(p.row, lastRow);
    const left = Math.min(p.col, lastCol);
    return this.rangeAt(top, left, Math.abs(lastRow - p.row) + 1, Math.abs(lastCol - p.col) + 1);
  }

  /** Uncounted accessors for the other fakes and for test assertions. */
  getNameUncounted(): string {
    return this.name;
  }
  getSheetIdUncounted(): number {
    return this.id;
  }
  protectionsUncounted(type: FakeProtectionType): FakeProtection[] {
    return this.protections.filter((p) => p.getProtectionTypeUncounted() === type);
  }

  removeProtection(p: FakeProtection): void {
    const i = this.protections.indexOf(p);
    if (i >= 0) this.protections.splice(i, 1);
  }

  /** Test helper (not counted): whether the sheet is hidden. */
  get isHidden(): boolean {
    return this.hidden;
  }

  activate(): FakeSheet {
    this.hit('activate');
    this.parent.activateSheet(this);
    return this;
  }
  appendRow(rowContents: unknown[]): FakeSheet {
    this.hit('appendRow');
    this.counter.cellsWritten(rowContents.length);
    const row = this.grid.lastRow() + 1;
    rowContents.forEach((v, i) => {
      const cell = this.grid.cell(row, i + 1);
      const w = parseWritten(v, cell.numberFormat);
      cell.formula = w.formula;
      cell.value = w.value;
    });
    return this;
  }
  autoResizeColumns(startColumn: number, numColumns: number): FakeSheet {
    this.hit('autoResizeColumns');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.autoResized.push(c);
    return this;
  }
  /** Content and/or formats; notes and data validation stay, as clearNotes() is separate. */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): FakeSheet {
    this.hit('clear');
    this.counter.cellsWritten(this.grid.lastRow() * this.grid.lastColumn());
    const only = options?.contentsOnly === true || options?.formatOnly === true;
    const contents = !only || options?.contentsOnly === true;
    const formats = !only || options?.formatOnly === true;
    const b = emptyCell();
    this.grid.forEachCell((c) => {
      if (contents) {
        c.value = b.value;
        c.formula = b.formula;
      }
      if (formats) {
        c.background = b.background;
        c.numberFormat = b.numberFormat;
        c.fontWeight = b.fontWeight;
        c.fontColor = b.fontColor;
        c.wrap = b.wrap;
      }
    });
    return this;
  }
  clearContents(): FakeSheet {
    this.hit('clearContents');
    this.counter.cellsWritten(this.grid.lastRow() * this.grid.lastColumn());
    this.grid.forEachCell((c) => {
      c.value = '';
      c.formula = '';
    });
    return this;
  }
  clearFormats(): FakeSheet {
    this.hit('clearFormats');
    this.counter.cellsWritten(this.grid.lastRow() * this.grid.lastColumn());
    const b = emptyCell();
    this.grid.forEachCell((c) => {
      c.background = b.background;
      c.numberFormat = b.numberFormat;
      c.fontWeight = b.fontWeight;
      c.fontColor = b.fontColor;
      c.wrap = b.wrap;
    });
    return this;
  }
  clearNotes(): FakeSheet {
    this.hit('clearNotes');
    this.counter.cellsWritten(this.grid.lastRow() * this.grid.lastColumn());
    this.grid.forEachCell((c) => {
      c.note = '';
    });
    return this;
  }
  /** A search over every cell of the sheet with content (see text-finder.ts). */
  createTextFinder(findText: string): FakeTextFinder {
    this.hit('createTextFinder');
    const cells: { row: number; col: number }[] = [];
    const rows = this.grid.lastRow();
    const cols = this.grid.lastColumn();
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) cells.push({ row: r, col: c });
    return new FakeTextFinder(this, cells, findText);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.hit('deleteRows');
    this.grid.deleteRows(rowPosition, howMany);
  }
  getColumnWidth(columnPosition: number): number {
    this.hit('getColumnWidth');
    return this.columnWidths.get(columnPosition) ?? 100;
  }
  /** From A1 to the last row and column with content (at least A1). */
  getDataRange(): FakeRange {
    this.hit('getDataRange');
    return this.rangeAt(
      1,
      1,
      Math.max(1, this.grid.lastRow()),
      Math.max(1, this.grid.lastColumn()),
    );
  }
  getFormUrl(): string | null {
    this.hit('getFormUrl');
    return this.formUrl;
  }
  getFrozenRows(): number {
    this.hit('getFrozenRows');
    return this.frozenRows;
  }
  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    this.hit('getIndex');
    return this.parent.sheetList().indexOf(this) + 1;
  }
  getLastColumn(): number {
    this.hit('getLastColumn');
    return this.grid.lastColumn();
  }
  getLastRow(): number {
    this.hit('getLastRow');
    return this.grid.lastRow();
  }
  getMaxColumns(): number {
    this.hit('getMaxColumns');
    return this.grid.maxColumns;
  }
  getMaxRows(): number {
    this.hit('getMaxRows');
    return this.grid.maxRows;
  }
  getName(): string {
    this.hit('getName');
    return this.name;
  }
  getParent(): FakeSpreadsheet {
    this.hit('getParent');
    return this.parent;
  }
  getProtections(type: FakeProtectionType): FakeProtection[] {
    this.hit('getProtections');
    return this.protectionsUncounted(type);
  }
  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    this.hit('getRange');
    if (typeof rowOrA1 === 'string') return this.rangeA1(rowOrA1);
    if (column === undefined) {
      throw new Error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    }
    return this.rangeAt(rowOrA1, column, numRows, numColumns);
  }
  /** Ranges by A1 notation ("B3", "C5:C9"). An empty list is refused: the code never needs one. */
  getRangeList(a1Notations: string[]): FakeRangeList {
    this.hit('getRangeList');
    if (!Array.isArray(a1Notations) || a1Notations.length === 0)
      throw new Error('getRangeList: no range given');
    return new FakeRangeList(
      this,
      a1Notations.map((a1) => this.rangeA1(a1)),
    );
  }
  getSheetId(): number {
    this.hit('getSheetId');
    return this.id;
  }
  getSheetName(): string {
    this.hit('getSheetName');
    return this.name;
  }
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): CellValue[][] {
    this.hit('getSheetValues');
    const rows = numRows === -1 ? this.grid.lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.grid.lastColumn() - startColumn + 1 : numColumns;
    this.counter.cellsRead(rows * cols);
    return this.rangeAt(startRow, startColumn, rows, cols).readValuesUncounted();
  }
  getTabColor(): string | null {
    this.hit('getTabColor');
    return this.tabColor;
  }
  hideSheet(): FakeSheet {
    this.hit('hideSheet');
    if (this.parent.sheetList().filter((s) => !s.isHidden).length <= 1 && !this.hidden) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.hidden = true;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.hit('insertColumnsAfter');
    this.grid.insertColumnsAfter(afterPosition, howMany);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.hit('insertRowsAfter');
    this.grid.insertRowsAfter(afterPosition, howMany);
    return this;
  }
  isSheetHidden(): boolean {
    this.hit('isSheetHidden');
    return this.hidden;
  }
  /** Like the real method, a sheet that is already protected returns its existing protection. */
  protect(): FakeProtection {
    this.hit('protect');
    const existing = this.protections.find((p) => p.getProtectionTypeUncounted() === 'SHEET');
    if (existing) return existing;
    const p = new FakeProtection(
      this,
      'SHEET',
      this.rangeAt(1, 1, this.grid.maxRows, this.grid.maxColumns),
    );
    this.protections.push(p);
    return p;
  }
  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.hit('setColumnWidth');
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.hit('setFrozenRows');
    this.frozenRows = rows;
  }
  setName(name: string): FakeSheet {
    this.hit('setName');
    this.parent.checkNewSheetName(name, this);
    this.name = name;
    return this;
  }
  setTabColor(color: string | null): FakeSheet {
    this.hit('setTabColor');
    this.tabColor = color;
    return this;
  }
  showSheet(): FakeSheet {
    this.hit('showSheet');
    this.hidden = false;
    return this;
  }
}
