import type { Labels } from '../i18n/lang';

/** One choice of a list: a stable key stored and computed on, and its label in each language. */
export interface Choice {
  readonly key: string;
  readonly labels: Labels;
}

const c = <const K extends string>(key: K, ru: string, ky: string, en: string) =>
  ({ key, labels: { ru, ky, en } }) satisfies Choice;
const OTHER = c('other', 'Другое', 'Башка', 'Other');

/** Every choice list of DESIGN §2. Keys never change; labels may be improved. */
export const CHOICES = {
  region: [
    c('chui', 'Чуйская область', 'Чүй облусу', 'Chui'),
    c('issyk_kul', 'Иссык-Кульская область', 'Ысык-Көл облусу', 'Issyk-Kul'),
    c('naryn', 'Нарынская область', 'Нарын облусу', 'Naryn'),
    c('talas', 'Таласская область', 'Талас облусу', 'Talas'),
    c('jalal_abad', 'Джалал-Абадская область', 'Жалал-Абад облусу', 'Jalal-Abad'),
    c('osh', 'Ошская область', 'Ош облусу', 'Osh'),
    c('batken', 'Баткенская область', 'Баткен облусу', 'Batken'),
    c('bishkek', 'г. Бишкек', 'Бишкек шаары', 'Bishkek city'),
    c('osh_city', 'г. Ош', 'Ош шаары', 'Osh city'),
  ],
  committeeStatus: [
    c('active', 'Действует', 'Иштейт', 'Active'),
    c('suspended', 'Приостановлен', 'Убактылуу токтотулган', 'Suspended'),
    c('closed', 'Закрыт', 'Жабылган', 'Closed'),
  ],
  sex: [c('female', 'Женский', 'Аял', 'Female'), c('male', 'Мужской', 'Эркек', 'Male')],
  sector: [
    c(
      'local_government',
      'ОМСУ (айыл окмоту, мэрия)',
      'ЖӨБО (айыл өкмөтү, мэрия)',
      'Local government',
    ),
    c('police', 'ОВД (милиция)', 'ИИО (милиция)', 'Police'),
    c('social_protection', 'Социальная защита', 'Социалдык коргоо', 'Social protection'),
    c('education', 'Образование (школа)', 'Билим берүү (мектеп)', 'Education'),
    c('health', 'Здравоохранение', 'Саламаттыкты сактоо', 'Health'),
    c('aksakal_court', 'Суд аксакалов', 'Аксакалдар соту', 'Aksakal court'),
    c('womens_council', 'Женсовет', 'Аялдар кеңеши', "Women's council"),
    c('youth_committee', 'Молодёжный комитет', 'Жаштар комитети', 'Youth committee'),
    c('religious_leader', 'Религиозный лидер', 'Диний лидер', 'Religious leader'),
    c(
      'community_member',
      'Член местного сообщества',
      'Жергиликтүү коомчулуктун мүчөсү',
      'Community member',
    ),
    c(
      'crisis_centre_ngo',
      'Кризисный центр / НКО',
      'Кризистик борбор / БӨУ',
      'Crisis centre / NGO',
    ),
    OTHER,
  ],
  role: [
    c('chair', 'Председатель', 'Төрага', 'Chair'),
    c('deputy_chair', 'Заместитель председателя', 'Төраганын орун басары', 'Deputy chair'),
    c('secretary', 'Секретарь', 'Катчы', 'Secretary'),
    c('member', 'Член комитета', 'Комитеттин мүчөсү', 'Member'),
  ],
  eventType: [
    c(
      'district_meeting',
      'Совещание на районном уровне',
      'Райондук деңгээлдеги кеңешме',
      'District-level meeting',
    ),
    c('committee_session', 'Заседание комитета', 'Комитеттин отуруму', 'Committee session'),
    c('training', 'Обучение / семинар', 'Окутуу / семинар', 'Training / seminar'),
    c(
      'preventive_meeting',
      'Профилактическая встреча',
      'Алдын алуу жолугушуусу',
      'Preventive meeting',
    ),
    c('awareness', 'Информирование населения', 'Калкка маалымат берүү', 'Awareness action'),
    c(
      'partnership_meeting',
      'Встреча с партнёрами',
      'Өнөктөштөр менен жолугушуу',
      'Partnership meeting',
    ),
    c(
      'consultation',
      'Консультация (юридическая, психологическая)',
      'Консультация (юридикалык, психологиялык)',
      'Consultation',
    ),
    OTHER,
  ],
  audience: [
    c('population', 'Население', 'Калк', 'Population'),
    c('parents', 'Родители', 'Ата-энелер', 'Parents'),
    c(
      'pupils_8_11',
      'Школьники 8–11 классов',
      '8–11-класстардын окуучулары',
      'Pupils of grades 8–11',
    ),
    c('specialists', 'Специалисты', 'Адистер', 'Specialists'),
    c('committee_members', 'Члены комитета', 'Комитеттин мүчөлөрү', 'Committee members'),
    c('mixed', 'Смешанная', 'Аралаш', 'Mixed'),
  ],
  partner: [
    c('police', 'ОВД', 'ИИО', 'Police'),
    c('aksakal_court', 'Суд аксакалов', 'Аксакалдар соту', 'Aksakal court'),
    c('legal_aid', 'ГГЮП (юридическая помощь)', 'Мамлекеттик юридикалык жардам', 'State legal aid'),
    c('crisis_centre', 'Кризисный центр', 'Кризистик борбор', 'Crisis centre'),
    c('school', 'Школа', 'Мектеп', 'School'),
    c('health', 'Здравоохранение', 'Саламаттыкты сактоо', 'Health'),
    c('social_protection', 'Социальная защита', 'Социалдык коргоо', 'Social protection'),
    OTHER,
  ],
  eventSource: [
    c('form', 'Форма', 'Форма', 'Form'),
    c('manual', 'Вручную', 'Кол менен', 'Manual'),
    c('import', 'Импорт', 'Импорт', 'Import'),
  ],
  caseSource: [
    c('resident_appeal', 'Обращение жителя', 'Тургундун кайрылуусу', "Resident's appeal"),
    c('police', 'ОВД', 'ИИО', 'Police'),
    c('school', 'Школа', 'Мектеп', 'School'),
    c('health', 'Здравоохранение', 'Саламаттыкты сактоо', 'Health'),
    c(
      'committee_visit',
      'Посещение членами комитета',
      'Комитет мүчөлөрүнүн баруусу',
      'Committee visit',
    ),
    c('self_referral', 'Самообращение', 'Өзү кайрылган', 'Self-referral'),
    OTHER,
  ],
  violenceType: [
    c('physical', 'Физическое', 'Физикалык', 'Physical'),
    c('psychological', 'Психологическое', 'Психологиялык', 'Psychological'),
    c('economic', 'Экономическое', 'Экономикалык', 'Economic'),
    c('sexual', 'Сексуальное', 'Сексуалдык', 'Sexual'),
    c('neglect', 'Пренебрежение нуждами', 'Муктаждыктарга көңүл бурбоо', 'Neglect'),
  ],
  affectedPerson: [
    c('woman', 'Женщина', 'Аял', 'Woman'),
    c('child', 'Ребёнок', 'Бала', 'Child'),
    c('elderly', 'Пожилой человек', 'Улгайган адам', 'Elderly person'),
    c(
      'disabled',
      'Человек с инвалидностью',
      'Мүмкүнчүлүгү чектелген адам',
      'Person with disability',
    ),
    c('man', 'Мужчина', 'Эркек', 'Man'),
  ],
  riskLevel: [
    c('high', 'Высокий', 'Жогорку', 'High'),
    c('medium', 'Средний', 'Орточо', 'Medium'),
    c('low', 'Низкий', 'Төмөн', 'Low'),
  ],
  jointReview: [
    c('police', 'ОВД', 'ИИО', 'Police'),
    c('aksakal_court', 'Суд аксакалов', 'Аксакалдар соту', 'Aksakal court'),
    c('none', 'Нет', 'Жок', 'None'),
  ],
  yesNo: [c('yes', 'Да', 'Ооба', 'Yes'), c('no', 'Нет', 'Жок', 'No')],
  caseStatus: [
    c('open', 'Открыт', 'Ачык', 'Open'),
    c('monitoring', 'На наблюдении', 'Көзөмөлдө', 'Monitoring'),
    c('closed', 'Закрыт', 'Жабык', 'Closed'),
  ],
  referredTo: [
    c('crisis_centre', 'Кризисный центр', 'Кризистик борбор', 'Crisis centre'),
    c('shelter', 'Убежище', 'Баш калкалоочу жай', 'Shelter'),
    c('police', 'ОВД', 'ИИО', 'Police'),
    c('legal_aid', 'ГГЮП (юридическая помощь)', 'Мамлекеттик юридикалык жардам', 'State legal aid'),
    c('psychologist', 'Психолог', 'Психолог', 'Psychologist'),
    c('health_facility', 'Медицинское учреждение', 'Медициналык мекеме', 'Health facility'),
    c('social_protection', 'Социальная защита', 'Социалдык коргоо', 'Social protection'),
    c('aksakal_court', 'Суд аксакалов', 'Аксакалдар соту', 'Aksakal court'),
    c('registry', 'ЗАГС / паспортный стол', 'ЖАК / паспорт бөлүмү', 'Civil registry'),
    OTHER,
  ],
  outcome: [
    c('pending', 'Ожидается', 'Күтүлүүдө', 'Pending'),
    c('service_received', 'Услуга получена', 'Кызмат алынды', 'Service received'),
    c('declined', 'Отказ', 'Баш тартты', 'Declined'),
    c('unreachable', 'Не удалось связаться', 'Байланышуу мүмкүн болгон жок', 'Unreachable'),
  ],
  assistanceType: [
    c('cash_aid', 'Денежная помощь', 'Акчалай жардам', 'Cash aid'),
    c('housing', 'Жильё', 'Турак жай', 'Housing'),
    c(
      'documents_restored',
      'Восстановление документов',
      'Документтерди калыбына келтирүү',
      'Documents restored',
    ),
    c('in_kind', 'Помощь в натуральной форме', 'Заттай жардам', 'In-kind aid'),
    c(
      'correctional_programme',
      'Коррекционная программа',
      'Түзөтүү программасы',
      'Correctional programme',
    ),
    c('employment', 'Трудоустройство', 'Жумушка орношуу', 'Employment'),
    OTHER,
  ],
  language: [
    c('ru', 'Русский', 'Орусча', 'Russian'),
    c('ky', 'Кыргызча', 'Кыргызча', 'Kyrgyz'),
    c('en', 'English', 'Англисче', 'English'),
  ],
  digestStatus: [
    c('pending', 'Ожидает отправки', 'Жөнөтүлүүнү күтүүдө', 'Pending'),
    c('sent', 'Отправлено', 'Жөнөтүлдү', 'Sent'),
    c('failed', 'Ошибка отправки', 'Жөнөтүү катасы', 'Failed'),
  ],
  receives: [
    c('digest', 'Сводка', 'Жыйынтык', 'Digest'),
    c('reminders', 'Напоминания', 'Эскертмелер', 'Reminders'),
  ],
  severity: [
    c('error', 'Ошибка', 'Ката', 'Error'),
    c('warning', 'Предупреждение', 'Эскертүү', 'Warning'),
  ],
  approvalStatus: [
    c('submitted', 'Представлен', 'Тапшырылды', 'Submitted'),
    c('approved', 'Утверждён', 'Бекитилди', 'Approved'),
    c('returned', 'Возвращён на доработку', 'Оңдоого кайтарылды', 'Returned'),
    c('reopened', 'Открыт заново', 'Кайра ачылды', 'Reopened'),
  ],
  coordinatorRole: [
    c('district', 'Районный', 'Райондук', 'District'),
    c('region', 'Областной', 'Облустук', 'Region'),
    c('national', 'Республиканский', 'Республикалык', 'National'),
  ],
} as const satisfies Record<string, readonly Choice[]>;

export type ChoiceListId = keyof typeof CHOICES;
export type ChoiceKey<L extends ChoiceListId> = (typeof CHOICES)[L][number]['key'];

export type Region = ChoiceKey<'region'>;
export type EventType = ChoiceKey<'eventType'>;
export type Sector = ChoiceKey<'sector'>;

/** Sector groups of DESIGN §2: state bodies, community, civil society, other. */
export const SECTOR_GROUPS = ['state', 'community', 'civil_society', 'other'] as const;
export type SectorGroup = (typeof SECTOR_GROUPS)[number];
export const SECTOR_GROUP_OF: Readonly<Record<Sector, SectorGroup>> = {
  local_government: 'state',
  police: 'state',
  social_protection: 'state',
  education: 'state',
  health: 'state',
  aksakal_court: 'community',
  womens_council: 'community',
  youth_committee: 'community',
  religious_leader: 'community',
  community_member: 'community',
  crisis_centre_ngo: 'civil_society',
  other: 'other',
};
export const SECTOR_GROUP_LABELS: Readonly<Record<SectorGroup, Labels>> = {
  state: { ru: 'Государственные органы', ky: 'Мамлекеттик органдар', en: 'State bodies' },
  community: { ru: 'Местное сообщество', ky: 'Жергиликтүү коомчулук', en: 'Community' },
  civil_society: { ru: 'Гражданское общество', ky: 'Жарандык коом', en: 'Civil society' },
  other: { ru: 'Другое', ky: 'Башка', en: 'Other' },
};
