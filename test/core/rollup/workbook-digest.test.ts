import { buildDigestContent } from '../../../src/core/digest/content';
import { renderDigest } from '../../../src/core/digest/render';
import type { Lang } from '../../../src/core/i18n/lang';
import { workbookDigestContent } from '../../../src/core/rollup/workbook-digest';
import { analyseRows, regionalFixture } from '../../helpers/regional';

const fixture = regionalFixture('en');
const regional = analyseRows(fixture.rows);
const request = (language: Lang, region: string | null = null) => ({
  month: '2026-10',
  recipient: { language, region, threshold: null },
  spreadsheetUrl: null,
});

test('a regional workbook’s digest adds up its Returns and shows the reporting rate first', () => {
  const content = workbookDigestContent(regional, request('en'));
  expect(content.sections.map((s) => s.id)).toEqual([
    'headline',
    'reporting',
    'committees',
    'sources',
  ]);
  const reporting = content.sections[1];
  expect(reporting?.lines[0]).toMatch(/^October 2026: 3 of 4 sources reported; \d+ of \d+/);
  expect(reporting?.table?.rows.map((r) => r.label)).toEqual([
    'Chui',
    'Issyk-Kul',
    'Naryn',
    'Talas',
  ]);
  expect(reporting?.table?.rows[2]?.sub).toContain('The source "Naryn" was not read');
  // The headline month is the three source workbooks' October.
  const whole = fixture.parts.reduce(
    (n, part) =>
      n +
      Number(
        buildDigestContent(part, request('en')).sections[0]?.table?.rows[6]?.cells[0]?.value ?? 0,
      ),
    0,
  );
  expect(content.sections[0]?.table?.rows[6]?.cells[0]?.value).toBe(whole);
});

test.each([
  ['ru', 'Сдача отчётов', 'отчёты 3 из 4 источников'],
  ['ky', 'Отчеттордун тапшырылышы', '4 булактын 3 отчету бар'],
] as const)('in %s too', (lang, title, summary) => {
  const rendered = renderDigest(workbookDigestContent(regional, request(lang)));
  expect(rendered.html).toContain(title);
  expect(rendered.text).toContain(summary);
});

test('a workbook without Returns rows keeps its own digest', () => {
  const part = fixture.parts[0];
  if (!part) throw new Error('no part');
  expect(workbookDigestContent(part, request('en'))).toEqual(
    buildDigestContent(part, request('en')),
  );
});
