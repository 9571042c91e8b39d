import { LANGS } from '../../../src/core/i18n/lang';
import { maskAll, maskEmail, maskName, maskPhone } from '../../../src/core/validate/mask';
import { problemMessage } from '../../../src/core/validate/message';
import { validateEdited } from './fixture';

describe('masks', () => {
  it.each([
    ['0555 123 456', '0555 *** 456'],
    ['0555123456', '0555 *** 456'],
    ['+996 700 123 456', '+996 *** 456'],
    ['555-12-34-56', '555 *** 456'],
    ['5-12-34', '*** 34'],
  ])('a phone %j is shown as %j', (found, masked) => {
    expect(maskPhone(found)).toBe(masked);
  });

  it('keeps of an address only its first letter and top-level domain', () => {
    expect(maskEmail('aigul.asanova@mail.kg')).toBe('a***@***.kg');
    expect(maskEmail('a@почта.рф')).toBe('a***@***.рф');
  });

  it('keeps of a name only the initials', () => {
    expect(maskName('Асанова Айгүл')).toBe('А*** А***');
  });

  it('masks every datum of a text', () => {
    expect(
      maskAll('тел 0555 123 456, a@b.kg', [
        { text: '0555 123 456', mask: '0555 *** 456' },
        { text: 'a@b.kg', mask: 'a***@***.kg' },
      ]),
    ).toBe('тел 0555 *** 456, a***@***.kg');
  });
});

describe('a problem of personal data does not copy the datum', () => {
  const PHONE = '0555 123 456';
  const EMAIL = 'aigul.asanova@mail.kg';
  const problems = validateEdited((r) => {
    (r.events[1] as Record<string, unknown>).topic = `Заседание, тел. ${PHONE}, ${EMAIL}`;
  });

  it('finds both, each with the whole cell masked as its value', () => {
    expect(problems.map((p) => [p.rule, p.value, p.params])).toEqual([
      ['phone_number', 'Заседание, тел. 0555 *** 456, a***@***.kg', { found: '0555 *** 456' }],
      ['email_address', 'Заседание, тел. 0555 *** 456, a***@***.kg', { found: 'a***@***.kg' }],
    ]);
  });

  it.each(LANGS)('nor does its message in %s', (lang) => {
    for (const problem of problems) {
      const message = problemMessage(problem, lang);
      expect(message).not.toContain('123');
      expect(message).not.toContain('asanova');
      expect(message).toContain(problem.rule === 'phone_number' ? '0555 *** 456' : 'a***@***.kg');
    }
  });
});
