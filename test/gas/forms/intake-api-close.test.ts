/**
 * The closing write of a form response through the Sheets API, on the fakes: the ledger
 * entry, the marks, the Problems line, the status (its note cleared) and the Log line in ONE
 * batchUpdate, applied whole or not at all; when Google refuses it, SpreadsheetApp writes the
 * same, the ledger first: nothing lost, nothing twice.
 */
import { responseWhat } from '../../../src/core/intake/log-lines';
import type { IntakeOutcome } from '../../../src/core/intake/plan';
import { ClosingWrite, closeTakenIn } from '../../../src/gas/forms/intake-api-close';
import { judgeWritten, writeRows } from '../../../src/gas/forms/intake-api-write';
import { appendRequest } from '../../../src/gas/sheets-api';
import { dataRows } from '../workbook-data';
import { type Prepared, prepare, uninstall } from './api-submission';

let warn: jest.SpyInstance;
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  uninstall();
  warn.mockRestore();
});

const WHEN = new Date(Date.UTC(2026, 9, 20, 8));

function closing(p: Prepared): ClosingWrite {
  const { reading, submission } = p;
  return new ClosingWrite(
    reading.id,
    reading.zone,
    { sheet: submission.sheet, sheetId: reading.sheetId, row: 2, status: reading.read.status },
    reading.sheets.log.sheetId,
    WHEN,
    'event',
    'en',
    submission.logs,
  );
}
const outcome = (p: Prepared, status: string): IntakeOutcome => ({
  candidate: p.reading.candidate,
  takenIn: true,
  status,
  log: 'taken in as EV-000003',
});
const statusCell = (p: Prepared) =>
  p.s.spreadsheet.sheet('Form responses 1').grid.peek(2, p.reading.read.status + 1);

describe('ClosingWrite', () => {
  test('what the caller added, the status and the Log line: one batchUpdate', () => {
    const p = prepare();
    const column = p.reading.read.status + 1;
    p.s.spreadsheet.sheet('Form responses 1').grid.cell(2, column).note = 'waiting: busy';
    const write = closing(p);
    write.requests.push(
      appendRequest(p.reading.sheets.ledger.sheetId, [['fp', '✓ EV-000003', WHEN]], p.reading.zone),
    );
    write.close(outcome(p, '✓ EV-000003'), true);
    // One write, and the Log's "who" asked of Session.
    expect(p.s.counter.snapshot()).toEqual({
      'Sheets.Spreadsheets.batchUpdate': 1,
      'Session.getActiveUser': 1,
    });
    expect([statusCell(p).value, statusCell(p).note]).toEqual(['✓ EV-000003', '']);
    expect(dataRows(p.s.spreadsheet.sheet('Korgoo intake')).map((r) => r.slice(0, 2))).toEqual([
      ['fp', '✓ EV-000003'],
    ]);
    const log = dataRows(p.s.spreadsheet.sheet('Log'));
    expect(log.map((r) => [r[1], r[3]])).toEqual([
      [responseWhat('event', 'en'), 'taken in as EV-000003'],
    ]);
    expect(p.submission.logs).toEqual([]);
  });

  test('not logged: the status only', () => {
    const p = prepare();
    closing(p).close(outcome(p, '✓ EV-000003'), false);
    expect(dataRows(p.s.spreadsheet.sheet('Log'))).toEqual([]);
    expect(statusCell(p).value).toBe('✓ EV-000003');
  });

  test('the API off since the reads: nothing of the batch, the same through SpreadsheetApp', () => {
    const p = prepare();
    const write = closing(p);
    write.requests.push(
      appendRequest(p.reading.sheets.ledger.sheetId, [['fp', '✓', WHEN]], p.reading.zone),
    );
    p.s.Sheets.Spreadsheets.projectEnabled = false;
    const order: string[] = [];
    write.close(outcome(p, '=HYPERLINK("x")'), true, () => order.push('fallback'));
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^Form response closed without the Sheets API: .*disabled/),
    );
    // The batch is all or nothing: its ledger row is not there; the caller's fallback ran.
    expect(dataRows(p.s.spreadsheet.sheet('Korgoo intake'))).toEqual([]);
    expect(order).toEqual(['fallback']);
    // The status written as text, never a formula; the Log line left to the caller.
    expect(statusCell(p).formula).toBe('');
    expect(statusCell(p).value).toBe('=HYPERLINK("x")');
    expect(p.submission.logs).toEqual([[responseWhat('event', 'en'), 'taken in as EV-000003']]);
  });
});

describe('closeTakenIn', () => {
  function taken(participants: string) {
    const p = prepare({ Participants: participants });
    const { submission, reading, to, keys, below } = p;
    const written = writeRows(submission, reading, to, keys, below, { written: false });
    if ('pending' in written) throw new Error(written.pending.status);
    const judged = judgeWritten(reading, to, keys, below, written, 'en');
    const write = closing(p);
    write.requests.push(
      appendRequest(
        reading.sheets.ledger.sheetId,
        [[reading.candidate.fingerprint, written.plan.statuses[0] ?? '', WHEN]],
        reading.zone,
      ),
    );
    p.s.counter.reset();
    return { p, written, judged, write };
  }
  const problems = (p: Prepared) =>
    dataRows(p.s.spreadsheet.sheet('Problems')).map((r) => [r[0], r[1], r[4]]);
  const ledger = (p: Prepared) => dataRows(p.s.spreadsheet.sheet('Korgoo intake')).map((r) => r[0]);

  test('the marks and the Problems line go in the same batch as the ledger and the status', () => {
    const { p, written, judged, write } = taken('5');
    closeTakenIn(p.submission, p.reading, p.to, p.keys, p.below, written, judged, write);
    expect(p.s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    expect(p.s.counter.count('Range.setNotes')).toBe(0);
    expect(problems(p)).toEqual([['Events', 4, 'women_men_exceed_participants']]);
    expect(ledger(p)).toEqual([p.reading.candidate.fingerprint]);
    const marked = judged.list[0]?.columnIndex ?? 0;
    expect(p.s.spreadsheet.sheet('Events').grid.peek(4, marked).note).not.toBe('');
    expect(statusCell(p).value).toMatch(/^✓ EV-000003/);
  });

  test('the batch refused: ledger, marks, Problems line and status through SpreadsheetApp, once', () => {
    const { p, written, judged, write } = taken('5');
    p.s.Sheets.Spreadsheets.projectEnabled = false;
    closeTakenIn(p.submission, p.reading, p.to, p.keys, p.below, written, judged, write);
    expect(problems(p)).toEqual([['Events', 4, 'women_men_exceed_participants']]);
    expect(ledger(p)).toEqual([p.reading.candidate.fingerprint]);
    const marked = judged.list[0]?.columnIndex ?? 0;
    expect(p.s.spreadsheet.sheet('Events').grid.peek(4, marked).note).not.toBe('');
    expect(statusCell(p).value).toMatch(/^✓ EV-000003/);
    expect(p.submission.logs).toHaveLength(1);
  });

  test('no problem found: no marks and no Problems line written', () => {
    const { p, written, judged, write } = taken('25');
    closeTakenIn(p.submission, p.reading, p.to, p.keys, p.below, written, judged, write);
    expect(judged.list).toEqual([]);
    expect(problems(p)).toEqual([]);
    expect(p.s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    expect(ledger(p)).toHaveLength(1);
  });
});
