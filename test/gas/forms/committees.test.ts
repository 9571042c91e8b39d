/** Every form's committee question lists today's active committees, set only where it changed. */
import {
  committeeChoices,
  readCommittees,
  syncCommitteeLists,
  syncCommitteesQuietly,
  syncIfDirty,
} from '../../../src/gas/forms/committees';
import { committeesDirty, itemIds, markCommitteesDirty } from '../../../src/gas/forms/store';
import type { FakeForm } from '../../fakes';
import { putRows, useFakeGlobals } from '../fake-globals';
import { formsBook } from './forms-book';

const fakes = useFakeGlobals();

const listed = (form: FakeForm, kind: 'event' | 'case') => {
  const id = itemIds(kind).committeeId as number;
  return form
    .getItemById(id)
    ?.asListItem()
    .getChoices()
    .map((c) => c.getValue());
};

test('active committees only, each once, in sheet order; read in one call', () => {
  const book = formsBook(fakes());
  putRows(book.sheet('committees'), 6, [
    ['KANT', 'Kant again', 'Chui', '', '', '', '', '', 'Active'],
    ['BISH', '  Bishkek   city ', 'Chui', '', '', '', '', '', 'Active'],
  ]);
  const s = fakes();
  s.counter.reset();
  const committees = readCommittees(book.spreadsheet);
  expect(s.counter.count('Range.getValues')).toBe(1);
  expect(committeeChoices(committees)).toEqual([
    'KANT — Committee KANT',
    'TOKM — Committee TOKM',
    'NARYN — Committee NARYN',
    'BISH — Bishkek city',
  ]);
});

test('a new committee reaches every form asking for one; unchanged lists are not set', () => {
  const book = formsBook(fakes());
  const s = fakes();
  expect(syncCommitteeLists(book.spreadsheet)).toEqual({ forms: 0, committees: 3 });
  expect(s.counter.count('ListItem.setChoiceValues')).toBe(0);
  putRows(book.sheet('committees'), 6, [['BISH', 'Bishkek', 'Chui', '', '', '', '', '', 'Active']]);
  const asking = (['event', 'case'] as const).filter((k) => itemIds(k).committeeId !== undefined);
  expect(asking.length).toBeGreaterThan(0);
  expect(syncCommitteeLists(book.spreadsheet)).toEqual({ forms: asking.length, committees: 4 });
  for (const kind of asking) expect(listed(book.form(kind), kind)).toContain('BISH — Bishkek');
});

test('no active committee: the lists are left as they are (a form cannot offer none)', () => {
  const book = formsBook(fakes());
  const committees = book.sheet('committees');
  for (let row = 2; row <= 5; row++) committees.grid.cell(row, 9).value = 'Suspended';
  expect(syncCommitteeLists(book.spreadsheet)).toEqual({ forms: 0, committees: 0 });
  expect(listed(book.form('event'), 'event')).toHaveLength(3);
});

test('quietly: an unauthorized FormApp (a simple trigger) leaves it marked for the next run', () => {
  const book = formsBook(fakes());
  const s = fakes();
  const openById = s.FormApp.openById.bind(s.FormApp);
  s.FormApp.openById = () => {
    throw new Error('You do not have permission to call FormApp.openById');
  };
  const result = syncCommitteesQuietly(book.spreadsheet);
  expect(result).toBeInstanceOf(Error);
  expect(committeesDirty()).toBe(true);
  s.FormApp.openById = openById;
  syncIfDirty(book.spreadsheet);
  expect(committeesDirty()).toBe(false);
});

test('no forms: nothing asked of FormApp; not marked changed: no sync before an intake', () => {
  const s = fakes();
  const spreadsheet = s.real.SpreadsheetApp.getActiveSpreadsheet();
  expect(syncCommitteesQuietly(spreadsheet)).toEqual({ forms: 0, committees: 0 });
  expect(committeesDirty()).toBe(false);
  const book = formsBook(s);
  markCommitteesDirty(false);
  syncIfDirty(book.spreadsheet);
  expect(s.counter.count('FormApp.openById')).toBe(0);
  expect(s.counter.count('Range.getValues')).toBe(0);
});
