/**
 * Name pools for the demo's committee members (staff data: it stays in the spreadsheet and never
 * reaches a digest). Russian spelling, as member lists are kept in Russian.
 */

const words = (text: string): readonly string[] => text.trim().split(/\s+/);
const pairs = (text: string): readonly (readonly [string, string])[] =>
  words(text).map((pair) => {
    const [male, female] = pair.split('/');
    return [male as string, female ?? (male as string)] as const;
  });

/** Kyrgyz surnames, male form (the female form adds «а»). */
export const KYRGYZ_SURNAMES = words(`
  Асанов Абдыкадыров Жумабаев Токтогулов Мамбетов Бейшеналиев Осмонов Турдубаев Сыдыков Кадыров
  Эсенбаев Садыков Алыкулов Исаков Омуралиев Токтосунов Шамшиев Дуйшеев Бообеков Карыпбеков
  Сатыбалдиев Мукашев Чотбаев Ибраимов Акматов Келдибеков Усенов Табалдиев Жолдошев Орозбаев
  Бакиров Мамытов Кенжебаев Султанбеков Абдраев Темиров Нурманбетов Аманбаев Калыков Токоев
  Иманалиев Сагынбаев Бекболотов Эшимбеков Кочкоров Борубаев Молдокулов Тилекматов Жусупов
`);

export const KYRGYZ_FEMALE_NAMES = words(`
  Айгуль Айжан Гульнара Жылдыз Нургуль Бермет Чолпон Асель Динара Мээрим Айнура Замира Назгуль
  Гульмира Эльмира Бактыгуль Салтанат Бурулай Айпери Кундуз Нуриза Венера Чынара Гульзат Умут
  Жамиля Калыйча Таалайгуль Анара Толгонай Жазгуль Акмоор Адинай Самара
`);

/** Kyrgyz male names, also the fathers' names of Kyrgyz patronymics. */
export const KYRGYZ_MALE_NAMES = words(`
  Бакыт Нурлан Азамат Эрлан Улан Талант Канат Марат Жыргалбек Мирлан Айбек Самат Эрмек
  Кубанычбек Алмазбек Болот Нурбек Темирлан Асылбек Жумабек Бектур Данияр Максат Урмат Медер
  Чынгыз Тынчтык Мелис
`);

/** Russian and Ukrainian surnames as male/female (one form when it does not change). */
export const RUSSIAN_SURNAMES = pairs(`
  Иванов/Иванова Кузнецов/Кузнецова Попов/Попова Соколов/Соколова Лебедев/Лебедева
  Морозов/Морозова Васильев/Васильева Новиков/Новикова Федоров/Федорова Павлов/Павлова
  Белов/Белова Ковалев/Ковалева Захаров/Захарова Гончаров/Гончарова Шевченко Ткаченко Бондаренко
  Кравченко
`);

export const RUSSIAN_FEMALE_NAMES = words(`
  Ольга Елена Татьяна Наталья Светлана Ирина Людмила Валентина Галина Марина Надежда Оксана
  Любовь Анна
`);

export const RUSSIAN_MALE_NAMES = words(
  'Сергей Александр Владимир Николай Андрей Виктор Михаил Юрий Игорь',
);

/** Russian patronymics as male/female. */
export const RUSSIAN_PATRONYMICS = pairs(`
  Иванович/Ивановна Петрович/Петровна Николаевич/Николаевна Владимирович/Владимировна
  Сергеевич/Сергеевна Александрович/Александровна Викторович/Викторовна Михайлович/Михайловна
  Юрьевич/Юрьевна Андреевич/Андреевна
`);
