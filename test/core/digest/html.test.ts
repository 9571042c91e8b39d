import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { doIUseEmail } from '@jsx-email/doiuse-email';
import { buildDigestContent, renderDigest } from '../../../src/core/digest';
import { softHyphens } from '../../../src/core/digest/html';
import { demoAnalysis } from './fixture';

const html = renderDigest(
  buildDigestContent(demoAnalysis('ru'), {
    month: '2026-10',
    recipient: { language: 'ru', region: null, threshold: 3 },
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/demo/edit',
  }),
).html;

/** What caniemail says a client family does not support at all in the digest, by feature. */
function unsupported(clients: string): string[] {
  const result = doIUseEmail(html, { emailClients: [clients] });
  const errors = result.success ? [] : result.errors;
  return [...new Set(errors.map((m) => /^`([^`]+)`/.exec(m)?.[1] ?? m))].sort();
}

describe('the digest against caniemail data (@jsx-email/doiuse-email)', () => {
  test('Gmail supports every feature it uses (some partially)', () => {
    expect(unsupported('gmail.*')).toEqual([]);
  });

  test('Apple Mail supports every feature it uses', () => {
    expect(unsupported('apple-mail.*')).toEqual([]);
  });

  test('Outlook lacks only what README lists, each of which degrades harmlessly', () => {
    const outlook = unsupported('outlook.*');
    expect(outlook).toEqual([
      '<body> element',
      'aria-label attribute',
      'role attribute',
      'white-space',
      'word-break',
    ]);
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    for (const feature of outlook) expect(readme).toContain(`\`${feature}\``);
  });
});

describe('soft hyphens in long words', () => {
  test('break between syllables, never within the first or last three letters', () => {
    const shown = (word: string) => softHyphens(word).replace(/\u00ad/g, '-');
    expect(softHyphens('Мероприятия')).toBe('Меро\u00adприя\u00adтия');
    expect(shown('Перенаправления')).toBe('Пере-направ-ления');
    expect(shown('Катышуучулар')).toBe('Каты-шуу-чулар');
    expect(shown('Participants')).toBe('Par-tici-pants');
  });

  test('leave short words, digits and the text itself alone', () => {
    expect(softHyphens('Всего 13 000')).toBe('Всего 13 000');
    expect(softHyphens('Катышуучулар').replace(/\u00ad/g, '')).toBe('Катышуучулар');
  });
});
