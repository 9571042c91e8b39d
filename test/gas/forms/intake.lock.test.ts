/**
 * Intake under the document lock: two executions at once never hand out the same id; a
 * response that meets a busy workbook stays pending (a note, a Log line) and is taken in
 * exactly once later, by "Process pending responses" or by the next submission.
 */
import type { FormSubmitEvent } from '../../fakes';
import { caseAnswers, eventAnswers, type FormsWorkbook, workbookWithForms } from '../forms-helpers';
import { callEntry, ensureBuilt, type GasContext, loadBundle } from '../load-bundle';

beforeAll(() => ensureBuilt());

const BUSY = 'pending: the workbook was busy with another action';

/** The status cell's note (uncounted). */
function statusNote(wb: FormsWorkbook, row: number): string {
  const sheet = wb.responseSheet('event');
  const header = sheet.rangeAt(1, 1, 1, sheet.grid.lastColumn()).readValuesUncounted()[0] ?? [];
  const column = header.findIndex((h) => String(h).startsWith('Korgoo')) + 1;
  return sheet.grid.peek(row, column).note;
}

/**
 * A second execution of the add-on: the same services (spreadsheet, lock, properties), its
 * own bundle context, as when Apps Script runs two triggers at the same moment.
 */
function secondExecution(wb: FormsWorkbook): GasContext {
  const ctx = loadBundle(wb.s.globals());
  return ctx;
}

/** Runs `during` once, in the middle of the next execution: at its first write of values. */
function interleave(wb: FormsWorkbook, during: () => void): void {
  const counter = wb.s.counter;
  const hit = counter.hit.bind(counter);
  let fired = false;
  counter.hit = (name: string) => {
    hit(name);
    if (!fired && name === 'Range.setValues') {
      fired = true;
      during();
    }
  };
}

describe('two executions at once', () => {
  test('a response arriving while another is being taken in gets no duplicate id', () => {
    const wb = workbookWithForms();
    const other = secondExecution(wb);
    const first = wb.submit('event', eventAnswers(1));
    const second = wb.submit('event', eventAnswers(2));
    const third = wb.submit('case', caseAnswers(3));
    const fourth = wb.submit('case', caseAnswers(4));
    interleave(wb, () => {
      expect(wb.s.LockService.holder('document')).toBe('this execution');
      // While the first is written, the second arrives, and the first is delivered again.
      callEntry(other, 'onFormSubmitted', second);
      callEntry(other, 'onFormSubmitted', first);
      callEntry(other, 'onFormSubmitted', fourth);
    });
    wb.deliver(first);
    wb.deliver(third);
    expect(wb.s.LockService.holder('document')).toBe('none');
    const ids = wb.rows('events').map((r) => r['Event ID']);
    expect(ids).toEqual(['EV-000001', 'EV-000002']);
    expect(wb.rows('cases').map((r) => r['Case code'])).toEqual([
      'KANT-2025-0001',
      'KANT-2025-0002',
    ]);
    expect(wb.statuses('event')).toEqual([
      '✓ EV-000001 → "Events", row 2',
      '✓ EV-000002 → "Events", row 3',
    ]);
    // Late deliveries change nothing.
    for (const event of [first, second, third, fourth]) callEntry(other, 'onFormSubmitted', event);
    expect(wb.rows('events')).toHaveLength(2);
    expect(wb.rows('cases')).toHaveLength(2);
  });

  test('a response waits for a short-lived holder of the lock, then goes in', () => {
    const wb = workbookWithForms();
    wb.s.LockService.holdFromAnotherExecution('document', { forMs: 10_000 });
    wb.respond('event', eventAnswers(1));
    expect(wb.statuses('event')).toEqual(['✓ EV-000001 → "Events", row 2']);
    expect(wb.s.LockService.nowMs).toBeGreaterThanOrEqual(10_000);
  });
});

describe('a lock timeout', () => {
  let wb: FormsWorkbook;
  let event: FormSubmitEvent;
  beforeAll(() => {
    wb = workbookWithForms();
    event = wb.submit('event', eventAnswers(1));
    wb.s.LockService.simulateTimeout('document');
    wb.deliver(event);
  });

  test('leaves the response pending in its sheet: no row, no status, a note, a Log line', () => {
    expect(wb.rows('events')).toEqual([]);
    expect(wb.statuses('event')).toEqual(['']);
    expect(statusNote(wb, 2)).toMatch(/the workbook was busy/);
    expect(wb.logLines().at(-1)?.[3]).toMatch(new RegExp(`^${BUSY}.*row 2`));
    expect(wb.s.LockService.holder('document')).toBe('none');
  });

  test('"Process pending responses" takes it in, exactly once', () => {
    wb.run('processPendingResponses');
    expect(wb.rows('events').map((r) => r['Event ID'])).toEqual(['EV-000001']);
    expect(wb.statuses('event')).toEqual(['✓ EV-000001 → "Events", row 2']);
    expect(statusNote(wb, 2)).toBe('');
    expect(wb.s.ui.dialogs.at(-1)?.prompt).toBe('Pending responses: 1 taken in, 0 still pending.');
    wb.run('processPendingResponses');
    wb.deliver(event);
    expect(wb.rows('events')).toHaveLength(1);
    expect(wb.s.ui.dialogs.at(-1)?.prompt).toBe('Pending responses: 0 taken in, 0 still pending.');
  });
});

test('the next submission catches up with a response left pending', () => {
  const wb = workbookWithForms();
  const late = wb.submit('event', eventAnswers(1));
  wb.s.LockService.simulateTimeout('document');
  wb.deliver(late);
  expect(wb.rows('events')).toEqual([]);
  wb.respond('case', caseAnswers(2));
  expect(wb.rows('events').map((r) => r['Event ID'])).toEqual(['EV-000001']);
  expect(wb.rows('cases')).toHaveLength(1);
  // Caught up once: the following submission does not scan again.
  wb.s.counter.reset();
  wb.respond('case', caseAnswers(3));
  expect(wb.s.counter.count('Sheet.getFormUrl')).toBe(1);
  expect(wb.rows('events')).toHaveLength(1);
});

test('a response that cannot be mapped stays pending, says why, and is not lost', () => {
  const wb = workbookWithForms();
  // Neither referral nor assistance chosen, and neither section answered.
  wb.respond('followup', { 'Case code': 'KANT-2025-0001' });
  expect(wb.rows('referrals')).toEqual([]);
  expect(wb.rows('assistance')).toEqual([]);
  expect(wb.statuses('followup')).toEqual([
    '⚠ pending: the response says neither referral nor assistance',
  ]);
  expect(wb.logLines().at(-1)?.[3]).toMatch(/neither referral nor assistance.*row 2/);
  wb.run('processPendingResponses');
  expect(wb.s.ui.dialogs.at(-1)?.prompt).toBe('Pending responses: 0 taken in, 1 still pending.');
  // Once the coordinator fills in the missing answer, it goes in.
  const sheet = wb.responseSheet('followup');
  const header = sheet.rangeAt(1, 1, 1, sheet.grid.lastColumn()).readValuesUncounted()[0] ?? [];
  sheet.grid.cell(2, header.indexOf('What are you reporting?') + 1).value = 'Referral';
  sheet.grid.cell(2, header.indexOf('Referred to') + 1).value = 'Shelter';
  wb.run('processPendingResponses');
  expect(wb.rows('referrals')).toHaveLength(1);
  expect(wb.statuses('followup')).toEqual(['✓ → "Referrals", row 2']);
});

test('a failure after the canonical row is written does not take the response in twice', () => {
  const wb = workbookWithForms();
  const counter = wb.s.counter;
  const hit = counter.hit.bind(counter);
  let failed = false;
  // Validation of the new row fails (its read back, the first read after the row is written).
  counter.hit = (name: string) => {
    hit(name);
    if (!failed && name === 'Range.getValues') {
      failed = true;
      throw new Error('Service Spreadsheets timed out');
    }
  };
  wb.respond('event', eventAnswers(1));
  counter.hit = hit;
  expect(failed).toBe(true);
  expect(wb.rows('events').map((r) => r['Event ID'])).toEqual(['EV-000001']);
  expect(wb.statuses('event')).toEqual(['✓ EV-000001 → "Events", row 2']);
  expect(wb.logLines().at(-1)?.[3]).toMatch(/row 2, EV-000001.*Service Spreadsheets timed out/);
  wb.run('processPendingResponses');
  wb.respond('case', caseAnswers(2));
  expect(wb.rows('events')).toHaveLength(1);
});

test('the responses left pending are logged in one write, not one call per response', () => {
  const wb = workbookWithForms();
  for (let i = 0; i < 5; i++) wb.respond('followup', { 'Case code': `KANT-2025-000${i + 1}` });
  wb.s.counter.reset();
  wb.run('processPendingResponses');
  expect(wb.s.ui.dialogs.at(-1)?.prompt).toBe('Pending responses: 0 taken in, 5 still pending.');
  const lines = wb
    .logLines()
    .filter((line) => /neither referral nor assistance/.test(String(line[3])));
  expect(lines).toHaveLength(10);
  expect(wb.s.counter.count('Sheet.appendRow')).toBeLessThanOrEqual(1);
});
