/**
 * A search over a range's cells by their displayed text, as Sheets runs it on its side: only
 * the cells found come back. Case-insensitive and partial unless told (matchCase,
 * matchEntireCell), the text a regular expression when told; findNext walks row by row,
 * then null.
 */
import { displayValue } from './display';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { Faked } from './types';

type TextFinderMethods =
  | 'findAll'
  | 'findNext'
  | 'matchCase'
  | 'matchEntireCell'
  | 'useRegularExpression';

export class FakeTextFinder
  implements Faked<GoogleAppsScript.Spreadsheet.TextFinder, TextFinderMethods>
{
  private caseSensitive = false;
  private entireCell = false;
  private regex = false;
  private next = 0;

  constructor(
    private readonly sheet: FakeSheet,
    private readonly cells: readonly { row: number; col: number }[],
    private readonly text: string,
  ) {}

  private hit(method: string): void {
    this.sheet.counter.hit(`TextFinder.${method}`);
  }

  private matches(index: number): boolean {
    const at = this.cells[index];
    if (!at) return false;
    const cell = this.sheet.grid.peek(at.row, at.col);
    let shown = displayValue(cell.value, cell.numberFormat, this.sheet.parent.timeZone);
    if (this.regex) {
      const flags = this.caseSensitive ? '' : 'i';
      const pattern = this.entireCell ? `^(?:${this.text})$` : this.text;
      return new RegExp(pattern, flags).test(shown);
    }
    let wanted = this.text;
    if (!this.caseSensitive) {
      shown = shown.toLowerCase();
      wanted = wanted.toLowerCase();
    }
    return this.entireCell ? shown === wanted : wanted !== '' && shown.includes(wanted);
  }

  private rangeOf(index: number): FakeRange {
    const at = this.cells[index] as { row: number; col: number };
    this.sheet.counter.cellsRead(1);
    return this.sheet.rangeAt(at.row, at.col);
  }

  matchCase(matchCase: boolean): FakeTextFinder {
    this.hit('matchCase');
    this.caseSensitive = matchCase;
    return this;
  }
  matchEntireCell(matchEntireCell: boolean): FakeTextFinder {
    this.hit('matchEntireCell');
    this.entireCell = matchEntireCell;
    return this;
  }
  useRegularExpression(useRegEx: boolean): FakeTextFinder {
    this.hit('useRegularExpression');
    this.regex = useRegEx;
    return this;
  }
  findNext(): FakeRange | null {
    this.hit('findNext');
    while (this.next < this.cells.length) {
      const index = this.next++;
      if (this.matches(index)) return this.rangeOf(index);
    }
    return null;
  }
  findAll(): FakeRange[] {
    this.hit('findAll');
    const found: FakeRange[] = [];
    for (let i = 0; i < this.cells.length; i++) if (this.matches(i)) found.push(this.rangeOf(i));
    return found;
  }
}
