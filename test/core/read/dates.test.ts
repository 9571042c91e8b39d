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
    ['13/10/2026', wallTime(2026, 10, 13)],
    ['05/05/2026', wallTime(2026, 5, 5)],
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
    '03/10/2026',
    '10/13/2026',
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

describe('slash dates whose day and month could be swapped', () => {
  // What a US-English Excel or a LibreOffice CSV writes: month first. Seven of these sixteen
  // would be a wrong real day if read day first, the other nine are no day read that way.
  const US_DATES = [
    ['01/05/2026', wallTime(2026, 1, 5)],
    ['02/03/2026', wallTime(2026, 2, 3)],
    ['03/11/2026', wallTime(2026, 3, 11)],
    ['04/02/2026', wallTime(2026, 4, 2)],
    ['06/07/2026', wallTime(2026, 6, 7)],
    ['08/12/2026', wallTime(2026, 8, 12)],
    ['10/01/2026', wallTime(2026, 10, 1)],
    ['01/15/2026', wallTime(2026, 1, 15)],
    ['02/28/2026', wallTime(2026, 2, 28)],
    ['03/13/2026', wallTime(2026, 3, 13)],
    ['04/30/2026', wallTime(2026, 4, 30)],
    ['05/21/2026', wallTime(2026, 5, 21)],
    ['06/14/2026', wallTime(2026, 6, 14)],
    ['07/31/2026', wallTime(2026, 7, 31)],
    ['09/19/2026', wallTime(2026, 9, 19)],
    ['10/25/2026', wallTime(2026, 10, 25)],
  ] as const;

  function readUsDates() {
    const source = arraySource({
      Events: [
        ['Committee ID', 'Date', 'Type', 'Participants'],
        ...US_DATES.map(([text]) => ['KANT', text, 'training', 5]),
      ],
    });
    return readWorkbook(source, WALL);
  }

  it('flags all sixteen month-first dates, and moves none to another day', () => {
    const workbook = readUsDates();
    const rows = workbook.sheets.events.rows;
    expect(rows).toHaveLength(16);
    // No row keeps a date: neither the right one nor a swapped one.
    expect(rows.filter((row) => row.rec.date !== null)).toEqual([]);
    const flagged = workbook.problems.filter((p) => p.rule === 'ambiguous_date');
    expect(flagged.map((p) => p.row)).toEqual(US_DATES.map((_, i) => i + 2));
    expect(flagged.map((p) => p.value)).toEqual(US_DATES.map(([text]) => text));
    expect(workbook.problems).toHaveLength(16);
  });

  it('names the date meant (month first), and both readings for the seven that would swap', () => {
    const problems = readUsDates().problems;
    const asWritten = (wall: number) => {
      const [y, m, d] = new Date(wall).toISOString().slice(0, 10).split('-');
      return `${d}.${m}.${y}`;
    };
    expect(problems.map((p) => p.params?.monthFirst)).toEqual(
      US_DATES.map(([, wall]) => asWritten(wall)),
    );
    const swapping = problems.filter((p) => p.params?.dayFirst !== undefined);
    expect(swapping).toHaveLength(7);
    expect(swapping[0]?.params).toEqual({ dayFirst: '01.05.2026', monthFirst: '05.01.2026' });
  });

  it('keeps reading dd.mm.yyyy, ISO and one-reading slash dates', () => {
    const source = arraySource({
      Events: [
        ['Committee ID', 'Date', 'Type', 'Participants'],
        ['KANT', '03.04.2026', 'training', 5],
        ['KANT', '2026-04-03', 'training', 5],
        ['KANT', '13/04/2026', 'training', 5],
        ['KANT', new Date(Date.UTC(2026, 3, 3)), 'training', 5],
      ],
    });
    const workbook = readWorkbook(source, WALL);
    expect(workbook.problems).toEqual([]);
    expect(workbook.sheets.events.rows.map((row) => row.rec.date)).toEqual([
      wallTime(2026, 4, 3),
      wallTime(2026, 4, 3),
      wallTime(2026, 4, 13),
      wallTime(2026, 4, 3),
    ]);
  });
});
