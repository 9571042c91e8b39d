/**
 * The sidebar in a real browser: Debian's Chromium driven by playwright-core against the
 * local preview server (the same server functions as the add-on, over HTTP), at 300 px wide.
 */
import type { Browser, Page } from 'playwright-core';
import { SEED_FIGURES } from '../../src/core/demo';
import { activeRecipients } from '../../src/core/digest';
import { renderPreviewDigest } from '../../src/core/sidebar/digest-render';
import { analyseXlsx } from '../../src/local/load';
import type { Preview } from '../../src/local/sidebar-server/server';
import { seriousViolations } from './axe';
import { artifactPath, launchChromium } from './chromium';
import {
  cliReport,
  ensureSidebarBuilt,
  preview,
  tempDir,
  writeDemo,
  writeXssDemo,
  XSS,
} from './sidebar-fixtures';

const TABS = ['overview', 'todo', 'problems', 'month', 'digest', 'setup'] as const;
type Tab = (typeof TABS)[number];

let browser: Browser;
let server: Preview;
let demoPath: string;

beforeAll(async () => {
  ensureSidebarBuilt();
  demoPath = await writeDemo(tempDir());
  server = await preview(demoPath);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSidebar(url: string = server.url): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.goto(url);
  await page.waitForSelector('#tab-overview');
  return page;
}

async function openTab(page: Page, tab: Tab): Promise<void> {
  await page.click(`#tab-${tab}`);
  await page.waitForSelector(`#panel-${tab}:not([hidden])`);
  await waitIdle(page, tab);
}

/**
 * Until the page has run the tasks already queued (what it does with an answer it received):
 * one frame, then one task. A condition, not a fixed wait: it takes as long as the page needs.
 */
async function settled(page: Page): Promise<void> {
  // A string, as waitIdle's: the page's globals are not this file's (no DOM types here).
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))');
}

/** Until the tab's status line says no call is running. */
async function waitIdle(page: Page, tab: Tab): Promise<void> {
  await page.waitForFunction(
    `(() => { const s = document.querySelector('#panel-${tab} .status'); return s && s.dataset.kind !== 'progress' && s.dataset.kind !== undefined; })()`,
  );
}

/** The figures of the Overview table, by indicator id, as numbers. */
async function shownFigures(page: Page): Promise<Record<string, number>> {
  const rows = await page.$$eval('#overview-table tbody tr', (trs) =>
    trs.map((tr) => [
      tr.getAttribute('data-indicator') ?? '',
      tr.querySelector('td.value')?.textContent ?? '',
    ]),
  );
  return Object.fromEntries(
    rows.map(([id, text]) => [id, Number((text ?? '').replace(/[^\d]/g, ''))]),
  );
}

async function showPeriod(
  page: Page,
  kind: string,
  period?: string,
  committee = '',
): Promise<void> {
  await page.selectOption('#overview-kind', kind);
  if (period !== undefined) await page.selectOption('#overview-period', period);
  await page.selectOption('#overview-committee', committee);
  await page.click('#overview-show');
  const spec = kind === 'all' ? 'all' : (period ?? '');
  await page.waitForSelector(`#overview-results[data-period="${spec}"]`);
  await waitIdle(page, 'overview');
}

describe('the five tabs', () => {
  test.each(TABS)('%s opens, loads from the server and is saved as a screenshot', async (tab) => {
    const requests: string[] = [];
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(server.url);
    await openTab(page, tab);
    expect(await page.getAttribute(`#tab-${tab}`, 'aria-selected')).toBe('true');
    // Everything comes from the preview server: the local stylesheet stands in for Google's.
    expect(requests.filter((url) => !url.startsWith(server.url) && url !== 'about:srcdoc')).toEqual(
      [],
    );
    for (const other of TABS.filter((t) => t !== tab)) {
      expect(await page.getAttribute(`#tab-${other}`, 'aria-selected')).toBe('false');
      expect(await page.isHidden(`#panel-${other}`)).toBe(true);
    }
    expect(await page.getAttribute(`#panel-${tab} .status`, 'data-kind')).not.toBe('error');
    const content = await page.textContent(`#panel-${tab} .results, #panel-${tab} #digest-info`);
    expect((content ?? '').trim().length).toBeGreaterThan(0);
    // At 300 px nothing sticks out sideways.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(300);
    await page.screenshot({ path: artifactPath(`sidebar-${tab}.png`), fullPage: true });
    // axe-core in the page: no serious or critical violation (contrast, names, roles, ...).
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('what the coordinator sees first', () => {
  test('the Overview opens on the last complete month, and its selects say what they choose', async () => {
    const page = await openSidebar();
    await waitIdle(page, 'overview');
    const now = new Date();
    const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    const expected = `${last.getUTCFullYear()}-${String(last.getUTCMonth() + 1).padStart(2, '0')}`;
    expect(await page.inputValue('#overview-period')).toBe(expected);
    await page.waitForSelector(`#overview-results[data-period="${expected}"]`);
    expect(await page.textContent('label[for="overview-period"]')).toBe('Какой месяц');
    expect(await page.textContent('label[for="overview-kind"]')).toBe('Показать за');
    await page.selectOption('#overview-kind', 'quarter');
    expect(await page.textContent('label[for="overview-period"]')).toBe('Какой квартал');
    await page.close();
  });

  test('the Overview draws the last 12 months of each indicator as bars', async () => {
    const page = await openSidebar();
    await showPeriod(page, 'month', '2026-10');
    const trends = await page.$$eval('#overview-trends li', (items) =>
      items.map((li) => ({
        bars: li.querySelectorAll('.spark-bar').length,
        name: li.querySelector('.spark')?.getAttribute('aria-label') ?? '',
      })),
    );
    expect(trends).toHaveLength(14);
    expect(trends.every((t) => t.bars === 12)).toBe(true);
    expect(trends[0]?.name).toContain('Октябрь 2026: 7');
    await page.close();
  });

  test('a problem card says where once: row and column, then only what is wrong', async () => {
    const page = await openSidebar();
    await openTab(page, 'problems');
    const card = page.locator('button.problem').first();
    const where = (await card.locator('.where').textContent()) ?? '';
    const message = (await card.locator('.message').textContent()) ?? '';
    expect(where).toMatch(/Строка \d+/);
    expect(message).not.toMatch(/[Сс]трока \d+|Лист «/);
    await page.close();
  });
});

describe('Overview', () => {
  test('October 2026 shows what `korgoo report --period 2026-10 --format json` gives', async () => {
    const expected = cliReport(demoPath, '--period', '2026-10').indicators;
    const page = await openSidebar();
    await showPeriod(page, 'month', '2026-10');
    expect(await shownFigures(page)).toEqual(expected);
    await page.close();
  });

  test('the change column is this month minus the one before (the CLI for September)', async () => {
    const october = cliReport(demoPath, '--period', '2026-10').indicators;
    const september = cliReport(demoPath, '--period', '2026-09').indicators;
    const page = await openSidebar();
    await showPeriod(page, 'month', '2026-10');
    const changes = await page.$$eval('#overview-table tbody tr', (trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-indicator') ?? '',
        tr.querySelector('td.change')?.textContent ?? '',
      ]),
    );
    for (const [id, text] of changes) {
      const diff = (october[id ?? ''] ?? 0) - (september[id ?? ''] ?? 0);
      const shown = Number((text ?? '').replace('\u2212', '-').replace(/[^\d+-]/g, ''));
      expect([id, shown]).toEqual([id, diff]);
    }
    await page.close();
  });

  test('"since start" shows the seed\'s table', async () => {
    const page = await openSidebar();
    await showPeriod(page, 'all');
    expect(await shownFigures(page)).toEqual(SEED_FIGURES);
    expect(await page.textContent('#overview-table caption')).toContain('за всё время');
    await page.close();
  });

  test('the committee filter cuts the figures to that committee (as the CLI does)', async () => {
    const expected = cliReport(demoPath, '--period', 'all', '--committee', 'KANT').indicators;
    const page = await openSidebar();
    await showPeriod(page, 'all', undefined, 'KANT');
    const shown = await shownFigures(page);
    expect(shown).toEqual(expected);
    expect(shown.committees_active).toBe(1);
    expect(shown).not.toEqual(SEED_FIGURES);
    await page.close();
  });

  test('members by sector group add up to the active members', async () => {
    const page = await openSidebar();
    await showPeriod(page, 'all');
    const counts = await page.$$eval('#overview-sectors td.value', (tds) =>
      tds.map((td) => Number((td.textContent ?? '').replace(/[^\d]/g, ''))),
    );
    expect(counts).toHaveLength(4);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(SEED_FIGURES.members_active);
    await page.close();
  });
});

describe('Problems', () => {
  test('grouped by sheet with counts; a click makes the server select that range', async () => {
    const page = await openSidebar();
    await openTab(page, 'problems');
    const groups = await page.$$('#problems-results section.problem-group');
    expect(groups.length).toBeGreaterThan(0);
    const summary = await page.textContent('#problems-results .summary');
    expect(summary).toMatch(/Ошибок: \d+, предупреждений: \d+/);
    const target = page.locator('button.problem').nth(1);
    const sheet = await target.getAttribute('data-sheet');
    const a1 = await target.getAttribute('data-a1');
    const before = server.state.selected.length;
    await target.click();
    await page.waitForFunction(
      `document.querySelector('#panel-problems .status').dataset.kind === 'done'`,
    );
    const selected = (await (await fetch(`${server.url}api/_selected`)).json()) as {
      sheet: string;
      a1: string;
    }[];
    expect(selected.length).toBe(before + 1);
    expect(selected.at(-1)).toEqual({ sheet, a1 });
    expect(a1).toMatch(/^[A-Z]+\d+$|^\d+:\d+$/);
    expect(await page.textContent('#panel-problems .status')).toContain(a1 ?? '');
    await page.close();
  });
});

describe('Digest', () => {
  test('the preview shows the digest HTML exactly as rendered for sending, in a sandboxed iframe', async () => {
    const page = await openSidebar();
    await openTab(page, 'digest');
    await page.selectOption('#digest-month', '2026-10');
    await page.selectOption('#digest-lang', 'ru');
    await page.click('#digest-show');
    await waitIdle(page, 'digest');
    const frame = page.locator('#digest-frame');
    expect(await frame.getAttribute('sandbox')).toBe('');
    const analysis = await analyseXlsx(demoPath);
    const expected = renderPreviewDigest(analysis, '2026-10', 'ru', null);
    expect(await frame.evaluate((el) => (el as unknown as { srcdoc: string }).srcdoc)).toBe(
      expected.html,
    );
    const body = page.frameLocator('#digest-frame').locator('body');
    await body.waitFor();
    expect(await body.textContent()).toContain('Korgoo');
    expect(await page.textContent('#digest-info')).toContain(expected.subject);
    expect(await page.textContent('#digest-recipients')).toMatch(/Получателей: \d+/);
    expect(await page.textContent('#digest-schedule')).toBeTruthy();
    await page.close();
  });

  test('the recipient list shows address, language, region and threshold of each', async () => {
    const page = await openSidebar();
    await openTab(page, 'digest');
    const analysis = await analyseXlsx(demoPath);
    const emails = await page.$$eval('#digest-recipient-list li .email', (es) =>
      es.map((e) => e.textContent ?? ''),
    );
    expect(emails).toEqual(activeRecipients(analysis.dataset).map((r) => r.email));
    const lines = await page.$$eval('#digest-recipient-list li .secondary', (es) =>
      es.map((e) => e.textContent ?? ''),
    );
    for (const line of lines)
      expect(line).toMatch(/^(Русский|Кыргызча|English) · .+ · порог (\d+|нет)$/);
    await page.close();
  });

  test('the preview fits the 300 px panel, scaled, and opens full size in a new window', async () => {
    const page = await openSidebar();
    await openTab(page, 'digest');
    const box = (await page.evaluate(
      `(() => { const b = document.querySelector('.digest-box').getBoundingClientRect(); const f = document.querySelector('#digest-frame').getBoundingClientRect(); return { box: b.right, frame: f.right, width: f.width }; })()`,
    )) as { box: number; frame: number; width: number };
    expect(box.frame).toBeLessThanOrEqual(box.box + 0.5);
    expect(box.width).toBeLessThan(300);
    // The digest in its frame is laid out at 360 px: it has no sideways scroll there.
    const inner = page.frameLocator('#digest-frame').locator('html');
    expect(await inner.evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(360);
    const popup = page.waitForEvent('popup');
    await page.click('#digest-full');
    const win = await popup;
    const frame = win.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    await win.frameLocator('iframe').locator('h2').first().waitFor();
    expect(await win.frameLocator('iframe').locator('h2').first().textContent()).toBe(
      'Основные показатели',
    );
    await win.close();
    await page.close();
  });
});

describe('calls show progress and errors', () => {
  test('a button is disabled and the status says so while its call runs', async () => {
    const slow = await preview(demoPath, 700);
    try {
      const page = await openSidebar(slow.url);
      await openTab(page, 'problems');
      await page.click('#problems-refresh');
      expect(await page.isDisabled('#problems-refresh')).toBe(true);
      expect(await page.getAttribute('#panel-problems .status', 'data-kind')).toBe('progress');
      await waitIdle(page, 'problems');
      expect(await page.isEnabled('#problems-refresh')).toBe(true);
      await page.close();
    } finally {
      await slow.close();
    }
  });

  test('overlapping calls: the first answer does not give the button back while the second runs', async () => {
    // August's call is held far longer than September's, so the page has September's answer in
    // hand while August's still runs, however slow the machine.
    const august = (args: readonly unknown[]) => JSON.stringify(args).includes('2026-08');
    const slow = await preview(demoPath, (args) => (august(args) ? 6000 : 500));
    try {
      const page = await openSidebar(slow.url);
      await waitIdle(page, 'overview');
      const isOverview = (url: string) => url.endsWith('/api/sidebarOverview');
      const firstCall = page.waitForRequest((r) => isOverview(r.url()));
      const firstAnswer = page.waitForResponse((r) => isOverview(r.url()));
      await page.selectOption('#overview-period', '2026-09');
      // The second call starts once the first is on its way.
      await firstCall;
      await page.selectOption('#overview-period', '2026-08');
      // The first answer is in, body and all, and the page has done with it.
      await (await firstAnswer).finished();
      await settled(page);
      // The call for August still runs: its button stays disabled, its progress stays shown.
      expect(await page.isDisabled('#overview-show')).toBe(true);
      expect(await page.getAttribute('#panel-overview .status', 'data-kind')).toBe('progress');
      await page.waitForSelector('#overview-results[data-period="2026-08"]');
      await waitIdle(page, 'overview');
      expect(await page.isEnabled('#overview-show')).toBe(true);
      expect(await page.getAttribute('#panel-overview .status', 'data-kind')).toBe('idle');
      await page.close();
    } finally {
      await slow.close();
    }
  });

  test('a failing call shows its error and gives the button back', async () => {
    const page = await openSidebar();
    await openTab(page, 'setup');
    // The preview cannot set up sheets (Google Sheets only): the server says so.
    await page.click('#setup-sheets');
    await page.waitForFunction(
      `document.querySelector('#panel-setup .status').dataset.kind === 'error'`,
    );
    expect(await page.textContent('#panel-setup .status')).toContain('Google');
    expect(await page.isEnabled('#setup-sheets')).toBe(true);
    await page.close();
  });
});

describe('Set-up', () => {
  test('saving the language redraws the panel in it and still says what to do next', async () => {
    const own = await preview(demoPath);
    try {
      const page = await openSidebar(own.url);
      await openTab(page, 'setup');
      await page.selectOption('#setup-lang', 'en');
      await page.click('#setup-save-lang');
      await page.waitForFunction(
        `document.querySelector('#tab-overview')?.textContent === 'Overview'`,
      );
      expect(await page.getAttribute('#tab-setup', 'aria-selected')).toBe('true');
      await page.waitForFunction(
        `document.querySelector('#panel-setup .status')?.dataset.kind === 'done'`,
      );
      expect(await page.textContent('#panel-setup .status')).toMatch(/^Workbook language: English/);
      await page.close();
    } finally {
      await own.close();
    }
  });
});

describe('XSS payloads from the sheets execute nothing', () => {
  let xss: Preview;
  beforeAll(async () => {
    xss = await preview(await writeXssDemo(tempDir()));
  });
  afterAll(async () => {
    await xss?.close();
  });

  test('in committee names, topics and problem values, on every tab', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(xss.url);
    await page.waitForSelector('#tab-overview');
    await waitIdle(page, 'overview');
    // The payloads are there, as text: the committee filter lists them.
    const options = await page.$$eval('#overview-committee option', (os) =>
      os.map((o) => o.textContent ?? ''),
    );
    expect(options.join('\n')).toContain(XSS.script);
    expect(options.join('\n')).toContain(XSS.img);
    await page.selectOption('#overview-committee', { index: 1 });
    await waitIdle(page, 'overview');
    await openTab(page, 'problems');
    const problems = (await page.textContent('#problems-results')) ?? '';
    for (const payload of [XSS.closeScript, XSS.img, XSS.jsLink])
      expect(problems).toContain(payload);
    for (const button of await page.$$('button.problem')) await button.hover();
    await page.screenshot({ path: artifactPath('sidebar-xss.png'), fullPage: true });
    await page.locator('button.problem').first().click();
    // The To do tab names committees too (their names are payloads here): as text only.
    await openTab(page, 'todo');
    await openTab(page, 'digest');
    await openTab(page, 'setup');
    await settled(page);
    // Nothing became an element, no handler ran, no dialog opened.
    expect(
      await page.$$(
        '#app script, #app img, #app svg, #app a[href^="javascript"], #app iframe:not(#digest-frame), #xss-link',
      ),
    ).toHaveLength(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('keyboard', () => {
  /** What has focus: its id, or its tag when it has none. */
  const focused = (page: Page) =>
    page.evaluate(
      'document.activeElement ? (document.activeElement.id || document.activeElement.tagName) : ""',
    ) as Promise<string>;

  /** Every enabled, visible control of the page: tabs, and the open panel's buttons and selects. */
  const controls = (page: Page) =>
    page.evaluate(
      `Array.from(document.querySelectorAll('button, select, a[href]')).filter((el) => !el.disabled && el.offsetParent !== null).map((el) => el.id)`,
    ) as Promise<string[]>;

  test.each(TABS)(
    'Tab reaches every tab and every control of %s, and focus is visible',
    async (tab) => {
      const page = await openSidebar();
      await openTab(page, tab);
      const wanted = await controls(page);
      expect(wanted).toEqual(expect.arrayContaining(TABS.map((t) => `tab-${t}`)));
      expect(wanted.every((id) => id !== '')).toBe(true);
      await page.evaluate('document.activeElement && document.activeElement.blur()');
      const reached = new Set<string>();
      for (let i = 0; i < wanted.length + 20; i++) {
        await page.keyboard.press('Tab');
        reached.add(await focused(page));
      }
      expect([...wanted].filter((id) => !reached.has(id))).toEqual([]);
      await page.focus(`#tab-${tab}`);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(`getComputedStyle(document.activeElement).outlineStyle`);
      expect(outline).toBe('solid');
      await page.close();
    },
  );

  test('Enter and the arrow keys switch tabs', async () => {
    const page = await openSidebar();
    await page.focus('#tab-overview');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('tab-todo');
    expect(await page.getAttribute('#tab-todo', 'aria-selected')).toBe('true');
    await page.focus('#tab-setup');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#tab-setup', 'aria-selected')).toBe('true');
    expect(await page.isVisible('#panel-setup')).toBe(true);
    await page.close();
  });
});
