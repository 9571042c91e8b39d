import { isDateFormat } from '../../../../src/local/xlsx/read/date-format';

test.each([
  [14, undefined, true],
  [22, undefined, true],
  [46, undefined, true],
  [0, undefined, false],
  [3, undefined, false],
  [164, 'dd.mm.yyyy', true],
  [164, 'DD/MM/YYYY hh:mm', true],
  [164, '[$-419]d mmmm yyyy;@', true],
  [164, 'h:mm:ss', true],
  [164, '0.00 "dm"', false],
  [164, '#,##0 [$сом-419]', false],
  [164, '[Red]0;[Blue]-0', false],
  [164, '0\\d', false],
  [164, 'General', false],
  [164, '@', false],
])('format %i %p is a date: %p', (id, code, expected) => {
  expect(isDateFormat(id, code)).toBe(expected);
});
