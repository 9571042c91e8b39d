import { parseDateText } from '../../../src/core/read/cells';
import { readWorkbook } from '../../../src/core/read/read-workbook';
import { instantOfWallTime, isoMonth, wallTime } from '../../../src/core/time/wall-time';
import { arraySource, INSTANT, readRecords, WALL } from '../../helpers/workbook';

const LATE_OCTOBER = wallTime(2026, 10, 31, 23, 30);

function readEventDate(value: Date | string, dates: 'wall' | 'instant') {
  const source = arraySource({
    Events: [
      ['Committee ID', 'Date', 'Type', 'Participants'],
      ['KANT', value, 'training', 5],
    ],
  });
  const workbook = readWorkbook(source, dates === 'wall' ? WALL : INSTANT);
  return { date: workbook.sheets.events.rows[0]?.rec.date, problems: workbook.problems };
}

describe('date cells', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Bishkek'])(
    '23:30 on 31.10.2026 in Bishkek stays in October with the process in %s',
    (zone) => {
      process.env.TZ = zone;
      // .xlsx: the Date's UTC fields are the wall clock.
      const wall = readEventDate(new Date(Date.UTC(2026, 9, 31, 23, 30)), 'wall');
      // Google Sheets: an instant, 17:30 UTC, shown in Bishkek (UTC+6) as 23:30.
      const instant = readEventDate(new Date('2026-10-31T17:30:00Z'), 'instant');
      expect(wall.date).toBe(LATE_OCTOBER);
      expect(instant.date).toBe(LATE_OCTOBER);
      expect(isoMonth(instant.date as number)).toBe('2026-10');
      expect(instantOfWallTime(LATE_OCTOBER, 'Asia/Bishkek').toISOString()).toBe(
        '2026-10-31T17:30:00.000Z',
      );
    },
  );

  it('rejects an invalid Date cell in both modes', () => {
    for (const mode of ['wall', 'instant'] as const) {
      const { date, problems } = readEventDate(new Date(Number.NaN), mode);
      expect(date).toBeNull();
      expect(problems).toEqual([
        expect.objectContaining({ rule: 'type_date', column: 'date', row: 2 }),
      ]);
    }
  });
});

describe('dates typed as text', () => {
  it.each([
    ['2026-10-03', wallTime(2026, 10, 3)],
    ['03.10.2026', wallTime(2026, 10, 3)],
    [' 3.10.2026 ', wallTime(2026, 10, 3)],
    ['03/10/2026', wallTime(2026, 10, 3)],
    ['2026-10-31 23:30', LATE_OCTOBER],
    ['31.10.2026 23:30', LATE_OCTOBER],
    ['29.02.2028', wallTime(2028, 2, 29)],
  ])('reads %j', (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it.each([
    '31.02.2026',
    '2026-02-31',
    '29.02.2026',
    '00.10.2026',
    '2026-13-01',
    '2026-10-03 25:00',
    '3 октября',
    '2026',
    '',
  ])('rejects %j', (text) => {
    expect(parseDateText(text)).toBeNaN();
  });

  it('reports a rejected text date as a type_date problem with the text as value', () => {
    const workbook = readRecords({
      events: [{ committeeId: 'KANT', date: '31.02.2026', type: 'training', participants: 5 }],
    });
    expect(workbook.problems).toEqual([
      expect.objectContaining({ rule: 'type_date', value: '31.02.2026', row: 2, column: 'date' }),
    ]);
  });

  it('rejects years that are typing slips', () => {
    expect(readEventDate('03.10.0026', 'wall').problems).toHaveLength(1);
    expect(readEventDate(new Date(Date.UTC(20026, 0, 1)), 'wall').problems).toHaveLength(1);
  });
});
