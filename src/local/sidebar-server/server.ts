import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorText } from '../../core/error-text';
import { isSidebarFunction, type SidebarApi } from '../../core/sidebar/api';
import { createSidebarServer } from '../../core/sidebar/server';
import type { WallTime } from '../../core/time/wall-time';
import { previewPage } from './page';
import { localPorts, type PreviewState } from './ports';
import { LocalWorkbook } from './workbook';

export interface PreviewOptions {
  /** The .xlsx the sidebar reads. */
  readonly workbook: string;
  /** build/Sidebar.html and the local add-on stylesheet. */
  readonly sidebarHtml: string;
  readonly localCss: string;
  /** 0 for any free port. */
  readonly port: number;
  /**
   * Milliseconds each server function waits before answering (to watch progress in tests), or
   * a function of the call's arguments giving them (one call slower than another).
   */
  readonly delayMs?: number | ((args: readonly unknown[]) => number);
  /** The day the preview takes for today (a test's fixed day); the real one when absent. */
  readonly today?: WallTime;
}

export interface Preview {
  readonly url: string;
  readonly port: number;
  readonly state: PreviewState;
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json', JSON.stringify(value));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * One server function over HTTP. The arguments arrive as a JSON array and the result leaves
 * as JSON, as google.script.run passes them. Only application/json is taken: a page of another
 * origin cannot send that without a preflight this server never answers.
 */
async function callApi(
  api: SidebarApi,
  workbook: LocalWorkbook,
  name: string,
  request: IncomingMessage,
  response: ServerResponse,
  delayMs: number | ((args: readonly unknown[]) => number),
): Promise<void> {
  if (!isSidebarFunction(name))
    return sendJson(response, 404, { ok: false, error: `no server function ${name}` });
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(response, 415, { ok: false, error: 'application/json expected' });
  }
  try {
    const args: unknown = JSON.parse((await readBody(request)) || '[]');
    if (!Array.isArray(args)) throw new Error('arguments must be a JSON array');
    await workbook.refresh();
    const wait = typeof delayMs === 'number' ? delayMs : delayMs(args);
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    const fn = api[name] as (...a: unknown[]) => unknown;
    const value = fn(...args);
    sendJson(response, 200, { ok: true, value });
  } catch (error) {
    sendJson(response, 200, {
      ok: false,
      error: errorText(error),
    });
  }
}

/** Serves the sidebar with its shim on 127.0.0.1, its server functions over HTTP. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const [html, css] = await Promise.all([
    readFile(options.sidebarHtml, 'utf8'),
    readFile(options.localCss, 'utf8'),
  ]);
  const page = previewPage(html, css);
  const workbook = new LocalWorkbook(options.workbook);
  await workbook.refresh();
  const state: PreviewState = {
    lang: null,
    selected: [],
    approvals: { approvals: [], figures: [] },
  };
  const api = createSidebarServer(localPorts(workbook, state, options.today));

  // Filled once listening: the Host a browser sends for this server. Any other name (a DNS name
  // rebound to 127.0.0.1 by a page elsewhere) is refused, so no other site reads the workbook.
  const hosts = new Set<string>();
  const server: Server = createServer((request, response) => {
    if (!hosts.has(String(request.headers.host ?? '').toLowerCase()))
      return send(response, 403, 'text/plain', 'forbidden');
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (
      request.method === 'GET' &&
      (path === '/' || path === '/index.html' || path === '/Sidebar.html')
    ) {
      return send(response, 200, 'text/html', page);
    }
    if (request.method === 'GET' && path === '/api/_selected')
      return sendJson(response, 200, state.selected);
    const api_ = /^\/api\/([A-Za-z]+)$/.exec(path);
    if (request.method === 'POST' && api_?.[1]) {
      void callApi(api, workbook, api_[1], request, response, options.delayMs ?? 0);
      return;
    }
    send(response, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`);
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
