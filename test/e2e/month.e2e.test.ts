/**
 * The Month tab in a real browser at 300 px, against the preview server (the same server
 * functions as the add-on): approve, return with a note, reopen and approve again.
 */
import type { Browser, Page } from 'playwright-core';
import type { Preview } from '../../src/local/sidebar-server/server';
import { seriousViolations } from './axe';
import { artifactPath, launchChromium } from './chromium';
import { ensureSidebarBuilt, preview, tempDir, writeDemo } from './sidebar-fixtures';

let browser: Browser;
let server: Preview;

beforeAll(async () => {
  ensureSidebarBuilt();
  server = await preview(await writeDemo(tempDir()));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    `(() => { const s = document.querySelector('#panel-month .status'); return s && s.dataset.kind !== 'progress' && s.dataset.kind !== undefined; })()`,
  );
}

async function openMonth(month: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.goto(server.url);
  await page.click('#tab-month');
  await page.waitForSelector('#panel-month:not([hidden])');
  await waitIdle(page);
  await page.selectOption('#month-month', month);
  await page.waitForSelector(`#month-results[data-month="${month}"]`);
  await waitIdle(page);
  return page;
}

const card = (id: string) => `#month-results section[data-committee="${id}"]`;

async function statusText(page: Page): Promise<{ kind: string; text: string }> {
  return {
    kind: (await page.getAttribute('#panel-month .status', 'data-kind')) ?? '',
    text: ((await page.textContent('#panel-month .status')) ?? '').trim(),
  };
}

/** Clicks an action and waits until the call is over (the status says done or error). */
async function act(page: Page, action: string, id: string, note?: string): Promise<void> {
  if (note !== undefined) await page.fill(`#month-note-${id}`, note);
  await page.click(`#month-${action}-${id}`);
  await waitIdle(page);
}

describe('the Month tab', () => {
  test('shows every committee with its rows, open errors and status', async () => {
    const page = await openMonth('2026-09');
    const ids = await page.$$eval('#month-results section.month-committee', (sections) =>
      sections.map((s) => s.getAttribute('data-committee')),
    );
    expect(ids).toEqual(expect.arrayContaining(['KANT', 'ANAN', 'CHSO']));
    expect(await page.getAttribute(card('ANAN'), 'data-status')).toBe('open');
    // KANT's September holds the demo's deliberate errors: the card says how many.
    expect(await page.textContent(card('KANT'))).toMatch(/ошибок: [1-9]/);
    expect(await page.textContent('#month-results .summary')).toContain('Утверждено: 0 из');
    await page.close();
  });

  test('approve, return with a note, reopen and approve again', async () => {
    const page = await openMonth('2026-09');
    await act(page, 'approve', 'ANAN');
    expect(await statusText(page)).toEqual({
      kind: 'done',
      text: expect.stringContaining('Утверждён: ANAN'),
    });
    expect(await page.getAttribute(card('ANAN'), 'data-status')).toBe('approved');
    expect(await page.textContent(`${card('ANAN')} .month-status`)).toMatch(
      /Утверждён · preview · \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/,
    );
    // Approved: only "reopen" is offered now.
    expect(await page.$(`#month-approve-ANAN`)).toBeNull();

    // A month with open errors is approved only with a note.
    await act(page, 'approve', 'KANT');
    expect(await statusText(page)).toEqual({
      kind: 'error',
      text: expect.stringContaining('напишите примечание'),
    });
    expect(await page.getAttribute(card('KANT'), 'data-status')).toBe('open');
    await act(page, 'approve', 'KANT', 'Ошибки в двух строках проверяются');
    expect(await page.getAttribute(card('KANT'), 'data-status')).toBe('approved');

    // Return needs a note saying what to fix; the card then shows it.
    await act(page, 'return', 'CHSO');
    expect((await statusText(page)).kind).toBe('error');
    await act(page, 'return', 'CHSO', 'Нет числа участников 12.09');
    expect(await page.getAttribute(card('CHSO'), 'data-status')).toBe('returned');
    expect(await page.textContent(card('CHSO'))).toContain(
      'Примечание: Нет числа участников 12.09',
    );

    await act(page, 'reopen', 'ANAN', 'Пришёл поздний отчёт');
    expect(await page.getAttribute(card('ANAN'), 'data-status')).toBe('reopened');
    await act(page, 'approve', 'ANAN');
    expect(await page.getAttribute(card('ANAN'), 'data-status')).toBe('approved');
    expect(await page.textContent('#month-results .summary')).toContain('Утверждено: 2 из');

    // The Overview tells the month's approval status too.
    await page.click('#tab-overview');
    await page.waitForSelector('#overview-results[data-period]');
    await page.selectOption('#overview-period', '2026-09');
    await page.waitForSelector('#overview-results[data-period="2026-09"]');
    await page.waitForSelector('#overview-approval');
    expect(await page.textContent('#overview-approval')).toContain('Утверждено: 2 из');

    await page.click('#tab-month');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(300);
    await page.screenshot({ path: artifactPath('sidebar-month.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
