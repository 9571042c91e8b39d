import { NotAKorgooWorkbookError, readWorkbook } from '../../../src/core/read/read-workbook';
import { arraySource, type LabelStyle, readRecords, WALL } from '../../helpers/workbook';
import { validRows } from '../validate/fixture';

const STYLES: LabelStyle[] = ['ru', 'ky', 'en', 'key'];
const recordsOf = (style: LabelStyle) => {
  const workbook = readRecords(validRows(), { headers: style, sheetNames: style });
  return {
    workbook,
    records: Object.values(workbook.sheets).map((sheet) => sheet.rows.map((r) => r.rec)),
  };
};

describe('finding sheets and columns', () => {
  const english = recordsOf('en');

  it.each(STYLES.map((style) => [style]))(
    'reads a workbook set up in %s the same as in English',
    (style) => {
      const { workbook, records } = recordsOf(style);
      expect(workbook.problems).toEqual([]);
      expect(records).toEqual(english.records);
      expect(workbook.sheets.events.rows).toHaveLength(2);
      expect(workbook.sheets.events.rows[0]?.rec).toMatchObject({
        type: 'training',
        participants: 20,
      });
    },
  );

  it('matches names and labels without regard to case and spaces', () => {
    const source = arraySource({
      '  мероприятия ': [
        [' ID КОМИТЕТА', 'дата', 'ТИП', '  участники  '],
        ['kant', '03.10.2026', '  ОБУЧЕНИЕ / семинар ', '20'],
      ],
    });
    const workbook = readWorkbook(source, WALL);
    expect(workbook.sheets.events.name).toBe('  мероприятия ');
    expect(workbook.sheets.events.rows[0]?.rec).toMatchObject({
      committeeId: 'KANT',
      type: 'training',
      participants: 20,
    });
    expect(workbook.problems).toEqual([]);
  });

  it('reads reordered columns and ignores an extra column', () => {
    const rows = validRows();
    for (const event of rows.events) event.Notes = 'extra';
    const reordered = readRecords(rows, {
      columns: {
        events: [
          'topic',
          'Notes',
          'participants',
          'type',
          'date',
          'committeeId',
          'eventId',
          'women',
          'men',
          'under18',
          'casesReviewed',
          'decisions',
        ],
      },
    });
    expect(reordered.problems).toEqual([]);
    expect(reordered.sheets.events.rows.map((r) => r.rec)).toEqual(
      english.workbook.sheets.events.rows.map((r) => r.rec),
    );
    // Each schema column knows where it is in this sheet.
    expect(reordered.sheets.events.columnIndex[0]).toBe(6);
  });

  it('reports a missing required column as a problem, keeps the rows, and does not crash', () => {
    const workbook = readRecords(validRows(), {
      columns: { events: ['eventId', 'committeeId', 'type', 'topic'] },
    });
    expect(workbook.problems).toEqual([
      expect.objectContaining({
        sheet: 'events',
        row: 1,
        column: 'date',
        rule: 'missing_column',
        columnIndex: null,
      }),
      expect.objectContaining({
        sheet: 'events',
        row: 1,
        column: 'participants',
        rule: 'missing_column',
      }),
    ]);
    expect(workbook.sheets.events.rows).toHaveLength(2);
    expect(workbook.sheets.events.rows[0]?.rec).toMatchObject({
      type: 'training',
      date: null,
      participants: null,
    });
  });

  it('reads a workbook with some sheets missing, and refuses one with none of ours', () => {
    const workbook = readRecords({ events: validRows().events });
    expect(workbook.sheets.committees.name).toBeNull();
    expect(workbook.sheets.committees.rows).toEqual([]);
    expect(workbook.problems).toEqual([]);
    expect(() => readWorkbook(arraySource({ Sheet1: [['a']] }), WALL)).toThrow(
      NotAKorgooWorkbookError,
    );
  });

  it('skips blank rows but counts them in the row numbers', () => {
    const source = arraySource({
      Plan: [
        ['Committee ID', 'Month', 'Event type', 'Planned count'],
        ['', '  ', null, undefined],
        ['KANT', '2026-10', 'training', 2],
      ],
    });
    const rows = readWorkbook(source, WALL).sheets.plan.rows;
    expect(rows.map((r) => r.row)).toEqual([3]);
  });
});
