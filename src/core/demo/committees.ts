import type { Labels } from '../i18n/lang';
import type { Region } from '../schema/choices';
import { type WallTime, wallTime } from '../time/wall-time';

/** One committee of the demo programme (DESIGN §1: the seed's settlements, plus a district one). */
export interface DemoCommittee {
  readonly id: string;
  readonly region: Region;
  readonly name: Labels;
  /** Empty for a town of regional significance. */
  readonly district: Labels | null;
  readonly settlement: Labels;
  readonly establishedOn: WallTime;
  readonly order: Labels;
  readonly planApprovedOn: WallTime;
  readonly email: string;
  /** Members, all active to the end of the demo. */
  readonly size: number;
  /** Share of members with Russian names (the rest are Kyrgyz). */
  readonly russianShare: number;
  /** The monthly session: the `nth` given weekday (0 = Sunday) of the month. */
  readonly sessionDay: readonly [nth: number, weekday: number];
  /** Months (YYYY-MM) without a regular session. */
  readonly missedSessions: readonly string[];
}

const L = (ru: string, ky: string, en: string): Labels => ({ ru, ky, en });

const YSYK_ATA = L('Ысык-Атинский район', 'Ысык-Ата району', 'Ysyk-Ata district');
const ISSYK_KUL = L('Иссык-Кульский район', 'Ысык-Көл району', 'Issyk-Kul district');
const NARYN = L('Нарынский район', 'Нарын району', 'Naryn district');

const local = (ru: string, ky: string, en: string): Labels =>
  L(
    `Местный комитет по профилактике гендерного и семейного насилия ${ru}`,
    `${ky} гендердик жана үй-бүлөлүк зомбулуктун алдын алуу боюнча жергиликтүү комитет`,
    `${en} local committee against gender and family violence`,
  );

const ayilOrder = (no: string, date: string): Labels =>
  L(
    `Распоряжение айыл окмоту №${no} от ${date}`,
    `Айыл өкмөтүнүн №${no} буйругу, ${date}`,
    `Ayil okmotu order No. ${no} of ${date}`,
  );

export const DEMO_COMMITTEES: readonly DemoCommittee[] = [
  {
    id: 'KANT',
    region: 'chui',
    name: local('г. Кант', 'Кант шаарындагы', 'Kant'),
    district: YSYK_ATA,
    settlement: L('г. Кант', 'Кант шаары', 'Kant'),
    establishedOn: wallTime(2025, 4, 22),
    order: L(
      'Распоряжение мэрии г. Кант №47 от 22.04.2025',
      'Кант шаарынын мэриясынын №47 буйругу, 22.04.2025',
      'Kant mayor’s office order No. 47 of 22.04.2025',
    ),
    planApprovedOn: wallTime(2025, 5, 6),
    email: 'mk.kant@example.org',
    size: 26,
    russianShare: 0.3,
    sessionDay: [2, 3],
    missedSessions: ['2026-08'],
  },
  {
    id: 'KANT-R',
    region: 'chui',
    name: L(
      'Районный комитет по профилактике гендерного и семейного насилия Ысык-Атинского района',
      'Ысык-Ата районунун гендердик жана үй-бүлөлүк зомбулуктун алдын алуу боюнча райондук комитети',
      'Ysyk-Ata district committee against gender and family violence',
    ),
    district: YSYK_ATA,
    settlement: L('г. Кант', 'Кант шаары', 'Kant'),
    establishedOn: wallTime(2025, 5, 27),
    order: L(
      'Распоряжение райгосадминистрации Ысык-Атинского района №112-р от 27.05.2025',
      'Ысык-Ата райондук мамлекеттик администрациясынын №112-р буйругу, 27.05.2025',
      'Ysyk-Ata district administration order No. 112-r of 27.05.2025',
    ),
    planApprovedOn: wallTime(2025, 6, 10),
    email: 'rk.ysykata@example.org',
    size: 24,
    russianShare: 0.2,
    sessionDay: [3, 2],
    missedSessions: ['2025-12', '2026-07', '2026-08'],
  },
  {
    id: 'ANAN',
    region: 'issyk_kul',
    name: local('с. Ананьево', 'Ананьево айылындагы', 'Ananyevo'),
    district: ISSYK_KUL,
    settlement: L('с. Ананьево', 'Ананьево айылы', 'Ananyevo'),
    establishedOn: wallTime(2025, 6, 12),
    order: ayilOrder('45', '12.06.2025'),
    planApprovedOn: wallTime(2025, 6, 26),
    email: 'mk.ananyevo@example.org',
    size: 24,
    russianShare: 0.25,
    sessionDay: [2, 4],
    missedSessions: ['2026-07'],
  },
  {
    id: 'CHSO',
    region: 'issyk_kul',
    name: local('с. Чон-Сары-Ой', 'Чоң-Сары-Ой айылындагы', 'Chon-Sary-Oi'),
    district: ISSYK_KUL,
    settlement: L('с. Чон-Сары-Ой', 'Чоң-Сары-Ой айылы', 'Chon-Sary-Oi'),
    establishedOn: wallTime(2025, 6, 17),
    order: ayilOrder('38', '17.06.2025'),
    planApprovedOn: wallTime(2025, 7, 1),
    email: 'mk.chonsaryoi@example.org',
    size: 22,
    russianShare: 0.1,
    sessionDay: [3, 3],
    missedSessions: ['2026-01', '2026-08'],
  },
  {
    id: 'BALY',
    region: 'issyk_kul',
    name: local('г. Балыкчы', 'Балыкчы шаарындагы', 'Balykchy'),
    district: null,
    settlement: L('г. Балыкчы', 'Балыкчы шаары', 'Balykchy'),
    establishedOn: wallTime(2025, 5, 15),
    order: L(
      'Распоряжение мэрии г. Балыкчы №96-р от 15.05.2025',
      'Балыкчы шаарынын мэриясынын №96-р буйругу, 15.05.2025',
      'Balykchy mayor’s office order No. 96-r of 15.05.2025',
    ),
    planApprovedOn: wallTime(2025, 5, 29),
    email: 'mk.balykchy@example.org',
    size: 25,
    russianShare: 0.15,
    sessionDay: [1, 5],
    missedSessions: [],
  },
  {
    id: 'UCHK',
    region: 'naryn',
    name: local('с. Учкун', 'Учкун айылындагы', 'Uchkun'),
    district: NARYN,
    settlement: L('с. Учкун', 'Учкун айылы', 'Uchkun'),
    establishedOn: wallTime(2025, 7, 8),
    order: L(
      'Решение айылного кенеша №12 от 08.07.2025',
      'Айылдык кеңештин №12 чечими, 08.07.2025',
      'Ayil kenesh decision No. 12 of 08.07.2025',
    ),
    planApprovedOn: wallTime(2025, 7, 22),
    email: 'mk.uchkun@example.org',
    size: 21,
    russianShare: 0,
    sessionDay: [2, 2],
    missedSessions: ['2026-02', '2026-07'],
  },
  {
    id: 'AKKU',
    region: 'naryn',
    name: local('с. Ак-Кудук', 'Ак-Кудук айылындагы', 'Ak-Kuduk'),
    district: NARYN,
    settlement: L('с. Ак-Кудук', 'Ак-Кудук айылы', 'Ak-Kuduk'),
    establishedOn: wallTime(2025, 7, 15),
    order: ayilOrder('27', '15.07.2025'),
    planApprovedOn: wallTime(2025, 7, 29),
    email: 'mk.akkuduk@example.org',
    size: 22,
    russianShare: 0,
    sessionDay: [3, 4],
    missedSessions: ['2026-01', '2026-07', '2026-08'],
  },
];
