import {
  approvalCells,
  columnPositions,
  figureCells,
  layoutRow,
} from '../../../src/core/approval/rows';
import { SHEETS } from '../../../src/core/schema/sheets';
import { wallTime } from '../../../src/core/time/wall-time';

const AT = wallTime(2026, 10, 3, 9, 15);

describe('the rows the adapters append', () => {
  test('an Approvals row: the status as the workbook’s label, the time as a wall clock', () => {
    const cells = approvalCells(
      { month: '2026-09', committeeId: 'KANT', status: 'returned', by: 'a', at: AT, note: 'fix' },
      'ky',
    );
    expect(cells).toEqual({
      month: '2026-09',
      committeeId: 'KANT',
      status: 'Оңдоого кайтарылды',
      by: 'a',
      at: { wall: AT },
      note: 'fix',
    });
  });

  test('laid out under the header as found, in any order and language', () => {
    const header = ['Показатель', 'Extra', 'Month', 'Committee ID'];
    const positions = columnPositions('approvedFigures', header);
    // Value and Approved at are missing: they go after the last column, never over "Extra".
    expect(positions).toEqual([2, 3, 0, 4, 5]);
    const row = layoutRow(
      figureCells({
        month: '2026-09',
        committeeId: 'KANT',
        indicator: 'trainings',
        value: 2,
        approvedAt: AT,
      }),
      'approvedFigures',
      positions,
    );
    expect(row).toEqual(['trainings', '', '2026-09', 'KANT', 2, { wall: AT }]);
  });

  test('a full header in the schema’s order lays the row out in that order', () => {
    const header = SHEETS.approvals.columns.map((c) => c.labels.en);
    expect(columnPositions('approvals', header)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
