/**
 * The intake ledger through the bundle: a response is known by its form, its own timestamp and
 * its answers, so clearing the status column or linking the form again (Google copies every
 * earlier response into a new sheet) takes nothing in twice.
 */
import { responseFingerprint } from '../../../src/core/forms/fingerprint';
import type { CellValue } from '../../../src/core/read/workbook';
import { eventAnswers, type FormsWorkbook, formIdsOf, workbookWithForms } from '../forms-helpers';
import { ensureBuilt } from '../load-bundle';
import { dataRows, headerOf, writeRows } from '../workbook-data';

beforeAll(() => ensureBuilt());

const RESPONSES = 20;

function twentyTakenIn(): FormsWorkbook {
  const wb = workbookWithForms();
  for (let i = 0; i < RESPONSES; i++) wb.respond('event', eventAnswers(i));
  return wb;
}

function clearStatuses(wb: FormsWorkbook): void {
  const sheet = wb.responseSheet('event');
  const column = headerOf(sheet).findIndex((h) => String(h).startsWith('Korgoo')) + 1;
  sheet.getRange(2, column, RESPONSES, 1).clearContent();
}

test('status column cleared: "Process pending responses" takes nothing in again', () => {
  const wb = twentyTakenIn();
  const before = wb.statuses('event');
  expect(wb.rows('events')).toHaveLength(RESPONSES);
  clearStatuses(wb);
  wb.run('processPendingResponses');
  expect(wb.rows('events')).toHaveLength(RESPONSES);
  // The status stays a mark people can read: it comes back as it was.
  expect(wb.statuses('event')).toEqual(before);
});

test('status cleared, then the same response delivered again: still one row', () => {
  const wb = workbookWithForms();
  const event = wb.submit('event', eventAnswers(0));
  wb.deliver(event);
  clearStatuses(wb);
  wb.deliver(event);
  expect(wb.rows('events')).toHaveLength(1);
  expect(wb.statuses('event')).toEqual(['✓ EV-000001 → "Events", row 2']);
});

test('form linked again: the new sheet copies every response, none is taken in twice', () => {
  const wb = twentyTakenIn();
  const form = wb.form('event');
  const old = wb.responseSheet('event');
  form.setDestination(wb.s.FormApp.DestinationType.SPREADSHEET, wb.s.spreadsheet.id);
  const relinked = wb.responseSheet('event');
  expect(relinked).not.toBe(old);
  expect(dataRows(relinked)).toHaveLength(RESPONSES);
  wb.run('processPendingResponses');
  expect(wb.rows('events')).toHaveLength(RESPONSES);
  expect(wb.statuses('event').every((s) => String(s).startsWith('✓'))).toBe(true);
  // A new response through the new sheet is taken in as usual.
  wb.respond('event', eventAnswers(RESPONSES));
  expect(wb.rows('events')).toHaveLength(RESPONSES + 1);
});

test('responses taken in before the ledger existed are added to it by the next scan', () => {
  const wb = twentyTakenIn();
  // As a workbook of an earlier version: ✓ statuses, no ledger.
  const ledger = wb.s.spreadsheet.sheetList().find((s) => s.getNameUncounted() === 'Korgoo intake');
  expect(ledger).toBeDefined();
  wb.s.spreadsheet.deleteSheet(ledger as NonNullable<typeof ledger>);
  wb.run('processPendingResponses');
  clearStatuses(wb);
  wb.run('processPendingResponses');
  expect(wb.rows('events')).toHaveLength(RESPONSES);
});

test('the ledger is a hidden, protected sheet, one row per response taken in', () => {
  const wb = twentyTakenIn();
  const ledger = wb.s.spreadsheet.sheet('Korgoo intake');
  expect(ledger.isHidden).toBe(true);
  expect(ledger.getProtections(wb.s.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  expect(headerOf(ledger)).toEqual(['Response fingerprint', 'Taken in as', 'When']);
  const rows = dataRows(ledger);
  expect(rows).toHaveLength(RESPONSES);
  expect(new Set(rows.map((row) => row[0])).size).toBe(RESPONSES);
  expect(rows[0]?.[1]).toBe('✓ EV-000001 → "Events", row 2');
});

test('one response looks itself up in the ledger: through the Sheets API its fingerprints, one column', () => {
  const wb = workbookWithForms();
  const ledger = wb.s.spreadsheet.sheet('Korgoo intake');
  const older = Array.from({ length: 5_000 }, (_, i) => [`old-form|${i}|abc`, '✓', '']);
  writeRows(ledger, 2, older);
  const event = wb.submit('event', eventAnswers(0));
  wb.s.counter.reset();
  wb.deliver(event);
  expect(wb.s.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
  expect(wb.s.counter.count('TextFinder.findNext')).toBe(0);
  // The fingerprints, not the statuses or dates: one cell a response, and the few others.
  expect(wb.s.counter.cells.read).toBeGreaterThan(5_000);
  expect(wb.s.counter.cells.read).toBeLessThan(5_000 + 1_000);
  expect(dataRows(ledger)).toHaveLength(5_000 + 1);
  // Delivered again with its status cleared: found, taken in once.
  const sheet = wb.responseSheet('event');
  const column = headerOf(sheet).findIndex((h) => String(h).startsWith('Korgoo')) + 1;
  sheet.getRange(2, column).clearContent();
  wb.deliver(event);
  expect(wb.rows('events')).toHaveLength(1);
  expect(wb.statuses('event')).toEqual(['✓ EV-000001 → "Events", row 2']);
});

test('one response looks itself up in the ledger: none of its rows is read', () => {
  const wb = twentyTakenIn();
  // Through SpreadsheetApp: the Sheets API off (or its quota used up by the 20 responses).
  wb.s.Sheets.Spreadsheets.projectEnabled = false;
  const ledger = wb.s.spreadsheet.sheet('Korgoo intake');
  // A ledger of a workbook years old: 5,000 responses taken in before.
  const older = Array.from({ length: 5_000 }, (_, i) => [`old-form|${i}|abc`, '✓', '']);
  writeRows(ledger, RESPONSES + 2, older);
  const event = wb.submit('event', eventAnswers(RESPONSES));
  wb.s.counter.reset();
  wb.deliver(event);
  expect(wb.s.counter.count('TextFinder.findNext')).toBe(1);
  expect(wb.s.counter.cells.read).toBeLessThan(1_000);
  expect(dataRows(ledger)).toHaveLength(RESPONSES + 5_000 + 1);
  // Delivered again with its status cleared: found by the search, taken in once.
  const sheet = wb.responseSheet('event');
  const column = headerOf(sheet).findIndex((h) => String(h).startsWith('Korgoo')) + 1;
  sheet.getRange(RESPONSES + 2, column).clearContent();
  wb.deliver(event);
  expect(wb.rows('events')).toHaveLength(RESPONSES + 1);
  expect(wb.statuses('event').at(-1)).toBe(
    `✓ EV-0000${RESPONSES + 1} → "Events", row ${RESPONSES + 2}`,
  );
});

test('the ledger is made with the forms; a response that finds it deleted makes it again', () => {
  const wb = workbookWithForms();
  const ledger = wb.s.spreadsheet.sheet('Korgoo intake');
  expect(ledger.isHidden).toBe(true);
  expect(dataRows(ledger)).toEqual([]);
  wb.s.spreadsheet.deleteSheet(ledger);
  const event = wb.submit('event', eventAnswers(0));
  wb.deliver(event);
  const made = wb.s.spreadsheet.sheet('Korgoo intake');
  expect(made.isHidden).toBe(true);
  expect(dataRows(made).map((row) => row[1])).toEqual(['✓ EV-000001 → "Events", row 2']);
  // And it serves: the same response, its status cleared, is not taken in again.
  clearStatuses(wb);
  wb.deliver(event);
  expect(wb.rows('events')).toHaveLength(1);
});

test("Google's search is partial and ignores case: only the exact fingerprint counts", () => {
  const wb = workbookWithForms();
  const event = wb.submit('event', eventAnswers(0));
  const sheet = wb.responseSheet('event');
  const header = headerOf(sheet).map(String);
  const status = header.findIndex((h) => h.startsWith('Korgoo'));
  const row = (dataRows(sheet)[0] ?? []) as CellValue[];
  const fingerprint = responseFingerprint(formIdsOf(wb).event, row, status);
  const ledger = wb.s.spreadsheet.sheet('Korgoo intake');
  // Entries the search finds for this response but that are other responses' (its form's id
  // in another case, a fingerprint with more after it).
  const [formId = '', ...rest] = fingerprint.split('|');
  writeRows(ledger, 2, [
    [[formId.toUpperCase(), ...rest].join('|'), '✓ EV-000099 → "Events", row 99', ''],
    [`${fingerprint}0`, '✓ EV-000098 → "Events", row 98', ''],
  ]);
  expect(formId.toUpperCase()).not.toBe(formId);
  wb.deliver(event);
  // Taken in, not mistaken for a response taken in before.
  expect(wb.statuses('event')).toEqual(['✓ EV-000001 → "Events", row 2']);
  expect(wb.rows('events')).toHaveLength(1);
  clearStatuses(wb);
  wb.deliver(event);
  expect(wb.rows('events')).toHaveLength(1);
  expect(wb.statuses('event')).toEqual(['✓ EV-000001 → "Events", row 2']);
});
