import { a1Of, columnLetters, isA1 } from '../../src/core/a1';

describe('A1 addresses', () => {
  test.each([
    [1, 'A'],
    [6, 'F'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('column %i is %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  test('a cell, or the whole row when the problem has no column', () => {
    expect(a1Of(37, 6)).toBe('F37');
    expect(a1Of(5, null)).toBe('5:5');
    expect(a1Of(1, 0)).toBe('1:1');
  });

  test('only what a1Of makes is accepted', () => {
    for (const good of ['A1', 'F37', 'AB1000', '5:5']) expect(isA1(good)).toBe(true);
    for (const bad of [
      '',
      'A0',
      '5:6',
      'A1:B2',
      '=HYPERLINK("x")',
      'A1; DROP',
      'Sheet1!A1',
      'ABCD1',
      'a1 ',
      '<img>',
    ]) {
      expect([bad, isA1(bad)]).toEqual([bad, false]);
    }
  });
});
