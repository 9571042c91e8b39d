import type { SheetKey } from '../../schema/sheets';
import type { LangTexts, MessageArgs } from '../message-args';

const q = (text: string) => `«${text}»`;

const PATTERN_EXPECTED: Readonly<Record<string, string>> = {
  committeeId: 'комитеттин ID керек: 2ден 16га чейин латын баш тамгасы, сан же дефис, мисалы KANT',
  caseCode: 'KANT-2026-0007 түрүндөгү учурдун коду керек (комитеттин ID, жыл, номер)',
  eventId: 'EV-000123 түрүндөгү иш-чаранын ID керек',
};

function choiceText(a: MessageArgs): string {
  const part = a.param('part');
  return part !== '…'
    ? `${q(part)} тизмеде жок. Тизмеден бир же бир нечесин үтүр менен жазыңыз: ${a.choices()}.`
    : `${q(a.value)} тизмеде жок. Төмөнкүлөрдүн бирин тандаңыз: ${a.choices()}.`;
}

const PRIVATE = 'Бул жерде жеке маалыматтарды сактоого болбойт';

/** Kyrgyz: a first-class language of the forms, the sheets and the digest. */
export const KY: LangTexts = {
  where: (sheet, row, column) =>
    column
      ? `${q(sheet)} барагы, ${row}-сап, ${q(column)} мамычасы:`
      : `${q(sheet)} барагы, ${row}-сап:`,
  quote: q,
  unknownRule: (id, value) =>
    `${q(id)} эрежеси боюнча көйгөй${value ? ` (мааниси ${q(value)})` : ''}.`,
  rules: {
    required: (a) => `уяча бош, бирок ${q(a.column)} мамычасын толтуруу милдеттүү.`,
    type_int: (a) => `${q(a.value)} бүтүн сан эмес. 0 же андан чоң бүтүн сан керек, мисалы 25.`,
    type_amount: (a) => `${q(a.value)} сумма эмес. 0дөн чоң сумма (сом менен) керек, мисалы 6500.`,
    type_date: (a) => `${q(a.value)} дата эмес. 03.10.2026 түрүндөгү дата керек.`,
    ambiguous_date: (a) =>
      a.param('dayFirst') !== '…'
        ? `${q(a.value)} ${a.param('dayFirst')} деп да, ${a.param('monthFirst')} деп да окулушу мүмкүн: кыйшык сызык менен жазылганда күн менен ай орун алмашып калышы мүмкүн. Датаны кк.аа.жжжж түрүндө (мисалы 03.10.2026) же дата уячасы менен жазыңыз.`
        : `${q(a.value)} датасында адегенде ай, анан күн жазылган (АКШдагы англисче Excel даталарды ушундай жазат), башкача айтканда ${a.param('monthFirst')}. Датаны кк.аа.жжжж түрүндө (мисалы 03.10.2026) же дата уячасы менен жазыңыз.`,
    ambiguous_number: (a) =>
      `${a.param('thousands') !== '…' ? `${q(a.value)} ${a.param('thousands')} деп да, ${a.param('decimal')} деп да окулушу мүмкүн: ` : `${q(a.value)}: `}үч цифранын алдындагы үтүр же чекит миңдерди да, бөлчөк бөлүгүн да бөлүшү мүмкүн. Санды миңдерге бөлбөй жазыңыз, мисалы ${a.param('thousands') !== '…' ? a.param('thousands') : '13000'}.`,
    type_month: (a) => `${q(a.value)} ай эмес. 2026-10 түрүндөгү ай керек (жыл-ай).`,
    type_email: (a) =>
      `${q(a.value)} электрондук почтанын дареги эмес. name@example.org түрүндөгү дарек керек.`,
    pattern: (a) =>
      `${q(a.value)} туура эмес жазылган: ${PATTERN_EXPECTED[a.param('column')] ?? 'маанинин түрүн текшериңиз'}.`,
    choice: choiceText,
    too_large: (a) => `${a.value} саны өтө чоң: ${a.param('max')} ашпашы керек.`,
    missing_column: (a) =>
      `баракта милдеттүү ${q(a.column)} мамычасы жок. Аны баш сапка (1-сап) кошуңуз.`,
    cell_error: (a) =>
      `уячада маани эмес, формуланын катасы ${a.value} турат. Формуланы оңдоңуз же маанини жазыңыз.`,
    not_computed: (a) =>
      `уячада эч качан эсептелбеген формула турат (${q(a.value)}). Файлды Excel, LibreOffice же Google Таблицаларда ачып сактаңыз, ошондо ал эсептелет.`,
    duplicate_column: (a) =>
      `баш сапта ${q(a.column)} мамычасы ${a.param('count')} жолу аталган, бул жерде кайра. Биринчиси гана окулат: калгандарынын атын өзгөртүңүз же өчүрүңүз.`,
    header_not_first_row: (a) =>
      `баш сап (${q(a.value)}) 1-сапта эмес, ${a.param('headerRow')}-сапта турат. Баш сап 1-сапта болушу үчүн анын үстүндөгү саптарды өчүрүңүз.`,
    no_header: (a) =>
      `баракта баш сап жок: алгачкы 10 саптын бири да барактын мамычаларын атабайт (барак ${q(a.value)} менен башталат). Мамычалардын аттарын 1-сапка жазыңыз; ага чейин бул барактын бир да сабы эсепке алынбайт.`,
    duplicate_sheet: (a) =>
      `${q(a.sheetLabel(a.param('sheet') as SheetKey))} үчүн экинчи барак: ${q(a.param('first'))} барагы окулат, бул барак окулбайт. Анын саптарын ${q(a.param('first'))} барагына көчүрүп, бул баракты өчүрүңүз.`,
    duplicate_committee_id: (a) =>
      `${q(a.value)} комитет ID ${a.param('firstRow')}-сапта бар. Ар бир комитеттин өз ID болушу керек.`,
    duplicate_case_code: (a) =>
      `${q(a.value)} учурдун коду ${a.param('firstRow')}-сапта бар. Ар бир учурдун өз коду болушу керек.`,
    duplicate_event_id: (a) =>
      `${q(a.value)} иш-чара ID ${a.param('firstRow')}-сапта бар. Ар бир иш-чаранын өз ID болушу керек.`,
    future_date: (a) =>
      `${a.param('date')} күнү али келе элек (бүгүн ${a.param('today')}). Бүгүнкү күндөн кечиктирбей дата керек.`,
    before_established: (a) =>
      `${a.param('date')} күнү ${a.param('committee')} комитети түзүлгөн күндөн (${a.param('established')}) мурун. ${a.param('established')} же андан кийинки дата керек.`,
    left_before_joined: (a) =>
      `чыккан күнү ${a.param('date')} кирген күндөн (${a.param('joined')}) мурун. ${a.param('joined')} же андан кийинки дата керек.`,
    unknown_committee: (a) =>
      `${q(a.param('committee'))} ID менен комитет ${q(a.sheetLabel('committees'))} барагында жок. Ошол барактагы комитеттин ID жазыңыз же комитетти ошол жерге кошуңуз.`,
    committee_not_active: (a) =>
      `${a.param('committee')} комитетинин абалы ${q(a.choice('committeeStatus', a.param('status')))}, ${q(a.choice('committeeStatus', 'active'))} эмес. Комитет туура көрсөтүлгөнүн текшериңиз.`,
    unknown_case: (a) =>
      `${q(a.param('caseCode'))} коду менен учур ${q(a.sheetLabel('cases'))} барагында жок. Бар болгон учурдун кодун жазыңыз.`,
    before_case_identified: (a) =>
      `${a.param('date')} күнү ${a.param('caseCode')} учуру аныкталган күндөн (${a.param('identified')}) мурун. ${a.param('identified')} же андан кийинки дата керек.`,
    women_men_exceed_participants: (a) =>
      `аялдар (${a.param('women')}) менен эркектер (${a.param('men')}) чогуу ${a.param('sum')}, бул катышуучулардын санынан (${a.param('participants')}) көп. Аялдар менен эркектер чогуу катышуучулардан ашпашы керек.`,
    participants_not_positive: (a) =>
      `${q(a.choice('eventType', a.param('type')))} түрүндөгү иш-чарада катышуучулардын саны 0дөн көп болушу керек.`,
    under18_exceeds_participants: (a) =>
      `18 жашка чейинкилер (${a.param('under18')}) бардык катышуучулардан (${a.param('participants')}) көп. Алар катышуучулардын санынан ашпашы керек.`,
    cases_reviewed_not_session: (a) =>
      `учурлар комитеттин отурумунда гана каралат, ал эми бул иш-чаранын түрү — ${q(a.choice('eventType', a.param('type')))}. ${q(a.column)} мамычасын бош калтырыңыз же ${q(a.choice('eventType', 'committee_session'))} түрүн тандаңыз.`,
    duplicate_event: (a) =>
      `${a.param('firstRow')}-саптын кайталанышына окшош: ошол эле комитет, ошол эле күн жана иш-чаранын ошол эле түрү. Бул бир эле иш-чара болсо, ашыкча сапты өчүрүңүз.`,
    amount_missing: (a) =>
      `${q(a.choice('assistanceType', 'cash_aid'))} үчүн 0дөн чоң сумма (сом менен) керек, мисалы 6500.`,
    amount_not_allowed: (a) =>
      `сумма ${q(a.choice('assistanceType', 'cash_aid'))} үчүн гана жазылат, ал эми бул жердеги жардамдын түрү — ${q(a.choice('assistanceType', a.param('type')))}. Уячаны бош калтырыңыз же жардамдын түрүн оңдоңуз.`,
    closed_without_date: (a) =>
      `учур жабык, бирок ${q(a.column)} мамычасы бош. Жабылган күнүн жазыңыз.`,
    closed_date_not_closed: (a) =>
      `жабылган күнү жазылган, бирок учурдун абалы — ${q(a.choice('caseStatus', a.param('status')))}. Учур жабылган болсо, ${q(a.choice('caseStatus', 'closed'))} абалын тандаңыз, болбосо датаны өчүрүңүз.`,
    closed_before_identified: (a) =>
      `жабылган күнү ${a.param('date')} аныкталган күндөн (${a.param('identified')}) мурун. ${a.param('identified')} же андан кийинки дата керек.`,
    referral_without_consent: (a) =>
      `${a.param('caseCode')} учуру боюнча маалымат берүүгө макулдук белгиленген эмес. Макулдук алып, ${q(a.sheetLabel('cases'))} барагындагы ${q(a.columnLabel('consent', 'cases'))} мамычасына ${q(a.choice('yesNo', 'yes'))} деп белгилеңиз.`,
    order_ends_before_start: (a) =>
      `коргоо ордеринин мөөнөтү ${a.param('date')}, ал эми ордер ${a.param('issued')} берилген: мөөнөтү берилген күндөн мурун бүтөт. ${a.param('issued')} же андан кийинки дата керек.`,
    order_end_without_start: (a) =>
      `коргоо ордеринин мөөнөтү жазылган, бирок берилген күнү жок. ${q(a.columnLabel('orderIssuedOn'))} мамычасын толтуруңуз.`,
    phone_number: (a) =>
      `телефон номерине окшош (${q(a.param('found'))}). ${PRIVATE}: номерди өчүрүңүз.`,
    email_address: (a) =>
      `электрондук почтанын дарегине окшош (${q(a.param('found'))}). ${PRIVATE}: даректи өчүрүңүз.`,
    person_name: (a) =>
      `адамдын аты-жөнүнө окшош (${q(a.param('found'))}). ${PRIVATE}: эгер бул адамдын аты болсо, өчүрүңүз.`,
    duplicate_plan: (a) =>
      `бул комитеттин ушул айга жана иш-чаранын ушул түрүнө планы ${a.param('firstRow')}-сапта бар. Бир гана сап калтырыңыз.`,
    duplicate_recipient: (a) =>
      `${q(a.value.trim())} дареги ${a.param('firstRow')}-сапта бар. Жыйынтык эки жолу келбеши үчүн кайталанган сапты өчүрүңүз.`,
  },
};
