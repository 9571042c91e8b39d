/**
 * The sidebar of a regional workbook (DESIGN §11): its Overview adds up its Returns exactly as
 * `korgoo report` adds up the three source workbooks, cuts them by source, region and
 * committee, and lists the sources' reporting rate; tabs built on case rows say why they are
 * empty instead of inventing anything.
 */
import type { Analysis } from '../../../src/core/analyse';
import type { Lang } from '../../../src/core/i18n/lang';
import { parsePeriod } from '../../../src/core/periods';
import type { Period } from '../../../src/core/periods/period';
import { combineSources, rollupReport } from '../../../src/core/rollup/rollup';
import { workbookSource } from '../../../src/core/rollup/sources';
import { workbookApprovalOf } from '../../../src/core/rollup/workbook-approval';
import type { OverviewResult } from '../../../src/core/sidebar/api';
import type { SidebarPorts } from '../../../src/core/sidebar/ports';
import { createSidebarServer } from '../../../src/core/sidebar/server';
import { analyseRows, REGIONAL_TODAY, regionalFixture } from '../../helpers/regional';

const fixture = regionalFixture('en');

function portsOf(analysis: Analysis, lang: Lang = 'en'): SidebarPorts {
  return {
    analysis: () => analysis,
    sheetNames: () => [],
    lang: () => lang,
    setLang: () => undefined,
    today: () => REGIONAL_TODAY,
    selectRange: () => undefined,
    setUpWorkbook: () => null,
    installedTriggers: () => [],
  };
}

const regional = analyseRows(fixture.rows);
const server = createSidebarServer(portsOf(regional));
/** What `korgoo report` over the three source workbooks adds up. */
const cli = combineSources(
  fixture.parts.map((p, i) =>
    workbookSource(`${fixture.labels[i]}.xlsx`, p.dataset, workbookApprovalOf(p)),
  ),
);
const periodOf = (spec: string) =>
  parsePeriod(spec, { today: REGIONAL_TODAY, earliest: cli.earliest }) as Period;
const values = (result: OverviewResult) =>
  Object.fromEntries(result.rows.map((row) => [row.id, row.value]));

describe('the Overview of a regional workbook', () => {
  test.each(['2026-10', '2026-Q3', '2026', 'all'])(
    '%s: the figures of the three source workbooks, as korgoo report adds them up',
    (spec) => {
      const result = server.sidebarOverview({ period: spec });
      const expected = rollupReport(cli, periodOf(spec));
      expect(values(result)).toEqual(expected.indicators);
      expect([...result.committees].sort()).toEqual(Object.keys(expected.byCommittee).sort());
      expect(Object.values(expected.indicators).some((v) => v > 0)).toBe(true);
    },
  );

  test('the change and the 12-month trend are the sources’ too', () => {
    const result = server.sidebarOverview({ period: '2026-10' });
    const september = rollupReport(cli, periodOf('2026-09')).indicators;
    for (const row of result.rows) {
      expect(row.previous).toBe(september[row.id as keyof typeof september]);
      expect(row.trend).toHaveLength(12);
      expect(row.trend.at(-2)?.value).toBe(september[row.id as keyof typeof september]);
    }
  });

  test('a region and a committee filter cut the same figures', () => {
    const chui = server.sidebarOverview({ period: 'all', region: 'chui' });
    expect(values(chui)).toEqual(rollupReport(cli, periodOf('all'), { region: 'chui' }).indicators);
    const [first] = chui.committees;
    const one = server.sidebarOverview({ period: 'all', committee: first });
    expect(values(one)).toEqual(
      rollupReport(cli, periodOf('all'), { committeeId: first }).indicators,
    );
  });

  test('breakdowns by source, region and committee add up to the whole', () => {
    const result = server.sidebarOverview({ period: '2026' });
    const views = result.rollup?.breakdowns ?? [];
    expect(views.map((v) => v.by)).toEqual(['source', 'region', 'committee']);
    const whole = values(result);
    for (const view of views) {
      const sum = view.items.reduce((n, item) => n + (item.values.cases_identified ?? 0), 0);
      expect(sum).toBe(whole.cases_identified);
    }
    const bySource = views[0]?.items ?? [];
    expect(bySource.map((i) => i.label)).toEqual(['Chui', 'Issyk-Kul', 'Naryn']);
    const naryn = combineSources([workbookSource('n', fixture.parts[2]?.dataset as never)]);
    expect(bySource[2]?.values).toEqual(rollupReport(naryn, periodOf('2026')).indicators);
  });

  test('the reporting rate lists each active source: state, when read, why it failed', () => {
    const result = server.sidebarOverview({ period: '2026-10' });
    const reporting = result.rollup?.reporting;
    const committees = fixture.parts.map((p) => p.dataset.committees.length);
    const reported = (committees[0] ?? 0) + (committees[1] ?? 0) + (committees[2] ?? 0);
    expect(reporting?.summary).toBe(
      `October 2026: 3 of 4 sources reported; ${committees[0]} of ${reported} committee-months approved.`,
    );
    expect(reporting?.items.map((i) => [i.label, i.standingLabel])).toEqual([
      ['Chui', 'reported'],
      ['Issyk-Kul', 'reported'],
      ['Naryn', 'failing'],
      ['Talas', 'no return yet'],
    ]);
    expect(reporting?.items[0]?.readAt).toBe('read 26.11.2026 08:00');
    expect(reporting?.items[2]?.detail).toContain('The source "Naryn" was not read');
    expect(reporting?.items[3]?.readAt).toBe('not read yet');
    expect(result.approval).toBe(`October 2026: Approved: ${committees[0]} of ${reported}`);
  });

  test('members by sector are not invented from returns: none, and the Overview says why', () => {
    const result = server.sidebarOverview({ period: '2026-10' });
    expect(result.sectorGroups).toEqual([]);
    expect(result.rollup?.notes).toContain(
      'Members by sector are not shown here: the sources’ returns hold only the indicators.',
    );
  });

  test('its filters offer every source’s committees and regions, its periods from their start', () => {
    const init = server.sidebarInit();
    expect(init.committees.map((c) => c.value).sort()).toEqual(
      cli.committees.map((c) => c.id).sort(),
    );
    expect(init.regions.map((r) => r.value).sort()).toEqual(['chui', 'issyk_kul', 'naryn']);
    expect(init.periods.year.map((y) => y.value)).toContain('2026');
  });

  test('Problems and To do stay empty of the sources’ cases, and say why', () => {
    const note =
      'The figures of 3 sources come from their returns: their case rows, problems and to-dos stay in the sources’ own workbooks and are not shown here.';
    expect(server.sidebarProblems().note).toBe(note);
    expect(server.sidebarProblems().groups).toEqual([]);
    expect(server.sidebarTodo().note).toBe(note);
    expect(server.sidebarTodo().count).toBe(0);
  });

  test('the Month tab says where the sources’ months are approved', () => {
    expect(server.sidebarMonth({ month: '2026-10' }).note).toBe(
      'The months of the 3 sources’ committees are approved in the sources’ own workbooks; their status shows on the Overview and in the digest.',
    );
  });

  test('in Russian and Kyrgyz the reporting rate has its own words', () => {
    const ru = createSidebarServer(portsOf(regional, 'ru')).sidebarOverview({ period: '2026-10' });
    expect(ru.rollup?.reporting.summary).toMatch(/^Октябрь 2026: отчёты 3 из 4 источников/);
    expect(ru.rollup?.reporting.items[2]?.standingLabel).toBe('не читается');
    const ky = createSidebarServer(portsOf(regional, 'ky')).sidebarOverview({ period: '2026-10' });
    expect(ky.rollup?.reporting.summary).toContain('4 булактын 3 отчету бар');
    expect(ky.rollup?.reporting.items[3]?.standingLabel).toBe('отчет азырынча жок');
  });
});

test('a workbook without Returns rows keeps its own Overview, with no roll-up part', () => {
  const own = createSidebarServer(portsOf(fixture.parts[0] as Analysis));
  const result = own.sidebarOverview({ period: '2026-10' });
  expect(result.rollup).toBeUndefined();
  expect(result.sectorGroups.length).toBeGreaterThan(0);
  expect(own.sidebarProblems().note).toBeUndefined();
});
