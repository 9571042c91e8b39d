/** Intake's plan: responses, key columns and counters in; rows, IDs, counters, statuses out. */
import { sheetLayout } from '../../../src/core/intake/layout';
import {
  type IntakeCandidate,
  mapCandidates,
  planSheetRows,
  takenInOutcomes,
  yearIn,
} from '../../../src/core/intake/plan';
import type { TargetSheet } from '../../../src/core/ports/intake-reader';
import { SHEETS } from '../../../src/core/schema/sheets';

const BISHKEK = { nowMs: Date.UTC(2027, 11, 31, 18, 30), timeZone: 'Asia/Bishkek' };
const EVENT_HEADER = ['Timestamp', 'Committee', 'Date', 'Type', 'Participants'];
const CASE_HEADER = ['Timestamp', 'Committee', 'Identified on', 'Affected person', 'Status'];

function candidate(
  kind: IntakeCandidate['kind'],
  header: string[],
  values: unknown[],
  row = 2,
): IntakeCandidate {
  return {
    kind,
    sheetName: 'Form responses 1',
    row,
    statusColumn: header.length + 1,
    header,
    values: values as IntakeCandidate['values'],
    fingerprint: `fp-${kind}-${row}`,
  };
}

const eventCandidate = (row: number) =>
  candidate(
    'event',
    EVENT_HEADER,
    [
      new Date(Date.UTC(2025, 4, 1, 4)),
      'KANT — Kant',
      new Date(Date.UTC(2025, 3, 30)),
      'Training / seminar',
      20,
    ],
    row,
  );

function target(key: 'events' | 'cases', keys: string[]): TargetSheet {
  const header = SHEETS[key].columns.map((c) => c.labels.en);
  return {
    name: SHEETS[key].labels.en,
    header,
    lastColumn: header.length,
    keys,
    firstFreeRow: keys.length + 2,
  };
}

const noCounters = { event: 0, cases: () => 0 };

describe('mapping', () => {
  test('responses are grouped by the sheet they go to; one that cannot map stays pending', () => {
    const followUp = candidate(
      'followup',
      ['Timestamp', 'Case code'],
      [new Date(), 'KANT-2025-0001'],
      4,
    );
    const { groups, pending } = mapCandidates(
      [eventCandidate(2), followUp, eventCandidate(3)],
      'en',
      BISHKEK,
    );
    expect([...groups.keys()]).toEqual(['events']);
    expect(groups.get('events')?.map((g) => g.candidate.row)).toEqual([2, 3]);
    expect(pending).toHaveLength(1);
    expect(pending[0]?.status).toBe('⚠ pending: the response says neither referral nor assistance');
    expect(pending[0]?.log).toMatch(/neither referral nor assistance.*"Form responses 1".*row 4/);
  });
});

describe('rows and identifiers', () => {
  test('Event IDs above the counter and above every ID in the sheet, typed ones included', () => {
    const { groups } = mapCandidates([eventCandidate(2), eventCandidate(3)], 'en', BISHKEK);
    const rows = groups.get('events')?.map((g) => g.row) ?? [];
    const sheet = target('events', ['EV-000007', '', 'ev-000041 ']);
    const layout = sheetLayout('events', sheet.header, sheet.lastColumn, 'en');
    const plan = planSheetRows('en', sheet, layout, rows, { event: 12, cases: () => 0 }, BISHKEK);
    expect(plan.ids).toEqual(['EV-000042', 'EV-000043']);
    expect(plan.eventCounter).toBe(43);
    expect(plan.caseCounters.size).toBe(0);
    expect(plan.firstRow).toBe(5);
    expect(plan.rows[0]?.slice(0, 4)).toEqual([
      'EV-000042',
      'KANT',
      new Date(Date.UTC(2025, 3, 30)),
      'Training / seminar',
    ]);
    expect(plan.statuses).toEqual([
      '✓ EV-000042 → "Events", row 5',
      '✓ EV-000043 → "Events", row 6',
    ]);
  });

  test('a case code per committee and year; an undated case takes the year in the sheet zone', () => {
    const dated = candidate('case', CASE_HEADER, [
      new Date(),
      'KANT',
      new Date(Date.UTC(2025, 1, 1)),
      'Woman',
      'Open',
    ]);
    const undated = candidate('case', CASE_HEADER, ['by phone', 'KANT', '', 'Woman', 'Open'], 3);
    const { groups } = mapCandidates([dated, undated], 'en', BISHKEK);
    const sheet = target('cases', ['KANT-2025-0003']);
    const layout = sheetLayout('cases', sheet.header, sheet.lastColumn, 'en');
    const plan = planSheetRows(
      'en',
      sheet,
      layout,
      groups.get('cases')?.map((g) => g.row) ?? [],
      { event: 0, cases: (prefix) => (prefix === 'KANT-2028' ? 4 : 0) },
      BISHKEK,
    );
    expect(plan.ids).toEqual(['KANT-2025-0004', 'KANT-2028-0005']);
    expect([...plan.caseCounters]).toEqual([
      ['KANT-2025', 4],
      ['KANT-2028', 5],
    ]);
    expect(plan.eventCounter).toBeNull();
  });

  test("this year is the spreadsheet's, not the computer's", () => {
    expect(yearIn(BISHKEK)).toBe(2028);
    expect(yearIn({ ...BISHKEK, timeZone: 'UTC' })).toBe(2027);
    expect(yearIn({ nowMs: Date.UTC(2028, 0, 1, 3), timeZone: 'America/New_York' })).toBe(2027);
  });

  test('a column deleted from the sheet comes back at its end, and the answer with it', () => {
    const { groups } = mapCandidates([eventCandidate(2)], 'en', BISHKEK);
    const header = SHEETS.events.columns.map((c) => c.labels.en).filter((l) => l !== 'Type');
    const layout = sheetLayout('events', header, header.length, 'en');
    expect(layout.missing).toEqual({ firstColumn: header.length + 1, labels: ['Type'] });
    const sheet = { ...target('events', []), header, lastColumn: header.length };
    const plan = planSheetRows(
      'en',
      sheet,
      layout,
      groups.get('events')?.map((g) => g.row) ?? [],
      noCounters,
      BISHKEK,
    );
    expect(plan.rows[0]?.[header.length]).toBe('Training / seminar');
    expect(plan.rows[0]).toHaveLength(header.length + 1);
  });

  test('text that looks like a formula is written as text', () => {
    const c = candidate(
      'event',
      [...EVENT_HEADER, 'Topic'],
      [...eventCandidate(2).values, '=IMPORTXML("x")'],
    );
    const { groups } = mapCandidates([c], 'en', BISHKEK);
    const sheet = target('events', []);
    const layout = sheetLayout('events', sheet.header, sheet.lastColumn, 'en');
    const plan = planSheetRows(
      'en',
      sheet,
      layout,
      groups.get('events')?.map((g) => g.row) ?? [],
      noCounters,
      BISHKEK,
    );
    expect(plan.rows[0]?.[layout.positionOf('topic') - 1]).toBe(`'=IMPORTXML("x")`);
  });
});

describe('outcomes', () => {
  const { groups } = mapCandidates([eventCandidate(2)], 'en', BISHKEK);
  const group = groups.get('events') ?? [];
  const sheet = target('events', []);
  const layout = sheetLayout('events', sheet.header, sheet.lastColumn, 'en');
  const plan = planSheetRows(
    'en',
    sheet,
    layout,
    group.map((g) => g.row),
    noCounters,
    BISHKEK,
  );

  test('taken in: the status the plan gave, and the Log line with the check’s finding', () => {
    const [outcome] = takenInOutcomes('en', 'Events', group, plan, '2');
    expect(outcome).toMatchObject({
      takenIn: true,
      status: '✓ EV-000001 → "Events", row 2',
      log: 'sheet "Events", row 2, EV-000001; problems: 2',
    });
  });

  test('warnings for a row (issue 13: an approved month) are added to its Log line', () => {
    const [outcome] = takenInOutcomes('en', 'Events', group, plan, '0', (row) =>
      row.sheet === 'events' ? ['April 2025 is approved'] : [],
    );
    expect(outcome?.log).toBe(
      'sheet "Events", row 2, EV-000001; problems: 0; April 2025 is approved',
    );
    expect(outcome?.takenIn).toBe(true);
  });
});
