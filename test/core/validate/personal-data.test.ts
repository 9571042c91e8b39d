import { findEmail, findPersonName, findPhone } from '../../../src/core/validate/personal-data';
import { validateEdited } from './fixture';

describe('findPhone', () => {
  it.each([
    ['+996 555 123 456', '+996 555 123 456'],
    ['звонить 0555123456 вечером', '0555123456'],
    ['0 (555) 12-34-56', '0 (555) 12-34-56'],
    ['555-12-34-56', '555-12-34-56'],
    ['+996(700)123456', '+996(700)123456'],
    ['Бишкек 0312 61-23-45', '0312 61-23-45'],
    ['в 2026 555 12 34 56', '555 12 34 56'],
    ['тел.: 5-12-34', '5-12-34'],
    ['WhatsApp 77012', '77012'],
    ['555123456', '555123456'],
  ])('finds a phone number in %j', (text, found) => {
    expect(findPhone(text)).toBe(found);
  });

  it.each([
    'Встреча 03.10.2026, 125 участников',
    'с 2025 по 2026 год',
    '2025 2026',
    '2026-10-03',
    'Выделено 13 000 сом',
    'Выделено 250 000 000 сом',
    '1 000 000',
    'Данные: 4 (125), 13 (314), 16 (992)',
    'KANT-2026-0007',
    'EV-000123',
    '13000',
    'Обучение 8–11 классов, 10:00–12:00',
    '',
  ])('finds no phone number in %j', (text) => {
    expect(findPhone(text)).toBeNull();
  });
});

describe('findEmail', () => {
  it('finds addresses, also with Cyrillic domains', () => {
    expect(findEmail('пишите на aigul.asanova@mail.kg, спасибо')).toBe('aigul.asanova@mail.kg');
    expect(findEmail('адрес: комитет@почта.кг')).toBe('комитет@почта.кг');
  });
  it('ignores @ without an address', () => {
    expect(findEmail('чат @komitet в 10:00')).toBeNull();
    expect(findEmail('без почты')).toBeNull();
  });
});

describe('findPersonName', () => {
  it.each([
    ['Асанова Айгүл', 'Асанова Айгүл'],
    ['Встреча с Айгүл Асановой по вопросу', 'Айгүл Асановой'],
    ['беседа: Петров И.И.', 'Петров И.И.'],
    ['Жумабек уулу Нурлан обратился', 'Жумабек уулу'],
    ['Бермет Асан кызы', 'Асан кызы'],
    ['Ирина Сергеевна пришла', 'Ирина Сергеевна'],
    ['Asanova Aigul', 'Asanova Aigul'],
    ['Токтогулов Бакыт', 'Токтогулов Бакыт'],
  ])('finds a name in %j', (text, found) => {
    expect(findPersonName(text)).toBe(found);
  });

  it.each([
    'Профилактика семейного насилия',
    'Закон Кыргызской Республики «О профилактике и защите от семейного насилия»',
    'Кризисный центр Ак-Журок',
    'Встреча с ОВД Чуйской области',
    'Совещание в Кеминском районе',
    'Үй-бүлөлүк зомбулуктун алдын алуу',
    'Кыргыз Республикасынын Мыйзамы',
    'Родительское собрание в школе им. Токтогула',
    'Domestic Violence Prevention Training',
    'Обучение: Гендерное Равенство и Права Человека',
    'Ананьево, Чон-Сары-Ой, Балыкчы',
    'Заседание комитета по делу',
  ])('finds no name in %j', (text) => {
    expect(findPersonName(text)).toBeNull();
  });
});

describe('the detectors on 50,000-character hostile cells', () => {
  const fill = (piece: string) => piece.repeat(Math.floor(50_000 / piece.length));

  it.each([
    [fill('1 '), '+996 555 123 456'],
    [fill('12-'), '0555 123 456'],
    [fill('(1) '), '0 (555) 12-34-56'],
    [fill('13 000 сом '), '+996(700)123456'],
    [fill('.'), '555-12-34-56'],
  ])('finds the phone number after junk of %#', (junk, phone) => {
    expect(findPhone(junk)).toBeNull();
    expect(findPhone(`${junk} ${phone}`)).toBe(phone);
  });

  it.each([
    [fill('Ааа '), 'Асанова Айгүл', 'Асанова'],
    [fill('Закон Асанов '), 'Бермет Асан кызы', 'Асан кызы'],
    [fill('Асанов 1 '), 'Петров И.И.', 'Петров И.И.'],
    [fill('.'), 'Токтогулов Бакыт', 'Токтогулов Бакыт'],
  ])('finds the name after junk of %#', (junk, name, part) => {
    expect(findPersonName(`${junk} ${name}`)).toContain(part);
  });

  it('finds no address in many @ and dots, and the address after them', () => {
    for (const junk of [fill('a@'), fill('a@b.'), fill('.'), `${'a'.repeat(49_999)}@`]) {
      expect(findEmail(junk)).toBeNull();
      expect(findEmail(`${junk} aigul@mail.kg`)).toBe('aigul@mail.kg');
    }
  });
});

describe('personal data in the workbook', () => {
  it('flags a phone number typed into a topic as an error that leaves the row out', () => {
    const problems = validateEdited((r) => {
      (r.events[1] as Record<string, unknown>).topic = 'Заседание, тел. +996 700 123 456';
    });
    expect(problems).toEqual([
      expect.objectContaining({
        sheet: 'events',
        row: 3,
        column: 'topic',
        severity: 'error',
        rule: 'phone_number',
        value: 'Заседание, тел. +996 *** 456',
        params: { found: '+996 *** 456' },
      }),
    ]);
  });

  it('scans every text cell of the case sheets, extra columns included', () => {
    const problems = validateEdited((r) => {
      Object.assign(r.cases[0] as object, { Примечание: 'Асанова Айгүл, 0555123456' });
    });
    const extra = problems.filter((p) => p.sheet === 'cases');
    expect(extra.map((p) => p.rule).sort()).toEqual(['person_name', 'phone_number']);
    // The extra column comes after the 13 schema columns: column N.
    expect(extra[0]).toMatchObject({ row: 2, column: null, columnIndex: 14, columnName: 'N' });
  });

  it('catches a phone number that Sheets turned into a number', () => {
    const problems = validateEdited((r) => {
      Object.assign(r.referrals[0] as object, { Comment: 555123456 });
    });
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'phone_number', value: '555 *** 456' }),
    ]);
  });

  it('scans a case-sheet cell that could not be read as its type', () => {
    const problems = validateEdited((r) => {
      (r.cases[0] as Record<string, unknown>).affectedPerson = 'Асанова Айгүл';
    });
    expect(problems.map((p) => p.rule).sort()).toEqual(['choice', 'person_name']);
  });

  it('leaves valid choices, codes and dates of case sheets alone', () => {
    const problems = validateEdited((r) => {
      (r.referrals[0] as Record<string, unknown>).referredTo = 'ЗАГС / паспортный стол';
    });
    expect(problems).toEqual([]);
  });

  it('does not scan member names or committee names, which are staff data', () => {
    const problems = validateEdited((r) => {
      (r.members[0] as Record<string, unknown>).fullName = 'Асанова Айгүл, +996 555 123 456';
    });
    expect(problems).toEqual([]);
  });
});
