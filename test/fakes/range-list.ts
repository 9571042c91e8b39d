/**
 * A RangeList of one sheet (Sheet.getRangeList): one call applies the same background to
 * cells that need not touch, so marking scattered cells costs one call per colour.
 */
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { Faked } from './types';

export class FakeRangeList
  implements Faked<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges' | 'setBackground'>
{
  constructor(
    private readonly sheet: FakeSheet,
    private readonly ranges: readonly FakeRange[],
  ) {}

  getRanges(): FakeRange[] {
    this.sheet.counter.hit('RangeList.getRanges');
    return [...this.ranges];
  }

  /** Each range's every cell gets the colour; counted as one call, its cells as written. */
  setBackground(color: string | null): FakeRangeList {
    this.sheet.counter.hit('RangeList.setBackground');
    for (const range of this.ranges) range.setBackgroundUncounted(color);
    return this;
  }
}
