/**
 * The To do tab in a real browser at 300 px, against the preview server on the demo as of
 * 1 November 2026 (the day after the demo's last month): the items of `korgoo due`, by
 * committee in plain words, the count on the tab, and a click that selects the item's row.
 */
import type { Browser, Page } from 'playwright-core';
import { wallTime } from '../../src/core/time/wall-time';
import { worklistOf } from '../../src/core/worklist';
import { analyseXlsx } from '../../src/local/load';
import type { Preview } from '../../src/local/sidebar-server/server';
import { seriousViolations } from './axe';
import { artifactPath, launchChromium } from './chromium';
import { ensureSidebarBuilt, preview, tempDir, writeDemo } from './sidebar-fixtures';

const TODAY = wallTime(2026, 11, 1);

let browser: Browser;
let server: Preview;
let demoPath: string;

beforeAll(async () => {
  ensureSidebarBuilt();
  demoPath = await writeDemo(tempDir());
  server = await preview(demoPath, 0, TODAY);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openTodo(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.goto(server.url);
  await page.waitForSelector('#todo-results[data-count]', { state: 'attached' });
  await page.click('#tab-todo');
  await page.waitForSelector('#panel-todo:not([hidden])');
  return page;
}

test('lists the worklist by committee in plain words, the count on the tab', async () => {
  const analysis = await analyseXlsx(demoPath, undefined, TODAY);
  const expected = worklistOf(analysis, TODAY);
  expect(expected.length).toBeGreaterThan(0);
  const page = await openTodo();
  expect(await page.textContent('#tab-todo')).toBe(`Дела (${expected.length})`);
  const shown = await page.$$eval('#todo-results button.todo-item', (buttons) =>
    buttons.map((b) => ({
      kind: b.getAttribute('data-kind'),
      code: b.querySelector('.where')?.textContent,
      text: b.querySelector('.message')?.textContent ?? '',
    })),
  );
  expect(shown).toHaveLength(expected.length);
  const key = (i: { kind: string | null; code: string | null | undefined }) =>
    `${i.kind}|${i.code}`;
  expect(shown.map(key).sort()).toEqual(
    expected.map((i) => key({ kind: i.kind, code: i.caseCode })).sort(),
  );
  // Every kind of DESIGN §10 is in the demo, each said in plain words.
  expect(new Set(shown.map((s) => s.kind))).toEqual(
    new Set([
      'protection_order_ending',
      'referral_no_outcome',
      'case_no_followup',
      'high_risk_not_reviewed',
    ]),
  );
  const order = shown.find((s) => s.kind === 'protection_order_ending');
  expect(order?.text).toMatch(
    /^Охранный ордер заканчивается \d\d\.11\.2026: решите, нужно ли продление$/,
  );
  // One heading per committee, the committees of the items.
  const headings = await page.$$eval('#todo-results section.todo-group', (sections) =>
    sections.map((s) => s.getAttribute('data-committee')),
  );
  expect(headings.sort()).toEqual([...new Set(expected.map((i) => i.committee))].sort());
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(300);
  await page.screenshot({ path: artifactPath('sidebar-todo-2026-11-01.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test('a click on an item makes the server select its row', async () => {
  const page = await openTodo();
  const target = page.locator('#todo-results button.todo-item').first();
  const sheet = await target.getAttribute('data-sheet');
  const a1 = await target.getAttribute('data-a1');
  expect(a1).toMatch(/^(\d+):\1$/);
  const before = server.state.selected.length;
  await target.click();
  await page.waitForFunction(
    `document.querySelector('#panel-todo .status').dataset.kind === 'done'`,
  );
  expect(server.state.selected.slice(before)).toEqual([{ sheet, a1 }]);
  expect(await page.textContent('#panel-todo .status')).toContain(a1 ?? '');
  await page.close();
});
