/** The sidebar writes figures as the digest and the report do: the same helper, decimals kept. */
import { formatNumber as digestNumber } from '../../../src/core/digest/figures';
import { formatChange, formatNumber } from '../../../src/ui/format';

test('amounts keep their fraction, as the digest shows them', () => {
  expect(formatNumber(13000, 'ru')).toBe('13\u00a0000');
  expect(formatNumber(13000.5, 'ru')).toBe('13\u00a0000,5');
  expect(formatNumber(1250.75, 'en')).toBe('1,250.75');
  for (const value of [0, 7, 13000.5, -2, 1234567.25])
    expect(formatNumber(value, 'ky')).toBe(digestNumber(value, 'ky'));
});

test('a change is signed: +3, −2, 0', () => {
  expect(formatChange(3, 'ru')).toBe('+3');
  expect(formatChange(-2, 'ru')).toBe('\u22122');
  expect(formatChange(0, 'en')).toBe('0');
  expect(formatChange(0.5, 'en')).toBe('+0.5');
});
