/**
 * The month close in the built bundle, against the fakes: the Month tab's action writes the
 * Approvals row and the Approved figures under the document lock and logs it; a response or
 * an edit that lands in an approved month is taken in, marked and logged.
 */
import { INDICATOR_IDS } from '../../../src/core/indicators/seed';
import { SHEETS } from '../../../src/core/schema/sheets';
import { eventAnswers, type FormsWorkbook, workbookWithForms } from '../forms-helpers';
import { ensureBuilt } from '../load-bundle';
import { columnOf, dataRows, day, validEvent, writeRows } from '../workbook-data';

beforeAll(() => ensureBuilt());

const MARCH = '2025-03';

function approve(wb: FormsWorkbook, committeeId = 'KANT', note = '') {
  return wb.run('sidebarMonthAction', { month: MARCH, committeeId, action: 'approve', note }) as {
    message: string;
    month: { committees: { committeeId: string; status: string }[] };
  };
}

const approvals = (wb: FormsWorkbook) => dataRows(wb.sheet('approvals'));
const figures = (wb: FormsWorkbook) => dataRows(wb.sheet('approvedFigures'));
const problemRules = (wb: FormsWorkbook) =>
  dataRows(wb.sheet('problems')).map((row) => [row[0], row[1], row[4]]);

describe('approving from the Month tab', () => {
  test('appends the Approvals row and a figure per seed indicator, holding the lock', () => {
    const wb = workbookWithForms();
    writeRows(wb.sheet('events'), 2, [validEvent(0, { date: day(2025, 3, 31) })]);
    const result = approve(wb);
    expect(result.message).toContain('Approved: KANT');
    expect(result.month.committees.find((c) => c.committeeId === 'KANT')?.status).toBe('approved');
    expect(wb.s.counter.count('Lock.tryLock')).toBeGreaterThanOrEqual(1);
    expect(wb.s.LockService.holder('document')).toBe('none');
    const [row] = approvals(wb);
    expect(row?.slice(0, 3)).toEqual([MARCH, 'KANT', 'Approved']);
    // At: a date cell (the bundle's own Date class), never text.
    expect(Object.prototype.toString.call(row?.[4])).toBe('[object Date]');
    expect(figures(wb).map((r) => r[2])).toEqual([...INDICATOR_IDS]);
    expect(figures(wb).every((r) => typeof r[3] === 'number' && r[0] === MARCH)).toBe(true);
    expect(figures(wb).find((r) => r[2] === 'committees_active')?.[3]).toBe(1);
    expect(wb.logLines().some((line) => String(line[1]).includes(`Month close ${MARCH}`))).toBe(
      true,
    );
  });

  test('a second click appends nothing and says why', () => {
    const wb = workbookWithForms();
    approve(wb);
    expect(() => approve(wb)).toThrow('KANT: the month is approved already.');
    expect(approvals(wb)).toHaveLength(1);
    expect(figures(wb)).toHaveLength(INDICATOR_IDS.length);
  });

  test('a busy document writes nothing', () => {
    const wb = workbookWithForms();
    wb.s.LockService.holdFromAnotherExecution('document');
    expect(() => approve(wb)).toThrow('busy');
    expect(approvals(wb)).toEqual([]);
  });

  test('the owned sheets are set up protected, like Problems and Log', () => {
    const wb = workbookWithForms();
    for (const key of ['approvals', 'approvedFigures'] as const) {
      const protections = wb.sheet(key).getProtections(wb.s.SpreadsheetApp.ProtectionType.SHEET);
      expect(protections.map((p) => p.getDescription())).toEqual(['Korgoo']);
    }
    expect(
      wb.sheet('coordinators').getProtections(wb.s.SpreadsheetApp.ProtectionType.SHEET),
    ).toEqual([]);
  });
});

describe('a change that lands in an approved month', () => {
  test('a response after approval is taken in and marked approved_month_changed', () => {
    const wb = workbookWithForms();
    approve(wb);
    wb.respond('event', eventAnswers(1, { Date: day(2025, 3, 20) }));
    const events = dataRows(wb.sheet('events'));
    expect(events).toHaveLength(1);
    expect(problemRules(wb)).toContainEqual([SHEETS.events.labels.en, 2, 'approved_month_changed']);
    const log = wb.logLines().map((line) => `${line[1]} | ${line[3]}`);
    expect(log).toContainEqual(
      `Change in approved month ${MARCH} (KANT): sheet "Events", row 2 | new row`,
    );
    // Another month, or another committee, is not marked.
    wb.respond('event', eventAnswers(2, { Date: day(2025, 4, 1) }));
    wb.respond(
      'event',
      eventAnswers(3, { Date: day(2025, 3, 21), Committee: 'TOKM — Committee TOKM' }),
    );
    expect(problemRules(wb).filter((p) => p[2] === 'approved_month_changed')).toHaveLength(1);
  });

  test('an edit is marked and logged with the old and the new value', () => {
    const wb = workbookWithForms();
    writeRows(wb.sheet('events'), 2, [validEvent(0, { date: day(2025, 3, 10) })]);
    approve(wb);
    const column = columnOf('events', 'participants');
    const sheet = wb.sheet('events');
    sheet.grid.cell(2, column).value = 14;
    wb.run('onEdit', {
      authMode: 'LIMITED',
      range: sheet.rangeAt(2, column, 1, 1),
      source: wb.s.spreadsheet,
      oldValue: '10',
      value: '14',
    });
    expect(problemRules(wb)).toContainEqual([SHEETS.events.labels.en, 2, 'approved_month_changed']);
    const log = wb.logLines().map((line) => `${line[1]} | ${line[3]}`);
    expect(log).toContainEqual(
      `Change in approved month ${MARCH} (KANT): sheet "Events", row 2 | was "10", now "14"`,
    );
    const note = sheet.grid.cell(2, columnOf('events', 'date')).note;
    expect(note).toContain('Month 2025-03 of KANT is approved');
  });
});
