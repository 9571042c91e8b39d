import { findEmail, type ScanMeter } from '../../../src/core/validate/find-email';
import { seededRandom } from '../../helpers/workbook';

// The detector's former regex: quadratic, but the reference for what must be found.
const REFERENCE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

const N = 50_000;
/** Cells written to make a backtracking detector work hard. */
const HOSTILE: Readonly<Record<string, string>> = {
  'one long local part before an @': `${'a'.repeat(N - 1)}@`,
  'dotted words before an @': `${'a.'.repeat(N / 2 - 1)}@x`,
  'an @ before dotted words without a top-level domain': `@${'a.1'.repeat(N / 3)}`,
  'a domain of hyphens': `x@${'a-'.repeat(N / 2 - 1)}`,
  'many @': 'a@'.repeat(N / 2),
  'many @ with dots': 'a@b.'.repeat(N / 4),
  'Cyrillic words and @': 'почта@сайт '.repeat(N / 11),
  'runs of dots': `a@b${'.'.repeat(N - 3)}`,
};

describe('findEmail', () => {
  it('finds what the former regex found, on random text of hostile characters', () => {
    const random = seededRandom(11);
    // Pieces of addresses and of everything that ends one: letters, digits, astral letters
    // (two UTF-16 units), Arabic-Indic digits, dots, hyphens, spaces, @.
    const alphabet = [
      'a',
      'жж',
      'Ө',
      '1',
      '.',
      '..',
      '@',
      '-',
      '_',
      ' ',
      '+',
      '𝐀',
      '٣',
      'cd',
      '.kg',
    ];
    const differences: [string, string | null, string | null][] = [];
    let found = 0;
    for (let n = 0; n < 40_000; n++) {
      const length = 1 + Math.floor(random() * 10);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const expected = REFERENCE.exec(text)?.[0] ?? null;
      if (expected !== null) found++;
      const actual = findEmail(text);
      if (actual !== expected) differences.push([text, actual, expected]);
    }
    expect(differences).toEqual([]);
    // The corpus holds addresses, not only misses.
    expect(found).toBeGreaterThan(300);
  });

  it.each(Object.entries(HOSTILE))('looks at each character a few times at most: %s', (_, junk) => {
    const meter: ScanMeter = { steps: 0 };
    const address = 'aigul.asanova@mail.kg';
    expect(findEmail(`${junk} ${address}`, meter)).toBe(address);
    expect(meter.steps).toBeGreaterThan(0);
    expect(meter.steps).toBeLessThanOrEqual(3 * (junk.length + address.length + 1));
  });
});
