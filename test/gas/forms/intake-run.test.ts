/**
 * One execution's intake, its read side: response rows as candidates, the canonical sheet read
 * only in the columns the plan needs, every sheet known by name to the writer.
 */
import { IntakeLedger } from '../../../src/gas/forms/intake-ledger';
import { formIds } from '../../../src/gas/forms/store';
import { headerLabels, putRows, rowsOf, useFakeGlobals } from '../fake-globals';
import { day, eventAnswers, formsBook, intakeRunOf, responseSheetOf } from './forms-book';

const fakes = useFakeGlobals();

function run() {
  const book = formsBook(fakes(), 'en', ['events']);
  const intake = intakeRunOf(book, 'en', IntakeLedger.forFew(book.spreadsheet, 'en'));
  const responses = responseSheetOf(book, 'event');
  return { book, intake, responses };
}

test("a form's id as Korgoo keeps it, read once a run; a form it lost goes by its kind", () => {
  const { book, intake } = run();
  const id = formIds().event;
  expect(intake.formIdOf('event')).toBe(id);
  fakes().PropertiesService.document.store.delete('korgoo.forms.ids');
  expect(intake.formIdOf('event')).toBe(id);
  const next = intakeRunOf(book, 'en', IntakeLedger.forFew(book.spreadsheet, 'en'));
  expect(next.formIdOf('event')).toBe('event');
});

test('only sheets opened in the run are known to the writer', () => {
  const { intake, responses } = run();
  expect(() => intake.sheetNamed('Events')).toThrow('sheet Events not open in this run');
  const name = intake.open(responses);
  expect(intake.sheetNamed(name)).toBe(responses);
});

test('response rows: blank rows skipped, each with its status and a fingerprint of its answers', () => {
  const { book, intake, responses } = run();
  book.submit('event', eventAnswers(1));
  book.submit('event', eventAnswers(2));
  book.submit('event', eventAnswers(3));
  const sheet = book.responseSheet('event');
  const width = sheet.grid.lastColumn();
  putRows(sheet, 3, [Array.from({ length: width }, () => '')]);
  const rows0 = intake.responseRows(intake.openResponses(responses, 'event'));
  const status = (rowsOf(sheet)[0] ?? []).indexOf('Korgoo status') + 1;
  expect(rows0[0]?.candidate.statusColumn).toBe(status);
  sheet.grid.cell(4, status).value = '✓ EV-000009 → Events, row 9';
  const rows = intake.responseRows(intake.openResponses(responses, 'event'));
  expect(rows.map((r) => [r.candidate.row, r.takenIn])).toEqual([
    [2, false],
    [4, true],
  ]);
  const fingerprints = new Set(rows.map((r) => r.candidate.fingerprint));
  expect(fingerprints.size).toBe(2);
  // The status is not part of a response's identity.
  sheet.grid.cell(2, status).value = '⚠ pending: busy';
  const again = intake.responseRows(intake.openResponses(responses, 'event'));
  expect(again[0]?.candidate.fingerprint).toBe(rows[0]?.candidate.fingerprint);
});

test("the submitted response's sheet name is asked only when a text needs it", () => {
  const { intake, responses } = run();
  const candidate = intake.submitted(responses, {
    kind: 'event',
    row: 2,
    statusColumn: 3,
    header: [],
    values: [],
    fingerprint: 'f',
  });
  expect(intake.keyOf(candidate)).not.toBe(responses.getName());
  fakes().counter.reset();
  expect(candidate.sheetName).toBe(responses.getName());
});

test('the target sheet: its key columns and the rows of the same day read, not the whole sheet', () => {
  const { book, intake } = run();
  const events = book.sheet('events');
  const header = headerLabels('events', 'en');
  const row = (id: string, date: Date) =>
    header.map((label) =>
      label === 'Event ID' ? id : label === 'Date' ? date : label === 'Topic' ? 'long text' : 'x',
    );
  putRows(events, 2, [
    row('EV-000001', day(2025, 1, 1)),
    row('EV-000002', day(2025, 2, 2)),
    row('EV-000003', day(2025, 3, 3)),
  ]);
  fakes().counter.reset();
  const target = intake.targetSheet('events', [
    {
      sheet: 'events',
      values: { date: day(2025, 2, 2), committeeId: 'KANT' },
      assign: 'eventId',
    } as never,
  ]);
  expect(target.keys).toEqual(['EV-000001', 'EV-000002', 'EV-000003']);
  expect(target.firstFreeRow).toBe(5);
  // The header, Event ID and Date of every row, committee and type near the day: no Topic.
  const cells = fakes().counter.cells.read;
  expect(cells).toBeLessThan(header.length * 4);
  expect(intake.opened.get('Events')?.above[2]?.[header.indexOf('Topic')]).toBeUndefined();
  expect(intake.sheetNamed('Events').getName()).toBe('Events');
});

test('a target sheet missing schema columns gets them at the end of its header', () => {
  const { book, intake } = run();
  const events = book.sheet('events');
  events.clear();
  putRows(events, 1, [['Event ID', 'Committee ID', 'Date']]);
  intake.targetSheet('events', []);
  const written = rowsOf(events)[0] ?? [];
  expect(written.slice(0, 3)).toEqual(['Event ID', 'Committee ID', 'Date']);
  expect(new Set(written)).toEqual(new Set(headerLabels('events', 'en')));
});
