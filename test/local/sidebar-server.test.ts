/**
 * The preview server over HTTP: the page with the shim and the local stylesheet in place of
 * Google's, the server functions as JSON, the recorded selections, and what it refuses.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildDemoRows } from '../../src/core/demo';
import { type Preview, startPreview } from '../../src/local/sidebar-server/server';
import { langOfSheetNames } from '../../src/local/sidebar-server/workbook';
import { BUILD_DIR, ensureBuilt, ROOT } from '../gas/load-bundle';
import { writtenByKorgoo } from './xlsx/written';

let preview: Preview;

beforeAll(async () => {
  ensureBuilt();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'korgoo-preview-')), 'demo.xlsx');
  copyFileSync(await writtenByKorgoo('demo', 'ky', buildDemoRows('ky')), file);
  preview = await startPreview({
    workbook: file,
    sidebarHtml: path.join(BUILD_DIR, 'Sidebar.html'),
    localCss: path.join(ROOT, 'src', 'ui', 'addon-local.css'),
    port: 0,
  });
});

afterAll(() => preview?.close());

const call = (name: string, args: unknown[] = [], type = 'application/json') =>
  fetch(`${preview.url}api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body: JSON.stringify(args),
  });

test('listens on 127.0.0.1 only', () => {
  expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('the page: the shim before the sidebar, the local stylesheet instead of the network one', async () => {
  const html = await (await fetch(preview.url)).text();
  expect(html).not.toContain('ssl.gstatic.com');
  expect(html).toContain('<style id="addon-local-css">');
  expect(html.indexOf('google-script-run-shim')).toBeLessThan(html.indexOf('<div id="app"'));
});

test("a server function answers JSON, in the workbook's language (told by its sheet names)", async () => {
  const answer = (await (await call('sidebarInit')).json()) as {
    ok: boolean;
    value: { lang: string };
  };
  expect(answer).toMatchObject({ ok: true, value: { lang: 'ky' } });
  expect(langOfSheetNames(['Committees'])).toBe('en');
  expect(langOfSheetNames(['Sheet1'])).toBe('ru');
});

test("errors come back as {ok: false, error} with the coordinator's message", async () => {
  const answer = (await (await call('sidebarOverview', [{ period: 'never' }])).json()) as {
    ok: boolean;
    error: string;
  };
  expect(answer.ok).toBe(false);
  expect(answer.error).toContain('never');
});

test('selections are recorded and listed at /api/_selected', async () => {
  const answer = (await (
    await call('sidebarSelectCell', [{ sheet: 'Иш-чаралар', a1: 'B2' }])
  ).json()) as { ok: boolean };
  expect(answer.ok).toBe(true);
  expect(await (await fetch(`${preview.url}api/_selected`)).json()).toEqual([
    { sheet: 'Иш-чаралар', a1: 'B2' },
  ]);
});

test('refuses unknown functions, other content types and other paths', async () => {
  expect((await call('eval')).status).toBe(404);
  expect((await call('sidebarInit', [], 'text/plain')).status).toBe(415);
  expect((await fetch(`${preview.url}../package.json`)).status).toBe(404);
  expect((await fetch(`${preview.url}api/sidebarInit`)).status).toBe(404);
});

/** A request exactly as written: no URL normalisation, any Host header. */
function raw(rawPath: string, host = `127.0.0.1:${preview.port}`): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: preview.port, path: rawPath, method: 'GET', headers: { host } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

test('no file outside its routes: ../ and its encodings are not found', async () => {
  for (const p of [
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '//etc/passwd',
  ])
    expect([p, await raw(p)]).toEqual([p, 404]);
  expect(await raw('/')).toBe(200);
});

test('answers only to its own address: a rebound DNS name gets nothing (Host checked)', async () => {
  expect(await raw('/', `localhost:${preview.port}`)).toBe(200);
  expect(await raw('/', `evil.example:${preview.port}`)).toBe(403);
  expect(await raw('/api/_selected', 'evil.example')).toBe(403);
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: preview.port,
        path: '/api/sidebarProblems',
        method: 'POST',
        headers: { host: 'evil.example', 'content-type': 'application/json' },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('[]');
  });
  expect(status).toBe(403);
});
