/**
 * The sidebar's server functions over the demo: the figures the command line gives, problems
 * with their cells, the digest as rendered for sending, set-up state and actions; every result
 * plain JSON.
 */

import { analyse } from '../../../src/core/analyse';
import { demoWorkbook, SEED_FIGURES } from '../../../src/core/demo';
import { activeRecipients } from '../../../src/core/digest';
import { report } from '../../../src/core/indicators';
import { earliestDate, monthPeriod, sinceStartPeriod } from '../../../src/core/periods';
import {
  SIDEBAR_FUNCTIONS,
  type SidebarApi,
  type SidebarFunction,
} from '../../../src/core/sidebar/api';
import { renderPreviewDigest } from '../../../src/core/sidebar/digest-render';
import { PROBLEMS_PER_SHEET } from '../../../src/core/sidebar/problems';
import { createSidebarServer } from '../../../src/core/sidebar/server';
import { SidebarError } from '../../../src/core/sidebar/texts';
import { demoAnalysis, fakePorts, TODAY } from './fixture';

// Every key of SidebarApi is listed at run time, and nothing else (checked by the compiler).
type Missing = Exclude<SidebarFunction, (typeof SIDEBAR_FUNCTIONS)[number]>;
const allListed: [Missing] extends [never] ? true : false = true;

function server(options: Parameters<typeof fakePorts>[0] = {}) {
  const { ports, recorded } = fakePorts(options);
  return { api: createSidebarServer(ports), recorded };
}

const valuesOf = (rows: readonly { id: string; value: number }[]) =>
  Object.fromEntries(rows.map((r) => [r.id, r.value]));

describe('the API', () => {
  test('SIDEBAR_FUNCTIONS names each server function once', () => {
    expect(allListed).toBe(true);
    expect(new Set(SIDEBAR_FUNCTIONS).size).toBe(SIDEBAR_FUNCTIONS.length);
    const { api } = server();
    expect(Object.keys(api).sort()).toEqual([...SIDEBAR_FUNCTIONS].sort());
  });

  test('every result survives JSON unchanged (what google.script.run passes)', () => {
    const { api } = server({ forms: true, triggers: ['sendMonthlyDigest'] });
    const results: Record<string, unknown> = {
      init: api.sidebarInit(),
      overview: api.sidebarOverview({ period: '2026-10', committee: 'KANT', region: '' }),
      all: api.sidebarOverview({ period: 'all' }),
      problems: api.sidebarProblems(),
      select: api.sidebarSelectCell({ sheet: 'Мероприятия', a1: 'F37' }),
      digest: api.sidebarDigestPreview({ month: '2026-10', lang: 'ky' }),
      setup: api.sidebarSetupState(),
      lang: api.sidebarSetLanguage('en'),
    };
    for (const [name, value] of Object.entries(results)) {
      expect([name, JSON.parse(JSON.stringify(value))]).toEqual([name, value]);
    }
  });
});

describe('init', () => {
  test('language, periods with data up to today, committees and their regions', () => {
    const init = server().api.sidebarInit();
    expect(init.lang).toBe('ru');
    expect(init.defaultMonth).toBe('2026-10');
    expect(init.periods.month[0]).toEqual({ value: '2026-11', label: 'Ноябрь 2026' });
    expect(init.periods.month).toContainEqual({ value: '2026-10', label: 'Октябрь 2026' });
    expect(init.periods.quarter).toContainEqual({ value: '2026-Q4', label: 'IV квартал 2026' });
    expect(init.periods.year.map((o) => o.value)).toEqual(['2026', '2025']);
    expect(init.periods.all).toEqual([{ value: 'all', label: 'за всё время' }]);
    expect(init.committees.map((c) => c.value)).toEqual([
      'KANT',
      'KANT-R',
      'ANAN',
      'CHSO',
      'BALY',
      'UCHK',
      'AKKU',
    ]);
    expect(init.committees[0]?.label).toMatch(/^KANT · /);
    expect(init.regions.map((r) => r.value).sort()).toEqual(['chui', 'issyk_kul', 'naryn']);
  });
});

describe('overview', () => {
  test('"since start" is the seed\'s table, with no previous period', () => {
    const result = server().api.sidebarOverview({ period: 'all' });
    expect(valuesOf(result.rows)).toEqual(SEED_FIGURES);
    expect(result.previousLabel).toBeNull();
    expect(result.rows.every((r) => r.previous === null && r.change === null)).toBe(true);
    expect(result.periodLabel).toBe('за всё время');
  });

  test("a month: the report's figures, and the change against the month before", () => {
    const dataset = demoAnalysis().dataset;
    const october = report(dataset, monthPeriod(2026, 10)).indicators;
    const september = report(dataset, monthPeriod(2026, 9)).indicators;
    const result = server().api.sidebarOverview({ period: '2026-10' });
    expect(valuesOf(result.rows)).toEqual(october);
    for (const row of result.rows) {
      const id = row.id as keyof typeof october;
      expect(row).toMatchObject({ previous: september[id], change: october[id] - september[id] });
    }
    expect(result).toMatchObject({
      period: '2026-10',
      periodLabel: 'Октябрь 2026',
      from: '2026-10-01',
      to: '2026-10-31',
      previousLabel: 'Сентябрь 2026',
    });
  });

  test('quarters and years compare with the quarter and year before', () => {
    const { api } = server();
    expect(api.sidebarOverview({ period: '2026-Q3' }).previousLabel).toBe('II квартал 2026');
    expect(api.sidebarOverview({ period: '2026' }).previousLabel).toBe('2025 год');
  });

  test('committee and region filters cut the figures', () => {
    const dataset = demoAnalysis().dataset;
    const all = sinceStartPeriod(TODAY, earliestDate(dataset));
    const { api } = server();
    const kant = api.sidebarOverview({ period: 'all', committee: 'KANT' });
    expect(valuesOf(kant.rows)).toEqual(report(dataset, all, { committeeId: 'KANT' }).indicators);
    expect(kant.committees).toEqual(['KANT']);
    const naryn = api.sidebarOverview({ period: 'all', region: 'naryn' });
    expect(valuesOf(naryn.rows)).toEqual(report(dataset, all, { region: 'naryn' }).indicators);
    expect(naryn.committees.length).toBeLessThan(7);
  });

  test('members by sector group add up to the active members', () => {
    const result = server().api.sidebarOverview({ period: 'all' });
    expect(result.sectorGroups.map((g) => g.value)).toEqual([
      'state',
      'community',
      'civil_society',
      'other',
    ]);
    expect(result.sectorGroups.reduce((sum, g) => sum + g.count, 0)).toBe(164);
    expect(result.sectorGroups[0]?.label).toBe('Государственные органы');
  });

  test('a bad period, committee or region is an error the coordinator can read', () => {
    const { api } = server();
    expect(() => api.sidebarOverview({ period: 'someday' })).toThrow(
      new SidebarError('«someday» — не период. Выберите месяц, квартал, год или «за всё время».'),
    );
    expect(() => api.sidebarOverview({ period: 'all', committee: 'NOPE' })).toThrow(
      /Комитета «NOPE» нет/,
    );
    expect(() => api.sidebarOverview({ period: 'all', region: 'atlantis' })).toThrow(
      /Области «atlantis» нет/,
    );
  });
});

describe('problems', () => {
  test("grouped by sheet in the schema's order, with counts that add up", () => {
    const analysis = demoAnalysis();
    const result = server().api.sidebarProblems();
    const errors = analysis.problems.filter((p) => p.severity === 'error').length;
    expect(result.errors).toBe(errors);
    expect(result.warnings).toBe(analysis.problems.length - errors);
    expect(result.groups.map((g) => g.sheet)).toEqual(['Мероприятия', 'Случаи', 'Перенаправления']);
    for (const group of result.groups) {
      expect(group.problems).toHaveLength(group.errors + group.warnings);
      expect(group.more).toBe(0);
      // Errors first, then warnings, each by row.
      const order = group.problems.map(
        (p) => `${p.severity === 'error' ? 0 : 1}:${String(p.row).padStart(6, '0')}`,
      );
      expect(order).toEqual([...order].sort());
    }
    expect(result.excludedRows).toBe(analysis.dataset.excludedRows);
    expect(PROBLEMS_PER_SHEET).toBeGreaterThan(0);
  });

  test('each problem names its cell: Events row 37, Participants is F37', () => {
    const events = server().api.sidebarProblems().groups[0];
    const item = events?.problems.find((p) => p.row === 37);
    expect(item).toMatchObject({
      severity: 'error',
      column: 'Участники',
      a1: 'F37',
      value: 'около 40',
    });
    // The card shows the row and the column; the message says only what is wrong, once.
    expect(item?.message).toBe(
      '«около 40» — не целое число. Нужно целое число от 0 и больше, например 25.',
    );
    expect(item?.message).not.toContain('строка');
  });
});

describe('selectCell', () => {
  test('activates the range through the port', () => {
    const { api, recorded } = server();
    expect(api.sidebarSelectCell({ sheet: 'Мероприятия', a1: 'f37' })).toEqual({
      sheet: 'Мероприятия',
      a1: 'F37',
    });
    expect(api.sidebarSelectCell({ sheet: 'Случаи', a1: '30:30' })).toEqual({
      sheet: 'Случаи',
      a1: '30:30',
    });
    expect(recorded.selected).toEqual([
      { sheet: 'Мероприятия', a1: 'F37' },
      { sheet: 'Случаи', a1: '30:30' },
    ]);
  });

  test('refuses a sheet that is not there and an address it would not make', () => {
    const { api, recorded } = server();
    expect(() => api.sidebarSelectCell({ sheet: 'Nope', a1: 'A1' })).toThrow(/Листа «Nope» нет/);
    expect(() => api.sidebarSelectCell({ sheet: 'Мероприятия', a1: 'A1:Z9999' })).toThrow(
      /не адрес ячейки/,
    );
    expect(() => api.sidebarSelectCell({ sheet: 'Мероприятия', a1: '=IMPORTXML("x")' })).toThrow(
      SidebarError,
    );
    expect(() =>
      (api as SidebarApi).sidebarSelectCell(null as unknown as { sheet: string; a1: string }),
    ).toThrow(SidebarError);
    expect(recorded.selected).toEqual([]);
  });
});

describe('digest preview', () => {
  test('the HTML exactly as the digest module renders it, recipients, schedule', () => {
    const analysis = demoAnalysis();
    const { api } = server({ triggers: ['sendMonthlyDigest'] });
    const result = api.sidebarDigestPreview({ month: '2026-10', lang: 'ky' });
    const expected = renderPreviewDigest(analysis, '2026-10', 'ky', null);
    expect(result).toMatchObject({
      available: true,
      canSend: true,
      month: '2026-10',
      monthLabel: 'Октябрь 2026',
    });
    expect(result.html).toBe(expected.html);
    expect(result.subject).toBe(expected.subject);
    expect(result.recipients).toBe(activeRecipients(analysis.dataset).length);
    expect(result.recipients).toBeGreaterThan(0);
    expect(result.schedule).toEqual({ installed: true, next: '1 декабря 2026, 08:00' });
    expect(result.months[0]?.value).toBe('2026-11');
  });

  test('not scheduled without the trigger; not available without the digest module', () => {
    expect(server().api.sidebarDigestPreview({ month: '2026-10', lang: 'ru' }).schedule).toEqual({
      installed: false,
      next: '',
    });
    const bare = server({ digest: false }).api.sidebarDigestPreview({
      month: '2026-10',
      lang: 'ru',
    });
    expect(bare).toMatchObject({ available: false, canSend: false, html: '', subject: '' });
  });

  test('a bad month or language is refused', () => {
    const { api } = server();
    expect(() => api.sidebarDigestPreview({ month: '2026-13', lang: 'ru' })).toThrow(/не месяц/);
    expect(() => api.sidebarDigestPreview({ month: '2026-10', lang: 'fr' as 'ru' })).toThrow(
      /не поддерживается/,
    );
  });

  test('send preview to me goes through the port and names the address', () => {
    const { api, recorded } = server();
    const result = api.sidebarSendPreviewToMe({ month: '2026-09', lang: 'en' });
    expect(recorded.sent).toEqual([{ month: '2026-09', lang: 'en' }]);
    expect(result.message).toBe('Сводка за Сентябрь 2026 отправлена на coordinator@example.org.');
    expect(() =>
      server({ digest: false }).api.sidebarSendPreviewToMe({ month: '2026-09', lang: 'en' }),
    ).toThrow(SidebarError);
  });
});

describe('set-up', () => {
  test('sheets present and missing, forms, triggers', () => {
    const state = server({
      forms: true,
      triggers: ['sendMonthlyDigest', 'somethingElse'],
    }).api.sidebarSetupState();
    expect(state.lang).toBe('ru');
    expect(state.languages.map((l) => l.value)).toEqual(['ru', 'ky', 'en']);
    const present = state.sheets.filter((s) => s.name !== null).map((s) => s.key);
    expect(present).toEqual([
      'committees',
      'members',
      'events',
      'cases',
      'referrals',
      'assistance',
      'plan',
      'recipients',
    ]);
    expect(state.sheets.find((s) => s.key === 'problems')).toEqual({
      key: 'problems',
      label: 'Проблемы',
      name: null,
    });
    expect(state.forms).toHaveLength(1);
    expect(state.triggers).toEqual([
      {
        handler: 'onFormSubmitIntake',
        kind: 'intake',
        label: 'Приём ответов форм',
        installed: false,
      },
      {
        handler: 'sendMonthlyDigest',
        kind: 'digest',
        label: 'Ежемесячная сводка (1-го числа, 08:00)',
        installed: true,
      },
      { handler: 'somethingElse', kind: 'other', label: 'somethingElse', installed: true },
    ]);
    expect(state.can).toEqual({ createForms: true, sendPreview: true, scheduleDigest: true });
  });

  test('a digest not scheduled here is offered with the button that schedules it', () => {
    const { api, recorded } = server({ triggers: [] });
    const digest = api.sidebarSetupState().triggers.find((t) => t.handler === 'sendMonthlyDigest');
    expect(digest).toMatchObject({ installed: false, canInstall: true });
    expect(api.sidebarDigestPreview({ month: '2026-10', lang: 'ru' })).toMatchObject({
      schedule: { installed: false },
      canSchedule: true,
    });
    expect(api.sidebarScheduleDigest()).toEqual({ message: 'scheduled in ru' });
    expect(recorded.scheduled).toEqual(['ru']);
    const scheduled = server({ triggers: ['sendMonthlyDigest'] }).api.sidebarSetupState();
    expect(scheduled.triggers.find((t) => t.handler === 'sendMonthlyDigest')?.canInstall).toBe(
      undefined,
    );
    expect(() => server({ digest: false }).api.sidebarScheduleDigest()).toThrow(SidebarError);
  });

  test('without the forms module: no forms, and creating them says it is not available', () => {
    const { api } = server();
    expect(api.sidebarSetupState().forms).toBeNull();
    expect(api.sidebarSetupState().can.createForms).toBe(false);
    expect(() => api.sidebarCreateForms()).toThrow(/только в Google Таблицах/);
  });

  test('set language, set up sheets, create forms: through the ports, answered in the language', () => {
    const { api, recorded } = server({ forms: true, canSetUp: true });
    expect(api.sidebarSetLanguage('ky').message).toMatch(/^Китептин тили: кыргызча/);
    expect(recorded.lang).toBe('ky');
    expect(api.sidebarSetUpWorkbook().message).toBe(
      'Китеп даярдалды: түзүлгөн барактар 3, кошулган мамычалар 0. Маалыматтар өзгөргөн жок.',
    );
    expect(recorded.setUps).toEqual(['ky']);
    expect(api.sidebarCreateForms().message).toMatch(/^Формалар түзүлдү же жаңыланды: 1/);
    expect(recorded.formsBuilt).toEqual(['ky']);
    expect(() => api.sidebarSetLanguage('de' as 'ru')).toThrow(/«de» тили колдоого алынбайт/);
  });

  test('where set-up is impossible (the preview) the action says so', () => {
    expect(() => server().api.sidebarSetUpWorkbook()).toThrow(/только в Google Таблицах/);
  });
});

describe('a workbook with no data yet', () => {
  function emptyServer() {
    const { ports } = fakePorts();
    const demo = demoWorkbook('ru');
    const headersOnly = analyse(
      { sheetNames: () => demo.sheetNames(), values: (name) => demo.values(name).slice(0, 1) },
      { timeZone: 'Asia/Bishkek', dates: 'wall' },
      TODAY,
    );
    return createSidebarServer({ ...ports, analysis: () => headersOnly });
  }

  test('the month the sidebar opens on is one it offers, and its figures load', () => {
    const api = emptyServer();
    const init = api.sidebarInit();
    expect(init.periods.month.map((o) => o.value)).toContain(init.defaultMonth);
    expect(api.sidebarOverview({ period: init.defaultMonth }).period).toBe(init.defaultMonth);
    const digest = api.sidebarDigestPreview({ month: init.defaultMonth, lang: 'ru' });
    expect(digest.months.map((o) => o.value)).toContain(init.defaultMonth);
  });
});

describe('arguments from the client are untrusted', () => {
  test('an overview request of the wrong shape is a SidebarError, never a TypeError', () => {
    const { api } = server();
    const bad = [
      undefined,
      'all',
      { period: 5 },
      { period: {} },
      { period: 'all', committee: 5 },
      { period: 'all', region: ['naryn'] },
    ];
    for (const request of bad)
      expect(() => api.sidebarOverview(request as never)).toThrow(SidebarError);
  });

  test('a digest request of the wrong shape is a SidebarError', () => {
    const { api } = server();
    for (const request of [
      undefined,
      null,
      'x',
      { month: 202610, lang: 'ru' },
      { month: '2026-10' },
    ])
      expect(() => api.sidebarDigestPreview(request as never)).toThrow(SidebarError);
  });
});

describe('recipients', () => {
  test('every active recipient: address, language, region and threshold', () => {
    const { api } = server();
    const { recipients } = api.sidebarRecipients();
    const active = activeRecipients(demoAnalysis().dataset);
    expect(recipients.map((r) => r.email)).toEqual(active.map((r) => r.email));
    expect(recipients.length).toBeGreaterThan(0);
    for (const r of recipients) {
      expect(['Русский', 'Кыргызча', 'English']).toContain(r.language);
      expect(r.region).not.toBe('');
      expect(r.threshold).toMatch(/^(\d+|нет)$/);
    }
  });
});

describe('overview trends', () => {
  test('each indicator over the 12 months ending with the period, as the report gives them', () => {
    const { api } = server();
    const result = api.sidebarOverview({ period: '2026-Q3' });
    const analysis = demoAnalysis();
    for (const row of result.rows) {
      expect(row.trend.map((p) => p.month)).toEqual([
        '2025-10',
        '2025-11',
        '2025-12',
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
      ]);
    }
    const august = report(analysis.dataset, monthPeriod(2026, 8)).indicators;
    expect(Object.fromEntries(result.rows.map((r) => [r.id, r.trend[10]?.value]))).toEqual(august);
    expect(result.rows[0]?.trend[10]?.label).toBe('Август 2026');
  });
});
