import { firstDifference } from '../../../src/local/approval/same-cells';
import { arraySource } from '../../helpers/workbook';

const header = ['Month', 'Committee ID', 'Status'];
const before = arraySource({
  Events: [
    ['Date', 'Participants'],
    [new Date(Date.UTC(2026, 8, 1)), 12],
  ],
  Approvals: [header],
});
const added = [{ sheet: 'Approvals', rows: [['2026-09', 'KANT', 'Approved']] }];

describe('firstDifference: the check before a workbook file is replaced', () => {
  test('none when only the appended rows are new', () => {
    const after = arraySource({
      Events: [
        ['Date', 'Participants'],
        [new Date(Date.UTC(2026, 8, 1)), 12],
      ],
      Approvals: [header, ['2026-09', 'KANT', 'Approved']],
    });
    expect(firstDifference(before, after, added)).toBeNull();
  });

  test('a cell of another sheet that changed, even only its type', () => {
    const after = arraySource({
      Events: [
        ['Date', 'Participants'],
        [new Date(Date.UTC(2026, 8, 1)), '12'],
      ],
      Approvals: [header, ['2026-09', 'KANT', 'Approved']],
    });
    expect(firstDifference(before, after, added)).toBe('sheet Events, row 2 changed');
  });

  test('a date moved by a minute, a sheet lost, a row too many or missing', () => {
    const shifted = arraySource({
      Events: [
        ['Date', 'Participants'],
        [new Date(Date.UTC(2026, 8, 1, 0, 1)), 12],
      ],
      Approvals: [header, ['2026-09', 'KANT', 'Approved']],
    });
    expect(firstDifference(before, shifted, added)).toBe('sheet Events, row 2 changed');
    const lost = arraySource({ Approvals: [header, ['2026-09', 'KANT', 'Approved']] });
    expect(firstDifference(before, lost, added)).toBe('sheet Events is missing');
    const twice = arraySource({
      Events: [
        ['Date', 'Participants'],
        [new Date(Date.UTC(2026, 8, 1)), 12],
      ],
      Approvals: [header, ['2026-09', 'KANT', 'Approved'], ['2026-09', 'KANT', 'Approved']],
    });
    expect(firstDifference(before, twice, added)).toBe('sheet Approvals, row 3 added');
    const none = arraySource({
      Events: [
        ['Date', 'Participants'],
        [new Date(Date.UTC(2026, 8, 1)), 12],
      ],
      Approvals: [header],
    });
    expect(firstDifference(before, none, added)).toBe('sheet Approvals: rows missing');
  });

  test('a new sheet is allowed only as the appended one, holding its header and rows', () => {
    const empty = arraySource({ Events: [['Date']] });
    const made = arraySource({
      Events: [['Date']],
      Approvals: [header, ['2026-09', 'KANT', 'Approved']],
    });
    expect(firstDifference(empty, made, added)).toBeNull();
    const stray = arraySource({ Events: [['Date']], Other: [['x']] });
    expect(firstDifference(empty, stray, [])).toBe('sheet Other added');
  });
});
