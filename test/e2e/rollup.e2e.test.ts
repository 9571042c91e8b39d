/**
 * A regional workbook in a real browser (DESIGN §11): the sidebar at 300 px, its Overview adding
 * up the Returns as `korgoo report` adds up the three source workbooks, with the sources'
 * reporting rate listed; and its digest at 360 px. Screenshots in test-results/.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { renderDigest } from '../../src/core/digest';
import type { Lang } from '../../src/core/i18n/lang';
import { workbookDigestContent } from '../../src/core/rollup/workbook-digest';
import { DATA_SHEETS } from '../../src/core/schema/sheets';
import { analyseXlsx } from '../../src/local/load';
import type { Preview } from '../../src/local/sidebar-server/server';
import { writeXlsx } from '../../src/local/xlsx/write-xlsx';
import { REGIONAL_TODAY, regionalFixture } from '../helpers/regional';
import { seriousViolations } from './axe';
import { artifactPath, launchChromium } from './chromium';
import { ensureSidebarBuilt, preview, ROOT, tempDir } from './sidebar-fixtures';

let browser: Browser;
let server: Preview;
let regionalPath: string;
let partPaths: string[];

beforeAll(async () => {
  ensureSidebarBuilt();
  const dir = tempDir();
  const fixture = regionalFixture('en');
  regionalPath = join(dir, 'region.xlsx');
  await writeXlsx(regionalPath, 'en', fixture.rows);
  partPaths = await Promise.all(
    fixture.parts.map(async (part, i) => {
      const path = join(dir, `${fixture.labels[i]}.xlsx`);
      const rows = Object.fromEntries(
        DATA_SHEETS.map((key) => [
          key,
          part.source.values(part.workbook.sheets[key].name ?? '').slice(1),
        ]),
      );
      await writeXlsx(path, 'en', rows);
      return path;
    }),
  );
  server = await preview(regionalPath, 0, REGIONAL_TODAY);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function idle(page: Page, tab: string): Promise<void> {
  await page.waitForFunction(
    `(() => { const s = document.querySelector('#panel-${tab} .status'); return s && s.dataset.kind !== 'progress' && s.dataset.kind !== undefined; })()`,
  );
}

test('the Overview at 300 px: the three workbooks’ figures and each source’s reporting', async () => {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.goto(server.url);
  await page.waitForSelector('#overview-results[data-period="2026-10"]');
  await idle(page, 'overview');
  const shown = await page.$$eval('#overview-table tbody tr', (trs) =>
    trs.map((tr) => [
      tr.getAttribute('data-indicator') ?? '',
      Number((tr.querySelector('td.value')?.textContent ?? '').replace(/[^\d]/g, '')),
    ]),
  );
  const cli = JSON.parse(
    execFileSync(
      'node',
      [
        join(ROOT, 'bin', 'korgoo.js'),
        'report',
        ...partPaths,
        '--period',
        '2026-10',
        '--format',
        'json',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    ),
  ) as { indicators: Record<string, number> };
  expect(Object.fromEntries(shown)).toEqual(cli.indicators);
  const sources = await page.$$eval('#overview-reporting li', (lis) =>
    lis.map((li) => [
      li.querySelector('.source-name')?.textContent ?? '',
      li.getAttribute('data-standing') ?? '',
    ]),
  );
  expect(sources).toEqual([
    ['Chui', 'reported'],
    ['Issyk-Kul', 'reported'],
    ['Naryn', 'failing'],
    ['Talas', 'missing'],
  ]);
  expect(await page.textContent('#overview-reporting .note')).toContain(
    'October 2026: 3 of 4 sources reported',
  );
  await page.selectOption('#overview-breakdown-by', 'region');
  expect(await page.$$eval('#overview-breakdown tbody tr', (trs) => trs.length)).toBe(3);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(300);
  await page.screenshot({ path: artifactPath('sidebar-regional-overview.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test('the Problems tab says why it lists nothing of the sources', async () => {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.goto(server.url);
  await page.click('#tab-problems');
  await idle(page, 'problems');
  expect(await page.textContent('#panel-problems .rollup-note')).toContain(
    'The figures of 3 sources come from their returns',
  );
  await page.screenshot({ path: artifactPath('sidebar-regional-problems.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test.each(['en', 'ru', 'ky'] as const)(
  'the regional digest (%s) reads at 360 px',
  async (lang: Lang) => {
    const analysis = await analyseXlsx(regionalPath, undefined, REGIONAL_TODAY);
    const digest = renderDigest(
      workbookDigestContent(analysis, {
        month: '2026-10',
        recipient: { language: lang, region: null, threshold: null },
        spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/region/edit',
      }),
    );
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await page.setContent(digest.html, { waitUntil: 'load' });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    const summary = {
      en: 'October 2026: 3 of 4 sources reported',
      ru: 'отчёты 3 из 4 источников',
      ky: '4 булактын 3 отчету бар',
    };
    expect(digest.text).toContain(summary[lang]);
    expect(await page.textContent('body')).toContain(summary[lang]);
    await page.screenshot({
      path: artifactPath(`digest-regional-${lang}-360.png`),
      fullPage: true,
    });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  },
);
