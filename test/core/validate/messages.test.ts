import { LANGS } from '../../../src/core/i18n/lang';
import { CHOICES } from '../../../src/core/schema/choices';
import { SHEETS } from '../../../src/core/schema/sheets';
import { problemMessage } from '../../../src/core/validate/message';
import { EN } from '../../../src/core/validate/messages/en';
import { KY } from '../../../src/core/validate/messages/ky';
import { RU } from '../../../src/core/validate/messages/ru';
import type { Problem } from '../../../src/core/validate/problem';
import { RULE_IDS } from '../../../src/core/validate/rules';
import { validateEdited } from './fixture';
import { RULE_CASES } from './rule-cases';

/** The problem each rule reports on its breaking row (see rule-cases.ts). */
function problemOf(id: (typeof RULE_IDS)[number]): Problem {
  const ruleCase = RULE_CASES[id];
  const problem = validateEdited(ruleCase.bad, ruleCase.layout).find((p) => p.rule === id);
  if (!problem) throw new Error(`no problem for ${id}`);
  return problem;
}

describe.each(RULE_IDS.map((id) => [id]))('the message of %s', (id) => {
  const problem = problemOf(id);

  it.each(LANGS.map((lang) => [lang]))(
    'in %s names the sheet, row and column, with every value filled in',
    (lang) => {
      const message = problemMessage(problem, lang);
      expect(message).toContain(problem.sheetName);
      expect(message).toMatch(new RegExp(`\\b${problem.row}\\b`));
      // A problem of the whole sheet (its header, a second sheet) names no column.
      if (RULE_CASES[id].column !== null) {
        const column = (
          SHEETS[problem.sheet].columns as readonly {
            key: string;
            labels: Record<string, string>;
          }[]
        ).find((c) => c.key === problem.column);
        expect(column).toBeDefined();
        expect(message).toContain(column?.labels[lang]);
      }
      // No parameter left out, no code leaking into a sentence for people.
      expect(message).not.toMatch(/…|undefined|NaN|\[object|null/);
      expect(message).not.toContain(`${problem.rule}`);
      expect({ ru: RU, ky: KY, en: EN }[lang].rules[id]).toEqual(expect.any(Function));
    },
  );

  it('reads differently in Russian, Kyrgyz and English', () => {
    const texts = LANGS.map((lang) => problemMessage(problem, lang));
    expect(new Set(texts).size).toBe(3);
  });
});

describe('message details', () => {
  it('lists every accepted label of a choice list in the language of the message', () => {
    const problem = problemOf('choice');
    for (const lang of LANGS) {
      const message = problemMessage(problem, lang);
      for (const choice of CHOICES.eventType) expect(message).toContain(choice.labels[lang]);
      expect(message).toContain('собрание');
    }
  });

  it('says what a date should look like', () => {
    const problem = problemOf('type_date');
    expect(problemMessage(problem, 'ru')).toBe(
      'Лист «Events», строка 2, столбец «Дата»: «31.02.2026» — не дата. Нужна дата вида 03.10.2026.',
    );
    expect(problemMessage(problem, 'ky')).toContain('03.10.2026 түрүндөгү дата керек');
    expect(problemMessage(problem, 'en')).toContain('Expected a date like 03.10.2026');
  });

  it('asks for a plain number, naming both readings of "13,000"', () => {
    expect(problemMessage(problemOf('ambiguous_number'), 'ru')).toBe(
      'Лист «Assistance», строка 2, столбец «Сумма, сом»: «13,000» можно прочитать и как 13000, и как 13: запятая или точка перед тремя цифрами может отделять и тысячи, и дробную часть. Введите число без разделителей тысяч, например 13000.',
    );
  });

  it('asks for dd.mm.yyyy or a date cell, naming both readings of "03/04/2026"', () => {
    expect(problemMessage(problemOf('ambiguous_date'), 'en')).toBe(
      'Sheet "Events", row 2, column "Date": "03/04/2026" can be read as 03.04.2026 or as 04.03.2026: with slashes the day and the month can swap places. Enter the date as dd.mm.yyyy (like 03.10.2026) or as a date cell.',
    );
  });

  it('names the bad part of a several-valued cell', () => {
    const problem: Problem = {
      sheet: 'events',
      sheetName: 'Мероприятия',
      row: 7,
      column: 'partners',
      columnIndex: 11,
      severity: 'error',
      rule: 'choice',
      value: 'ОВД, сельсовет',
      params: { list: 'partner', part: 'сельсовет' },
    };
    const message = problemMessage(problem, 'ru');
    expect(message).toContain('«сельсовет» нет в списке');
    expect(message).toContain('«Кризисный центр»');
  });

  it('writes dates day first and groups large numbers', () => {
    const future = problemMessage(problemOf('future_date'), 'en');
    expect(future).toContain('27.11.2026');
    expect(future).toContain('today is 26.11.2026');
    expect(problemMessage(problemOf('too_large'), 'ru')).toContain('не больше 100 000');
    expect(problemMessage(problemOf('too_large'), 'en')).toContain('at most 100,000');
  });

  it('names an extra column by its letter, as Sheets does', () => {
    const problem: Problem = {
      sheet: 'cases',
      sheetName: 'Случаи',
      row: 4,
      column: null,
      columnIndex: 15,
      columnName: 'O',
      severity: 'error',
      rule: 'phone_number',
      value: 'тел. 0555123456',
      params: { found: '0555123456' },
    };
    expect(problemMessage(problem, 'ru')).toBe(
      'Лист «Случаи», строка 4, столбец «O»: похоже на номер телефона («0555123456»). Здесь нельзя хранить личные данные: удалите номер.',
    );
  });

  it('never throws, also for unknown rules and damaged problems', () => {
    const unknown: Problem = {
      sheet: 'events',
      sheetName: 'Events',
      row: 3,
      column: 'nope',
      columnIndex: null,
      severity: 'error',
      rule: 'rule_from_the_future',
      value: 'x',
    };
    for (const lang of LANGS) {
      const message = problemMessage(unknown, lang);
      expect(message).toContain('rule_from_the_future');
      expect(message).toContain('3');
    }
    const damaged = {
      ...unknown,
      sheet: 'nowhere',
      rule: 'choice',
      params: { list: 'no_such_list' },
    } as unknown as Problem;
    expect(() => problemMessage(damaged, 'ky')).not.toThrow();
    expect(problemMessage(damaged, 'xx' as never)).toContain('Events');
    expect(() => problemMessage(null as unknown as Problem, 'en')).not.toThrow();
    const row = { ...unknown, rule: 'duplicate_event', column: null, params: {} };
    expect(problemMessage(row, 'en')).toMatch(/^Sheet "Events", row 3: /);
  });
});
