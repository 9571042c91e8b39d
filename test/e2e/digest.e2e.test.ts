/**
 * The demo's Russian digest for October 2026, rendered by headless Chromium at 600 px wide (a
 * mail client's reading pane): no horizontal overflow, and a PNG kept among the artifacts.
 */
import type { Browser } from 'playwright-core';
import { buildDigestContent, renderDigest } from '../../src/core/digest';
import { demoAnalysis } from '../core/digest/fixture';
import { artifactPath, launchChromium } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test.each([
  ['ru', null, null, 'digest-ru-2026-10.png'],
  ['ky', 'naryn', 3, 'digest-ky-naryn-2026-10.png'],
  ['en', null, null, 'digest-en-2026-10.png'],
] as const)(
  'the %s demo digest (region %s, threshold %s) fits 600 px → %s',
  async (lang, region, threshold, png) => {
    const digest = renderDigest(
      buildDigestContent(demoAnalysis(lang), {
        month: '2026-10',
        recipient: { language: lang, region, threshold },
        spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/demo/edit',
      }),
    );
    const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
    // No request may leave the page: the digest has no remote resource at all.
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url());
    });
    await page.setContent(digest.html, { waitUntil: 'load' });
    // A string, evaluated in the page: the tests' tsconfig has no DOM types.
    const widths = (await page.evaluate(
      '({ scroll: document.documentElement.scrollWidth, body: document.body.scrollWidth })',
    )) as { scroll: number; body: number };
    expect(widths.scroll).toBeLessThanOrEqual(600);
    expect(widths.body).toBeLessThanOrEqual(600);
    expect(requests).toEqual([]);
    expect(await page.locator('h2').first().textContent()).toBe(
      { ru: 'Основные показатели', ky: 'Негизги көрсөткүчтөр', en: 'Headline figures' }[lang],
    );
    await page.screenshot({ path: artifactPath(png), fullPage: true });
    await page.close();
  },
);
