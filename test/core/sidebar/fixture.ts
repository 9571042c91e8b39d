/** The demo analysed as the add-on would, and ports over it that record what they are asked. */
import { type Analysis, analyse } from '../../../src/core/analyse';
import { DEMO_TODAY, demoWorkbook } from '../../../src/core/demo';
import type { Lang } from '../../../src/core/i18n/lang';
import { renderPreviewDigest } from '../../../src/core/sidebar/digest-render';
import type { DigestPort, FormsPort, SidebarPorts } from '../../../src/core/sidebar/ports';
import { at } from '../../helpers/dataset';

export const TODAY = at(DEMO_TODAY);

let cached: Analysis | undefined;
/** The demo workbook (Russian), read and validated once for the whole file. */
export function demoAnalysis(): Analysis {
  cached ??= analyse(demoWorkbook('ru'), { timeZone: 'Asia/Bishkek', dates: 'wall' }, TODAY);
  return cached;
}

export interface Recorded {
  lang: Lang;
  selected: { sheet: string; a1: string }[];
  setUps: Lang[];
  sent: { month: string; lang: Lang }[];
  formsBuilt: Lang[];
  scheduled: Lang[];
}

export interface FakePortsOptions {
  readonly digest?: boolean;
  readonly forms?: boolean;
  readonly canSetUp?: boolean;
  readonly triggers?: string[];
}

export function fakePorts(options: FakePortsOptions = {}): {
  ports: SidebarPorts;
  recorded: Recorded;
} {
  const recorded: Recorded = {
    lang: 'ru',
    selected: [],
    setUps: [],
    sent: [],
    formsBuilt: [],
    scheduled: [],
  };
  const analysis = demoAnalysis();
  const digest: DigestPort = {
    triggerHandler: 'sendMonthlyDigest',
    render: (a, month, lang) => renderPreviewDigest(a, month, lang, null),
    sendPreviewToMe: (_a, month, lang) => {
      recorded.sent.push({ month, lang });
      return 'coordinator@example.org';
    },
    schedule: (lang) => {
      recorded.scheduled.push(lang);
      return `scheduled in ${lang}`;
    },
  };
  const forms: FormsPort = {
    triggerHandler: 'onFormSubmitIntake',
    state: () => [
      {
        key: 'event',
        title: 'Event report',
        url: 'https://docs.google.com/forms/d/e/x/viewform',
        editUrl: 'https://docs.google.com/forms/d/x/edit',
      },
    ],
    createOrUpdate: (lang) => {
      recorded.formsBuilt.push(lang);
      return forms.state();
    },
  };
  const ports: SidebarPorts = {
    analysis: () => analysis,
    sheetNames: () => [
      'Комитеты',
      'Члены комитетов',
      'Мероприятия',
      'Случаи',
      'Перенаправления',
      'Помощь',
      'План',
      'Получатели',
    ],
    lang: () => recorded.lang,
    setLang: (lang) => {
      recorded.lang = lang;
    },
    today: () => TODAY,
    selectRange: (sheet, a1) => {
      recorded.selected.push({ sheet, a1 });
    },
    setUpWorkbook: (lang) => {
      if (!options.canSetUp) return null;
      recorded.setUps.push(lang);
      return { sheetsCreated: 3, columnsAdded: 0 };
    },
    installedTriggers: () => options.triggers ?? [],
    ...(options.digest === false ? {} : { digest }),
    ...(options.forms ? { forms } : {}),
  };
  return { ports, recorded };
}
