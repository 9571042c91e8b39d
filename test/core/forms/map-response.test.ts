/** The pure side of the forms: wording, response mapping, identifiers. */
import {
  formatCaseCode,
  formatEventId,
  maxCaseSequence,
  maxEventNumber,
  Sequences,
} from '../../../src/core/forms/codes';
import {
  committeeIdOf,
  mapAnswer,
  mapChoice,
  mapChoices,
  mapResponse,
} from '../../../src/core/forms/map-response';
import { committeeChoice, FORM_SPECS, questionsOf, wordOf } from '../../../src/core/forms/spec';
import { CHOICES } from '../../../src/core/schema/choices';

const context = { lang: 'en' as const, yearOf: (d: Date) => d.getUTCFullYear() };

describe('wording', () => {
  test('bilingual titles put Russian and Kyrgyz side by side, once when they are the same', () => {
    const date = questionsOf('event').find((q) => q.key === 'date');
    expect(wordOf(date?.title ?? { ru: '', ky: '', en: '' }, { lang: 'en', bilingual: true })).toBe(
      'Дата / Күнү',
    );
    expect(
      wordOf({ ru: 'Комитет', ky: 'Комитет', en: 'Committee' }, { lang: 'ky', bilingual: true }),
    ).toBe('Комитет');
  });

  test('every question of every form has a distinct title in every language', () => {
    for (const kind of ['event', 'case', 'followup'] as const) {
      for (const lang of ['ru', 'ky', 'en'] as const) {
        const titles = questionsOf(kind).map((q) => q.title[lang]);
        expect(new Set(titles).size).toBe(titles.length);
      }
    }
    expect(FORM_SPECS.event.items.length).toBeGreaterThan(0);
  });
});

describe('answers', () => {
  test('a choice in any language or bilingual becomes the workbook language label', () => {
    expect(mapChoice(CHOICES.affectedPerson, 'Женщина / Аял', 'ky')).toBe('Аял');
    expect(mapChoice(CHOICES.affectedPerson, '  WOMAN ', 'ru')).toBe('Женщина');
    expect(mapChoice(CHOICES.affectedPerson, '=1+1', 'ru')).toBe("'=1+1");
  });

  test('several choices, a label with a comma in it, and an unknown one kept', () => {
    const consultation = 'Консультация (юридическая, психологическая)';
    expect(mapChoices(CHOICES.eventType, `${consultation}, Training / seminar`, 'en')).toBe(
      'Consultation, Training / seminar',
    );
    expect(mapChoices(CHOICES.partner, 'Police, Nobody, School', 'ru')).toBe('ОВД, Nobody, Школа');
  });

  test('the committee ID is read from «ID — name»', () => {
    expect(committeeIdOf(committeeChoice('KANT', 'Кант  комитет'))).toBe('KANT');
    expect(committeeIdOf('naryn')).toBe('NARYN');
  });
});

describe('mapResponse', () => {
  const header = ['Timestamp', 'Committee', 'Identified on', 'Affected person', 'Status'];

  test('a case keeps its committee and year for the code', () => {
    const result = mapResponse(
      'case',
      header,
      [new Date(), 'TOKM — Tokmok', new Date(Date.UTC(2024, 11, 31)), 'Woman', 'Open'],
      context,
    );
    expect(result).toMatchObject({
      ok: true,
      row: { sheet: 'cases', assign: 'caseCode', committeeId: 'TOKM', year: 2024 },
    });
  });

  test('fails only when no row can be made', () => {
    expect(
      mapResponse('event', ['Timestamp', 'Something else'], [new Date(), 'x'], context),
    ).toEqual({
      ok: false,
      reason: 'reasonNoQuestions',
    });
    expect(mapResponse('case', header, [new Date(), '', '', 'Woman', 'Open'], context)).toEqual({
      ok: false,
      reason: 'reasonNoCommittee',
    });
    expect(
      mapResponse('followup', ['Timestamp', 'Case code'], [new Date(), 'KANT-2025-0001'], context),
    ).toEqual({ ok: false, reason: 'reasonNoFollowUpKind' });
  });
});

describe('identifiers', () => {
  test('formats', () => {
    expect(formatEventId(123)).toBe('EV-000123');
    expect(formatCaseCode('KANT', 2026, 7)).toBe('KANT-2026-0007');
  });

  test('the next number is above the counter and above what the sheet holds', () => {
    const cells = ['EV-000007', 'ev-000009 ', 'EV-12', 7, null, 'KANT-2026-0003', 'KANT-2026-0011'];
    expect(maxEventNumber(cells)).toBe(12);
    expect(maxCaseSequence(cells, 'KANT-2026')).toBe(11);
    expect(maxCaseSequence(cells, 'KANT-2025')).toBe(0);
    const sequences = new Sequences((key) => (key === 'a' ? 5 : 0));
    expect([sequences.next('a'), sequences.next('a'), sequences.next('b')]).toEqual([6, 7, 1]);
    expect([...sequences.issued()]).toEqual([
      ['a', 7],
      ['b', 1],
    ]);
  });
});

describe('what could read as a formula', () => {
  test('a committee ID with a leading minus is written as text', () => {
    const committee = questionsOf('event').find((q) => q.key === 'committeeId');
    if (!committee) throw new Error('no committee question');
    expect(mapAnswer(committee, '-KNT — Kant', 'en')).toBe("'-KNT");
    expect(mapAnswer(committee, 'KANT — Kant', 'en')).toBe('KANT');
  });
});
