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

  /** The test of a displayed text, made once per search (findAll, or findNext's next call). */
  private matcher(): (shown: string) => boolean {
    if (this.regex) {
      const flags = this.caseSensitive ? '' : 'i';
      const pattern = new RegExp(this.entireCell ? `^(?:${this.text})$` : this.text, flags);
      return (shown) => pattern.test(shown);
    }
    const wanted = this.caseSensitive ? this.text : this.text.toLowerCase();
    const fold = (shown: string) => (this.caseSensitive ? shown : shown.toLowerCase());
    return this.entireCell
      ? (shown) => fold(shown) === wanted
      : (shown) => wanted !== '' && fold(shown).includes(wanted);
  }

  private matches(index: number, test: (shown: string) => boolean): boolean {
    const at = this.cells[index];
    if (!at) return false;
    const cell = this.sheet.grid.peek(at.row, at.col);
    // An empty cell shows '': no need to format it.
    const shown =
      cell.value === ''
        ? ''
        : displayValue(cell.value, cell.numberFormat, this.sheet.parent.timeZone);
    return test(shown);
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
    // Made before the first cell is looked at, as the search was (a bad pattern throws then).
    const test = this.next < this.cells.length ? this.matcher() : () => false;
    while (this.next < this.cells.length) {
      const index = this.next++;
      if (this.matches(index, test)) return this.rangeOf(index);
    }
    return null;
  }
  findAll(): FakeRange[] {
    this.hit('findAll');
    const found: FakeRange[] = [];
    const test = this.cells.length > 0 ? this.matcher() : () => false;
    for (let i = 0; i < this.cells.length; i++)
      if (this.matches(i, test)) found.push(this.rangeOf(i));
    return found;
  }
}
