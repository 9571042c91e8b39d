/**
 * The demo's digest for October 2026 in headless Chromium at 320, 360 and 600 px (phones and a
 * mail client's reading pane), in every language: no sideways scroll, no remote request, no
 * serious or critical axe-core violation, and a PNG of each among the artifacts.
 */
import type { Browser } from 'playwright-core';
import { buildDigestContent, renderDigest } from '../../src/core/digest';
import { demoAnalysis } from '../core/digest/fixture';
import { seriousViolations } from './axe';
import { artifactPath, launchChromium } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const HEADLINE = { ru: 'Основные показатели', ky: 'Негизги көрсөткүчтөр', en: 'Headline figures' };
const CASES = (['ru', 'ky', 'en'] as const).flatMap((lang) =>
  [320, 360, 600].map((width) => [lang, width] as const),
);

test.each(CASES)('the %s demo digest fits %i px', async (lang, width) => {
  const digest = renderDigest(
    buildDigestContent(demoAnalysis(lang), {
      month: '2026-10',
      recipient: { language: lang, region: null, threshold: lang === 'ky' ? 3 : null },
      spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/demo/edit',
    }),
  );
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  // No request may leave the page: the digest has no remote resource at all.
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) requests.push(request.url());
  });
  await page.setContent(digest.html, { waitUntil: 'load' });
  // A string, evaluated in the page: the tests' tsconfig has no DOM types.
  const scroll = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  process.stdout.write(
    `digest ${lang} at ${width} px: scrollWidth ${scroll}, HTML ${Buffer.byteLength(digest.html)} bytes\n`,
  );
  expect(scroll).toBeLessThanOrEqual(width);
  expect(requests).toEqual([]);
  expect(await page.locator('h2').first().textContent()).toBe(HEADLINE[lang]);
  await page.screenshot({ path: artifactPath(`digest-${lang}-${width}.png`), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test('the committee table is a data table: headers with scope, no presentation role', async () => {
  const digest = renderDigest(
    buildDigestContent(demoAnalysis('ru'), {
      month: '2026-10',
      recipient: { language: 'ru', region: null, threshold: null },
    }),
  );
  const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  await page.setContent(digest.html, { waitUntil: 'load' });
  const tables = (await page.evaluate(`Array.from(document.querySelectorAll('table')).map((t) => ({
      role: t.getAttribute('role'),
      headers: t.querySelectorAll(':scope > thead > tr > th, :scope > tbody > tr > th, :scope > tr > th').length,
      scoped: Array.from(t.querySelectorAll(':scope > thead > tr > th, :scope > tbody > tr > th')).every((th) => th.hasAttribute('scope')),
    }))`)) as { role: string | null; headers: number; scoped: boolean }[];
  const data = tables.filter((t) => t.role === null);
  expect(data.length).toBeGreaterThan(5);
  expect(data.every((t) => t.headers > 0 && t.scoped)).toBe(true);
  // Layout tables hold no header cell.
  expect(tables.filter((t) => t.role === 'presentation').every((t) => t.headers === 0)).toBe(true);
  // The committee names are not squeezed: each has the table's whole width.
  const nameWidths = (await page.evaluate(
    `Array.from(document.querySelectorAll('th[scope="rowgroup"]')).map((th) => th.getBoundingClientRect().width)`,
  )) as number[];
  expect(nameWidths.length).toBeGreaterThan(3);
  expect(Math.min(...nameWidths)).toBeGreaterThan(250);
  await page.close();
});
