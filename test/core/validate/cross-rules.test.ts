import { buildDataset } from '../../../src/core/dataset';
import { wallTime } from '../../../src/core/time/wall-time';
import { validateWorkbook } from '../../../src/core/validate/validate-workbook';
import { readRecords } from '../../helpers/workbook';
import { validate, validateEdited, validRows } from './fixture';

const rulesOf = (problems: readonly { rule: string }[]) => problems.map((p) => p.rule).sort();

describe('references to committees', () => {
  it('flags members and plan rows of an unknown committee as errors', () => {
    const problems = validateEdited((r) => {
      Object.assign(r.members[0] as object, { committeeId: 'NOPE' });
      Object.assign(r.plan[0] as object, { committeeId: 'NOPE' });
    });
    expect(problems.map((p) => [p.sheet, p.rule, p.severity, p.params])).toEqual([
      ['members', 'unknown_committee', 'error', { committee: 'NOPE' }],
      ['plan', 'unknown_committee', 'error', { committee: 'NOPE' }],
    ]);
  });

  it('keeps an event of a closed committee and warns; members and plans of it are fine', () => {
    const rows = validRows();
    Object.assign(rows.events[0] as object, { committeeId: 'OLD' });
    Object.assign(rows.members[0] as object, { committeeId: 'OLD' });
    Object.assign(rows.plan[0] as object, { committeeId: 'OLD' });
    const workbook = readRecords(rows);
    const problems = validateWorkbook(workbook, { today: wallTime(2026, 11, 26) });
    expect(problems).toEqual([
      expect.objectContaining({
        sheet: 'events',
        rule: 'committee_not_active',
        severity: 'warning',
        params: { committee: 'OLD', status: 'closed' },
      }),
    ]);
    expect(buildDataset(workbook, problems).events).toHaveLength(2);
  });

  it('flags every committee reference when the Committees sheet is missing', () => {
    const rows: Partial<ReturnType<typeof validRows>> = validRows();
    delete rows.committees;
    const unknown = validate(rows).filter((p) => p.rule === 'unknown_committee');
    expect(unknown.map((p) => p.sheet)).toEqual([
      'members',
      'events',
      'events',
      'cases',
      'cases',
      'plan',
    ]);
  });
});

describe('how rules combine', () => {
  it('leaves a row with a phone number in its topic out of the indicators, and keeps it', () => {
    const rows = validRows();
    Object.assign(rows.events[0] as object, { topic: 'Профилактика. Тел. 0 (555) 12-34-56' });
    const workbook = readRecords(rows);
    const problems = validateWorkbook(workbook, { today: wallTime(2026, 11, 26) });
    expect(rulesOf(problems)).toEqual(['phone_number']);
    expect(workbook.sheets.events.rows).toHaveLength(2);
    const dataset = buildDataset(workbook, problems);
    expect(dataset.events.map((e) => e.eventId)).toEqual(['EV-000002']);
    expect(dataset.excludedBySheet.events).toBe(1);
  });

  it('reports an unreadable cell once, not again through the rules that use it', () => {
    expect(
      rulesOf(
        validateEdited((r) => Object.assign(r.assistance[0] as object, { amountKgs: 'много' })),
      ),
    ).toEqual(['type_amount']);
    expect(
      rulesOf(
        validateEdited((r) => Object.assign(r.cases[1] as object, { closedOn: '32.10.2026' })),
      ),
    ).toEqual(['type_date']);
    expect(
      rulesOf(
        validateEdited((r) => Object.assign(r.cases[1] as object, { orderIssuedOn: 'вчера' })),
      ),
    ).toEqual(['type_date']);
    expect(
      rulesOf(
        validateEdited((r) =>
          Object.assign(r.events[0] as object, { type: 'собрание', casesReviewed: 3 }),
        ),
      ),
    ).toEqual(['choice']);
  });

  it('compares dates by day, whatever the time of day', () => {
    const morning = wallTime(2026, 11, 26, 0, 5);
    const rows = validRows();
    Object.assign(rows.events[0] as object, { date: '26.11.2026 23:55' });
    Object.assign(rows.referrals[0] as object, { date: '2026-09-01 00:00' });
    expect(validateWorkbook(readRecords(rows), { today: morning })).toEqual([]);
    Object.assign(rows.events[0] as object, { date: '27.11.2026 00:00' });
    expect(rulesOf(validateWorkbook(readRecords(rows), { today: morning }))).toEqual([
      'future_date',
    ]);
  });

  it('checks every date that records something done, but not an order valid into the future', () => {
    const problems = validateEdited((r) => {
      Object.assign(r.cases[1] as object, {
        orderIssuedOn: '2026-11-20',
        orderUntil: '2026-12-20',
        closedOn: '',
        status: 'open',
      });
      Object.assign(r.assistance[0] as object, { date: '2026-12-01' });
      Object.assign(r.committees[1] as object, { establishedOn: '2027-01-01' });
    });
    expect(problems.map((p) => [p.sheet, p.column, p.rule])).toEqual([
      ['committees', 'establishedOn', 'future_date'],
      ['assistance', 'date', 'future_date'],
    ]);
  });

  it('lists problems by sheet, row and column', () => {
    const problems = validateEdited((r) => {
      Object.assign(r.recipients[0] as object, { language: 'fr' });
      Object.assign(r.events[1] as object, { topic: 'aigul@mail.kg', participants: 'x' });
      Object.assign(r.events[0] as object, { women: 30 });
    });
    expect(problems.map((p) => `${p.sheet}:${p.row}:${p.rule}`)).toEqual([
      'events:2:women_men_exceed_participants',
      'events:3:type_int',
      'events:3:email_address',
      'recipients:2:choice',
    ]);
  });

  it('accepts the same committee, type and day for two different committees', () => {
    const problems = validateEdited((r) => {
      r.events.push({ ...(r.events[0] as object), eventId: 'EV-000003', committeeId: 'UCHKUN' });
    });
    expect(problems).toEqual([]);
  });
});
