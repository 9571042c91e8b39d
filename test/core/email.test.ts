import { normalizeEmail } from '../../src/core/email';
import { readCell } from '../../src/core/read/cells';
import { type ColumnDef, SHEETS } from '../../src/core/schema/sheets';
import { WALL } from '../helpers/workbook';

describe('normalizeEmail', () => {
  it.each([
    ["'someone@example.org", 'someone@example.org'],
    ["  ''Someone@Example.org ", 'someone@example.org'],
    [' SOMEONE@example.org', 'someone@example.org'],
    ["o'brien@example.org", "o'brien@example.org"],
  ])('%p is the address %p', (typed, address) => {
    expect(normalizeEmail(typed)).toBe(address);
  });

  it('is how the Recipients sheet reads an address typed with the text apostrophe', () => {
    const email = (SHEETS.recipients.columns as readonly ColumnDef[]).find(
      (c) => c.key === 'email',
    ) as ColumnDef;
    expect(readCell(email, "'Someone@example.org", WALL)).toEqual({
      ok: true,
      value: 'someone@example.org',
    });
  });
});
