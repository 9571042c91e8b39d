/**
 * The built add-on, loaded as Apps Script loads it: build/Code.js evaluated (as gas-local does)
 * in one `vm` context whose globals are the typed fakes, and nothing else. The bundle is built once
 * (`node scripts/build-gas.mjs`) and rebuilt only when a source is newer than the build; a
 * lock keeps parallel jest workers from building at the same time.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as gas from 'gas-local';
import {
  createFakeServices,
  type FakeServices,
  type FakeServicesOptions,
  type FakeTrigger,
} from '../fakes';
import { bindBuiltins } from '../helpers/bind-builtins';

/** The project root: the nearest folder up with package.json (also when bundled into dist/). */
function projectRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

export const ROOT = projectRoot(__dirname);
export const BUILD_DIR = path.join(ROOT, 'build');
export const CODE_JS = path.join(BUILD_DIR, 'Code.js');
export const MANIFEST_JSON = path.join(BUILD_DIR, 'appsscript.json');
export const ENTRY_POINTS_JSON = path.join(ROOT, 'dist', 'entry-points.json');
const OUTPUTS = [CODE_JS, path.join(BUILD_DIR, 'appsscript.json'), ENTRY_POINTS_JSON];
const LOCK = path.join(ROOT, 'node_modules', '.cache', 'korgoo-build-gas.lock');
const STALE_LOCK_MS = 180_000;

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function upToDate(): boolean {
  if (!OUTPUTS.every((file) => fs.existsSync(file))) return false;
  const sources = Math.max(
    newestIn(path.join(ROOT, 'src')),
    ...['scripts/build-gas.mjs', 'appsscript.json', 'package-lock.json'].map(
      (file) => fs.statSync(path.join(ROOT, file)).mtimeMs,
    ),
  );
  return Math.min(...OUTPUTS.map((file) => fs.statSync(file).mtimeMs)) > sources;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withBuildLock(work: () => void): void {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A worker that died holding the lock must not block every later run.
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else sleep(100);
    }
  }
  try {
    work();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Runs `node scripts/build-gas.mjs` unless build/ is newer than every source. */
export function ensureBuilt(): void {
  withBuildLock(() => {
    if (!upToDate()) execFileSync('node', ['scripts/build-gas.mjs'], { cwd: ROOT, stdio: 'pipe' });
  });
}

/** The entry points the build found in src/gas/index.ts (dist/entry-points.json). */
export function entryPoints(): string[] {
  return JSON.parse(fs.readFileSync(ENTRY_POINTS_JSON, 'utf8')) as string[];
}

/** A gas-local context: the bundle's top-level declarations are its properties. */
export type GasContext = Record<string, unknown>;

/**
 * The context gas-local evaluates the bundle in (it takes one already made as it is), with the
 * builtins bound first: the bundle's lookups of Object, Array, Math… run at full speed instead
 * of through the context's interceptor (test/helpers/bind-builtins.ts). Date too, here: jest's
 * fake timers never reach this context, and tests only set `Date.now` on the same object.
 */
function contextOf(globals: Record<string, unknown>): GasContext {
  const context = vm.createContext(globals);
  bindBuiltins(context);
  vm.runInContext('const { Date } = globalThis;', context);
  return context;
}

/**
 * build/Code.js read and compiled once per build (by its time), run in each fresh context: what
 * gas-local's require does for the build folder's one .js file (read it, run it in the context
 * under its path), without reading, decoding and compiling 250 KB again at every load.
 */
let compiled: { mtimeMs: number; script: vm.Script } | null = null;
function bundleScript(): vm.Script {
  const mtimeMs = fs.statSync(CODE_JS).mtimeMs;
  if (compiled?.mtimeMs !== mtimeMs) {
    const code = fs.readFileSync(CODE_JS, 'utf8');
    compiled = { mtimeMs, script: new vm.Script(code, { filename: CODE_JS }) };
  }
  return compiled.script;
}

/** Evaluates build/Code.js in a fresh context holding exactly `globals` (over gas-local's mock). */
export function loadBundle(globals: Record<string, unknown>): GasContext {
  const context = contextOf({ __proto__: gas.globalMockDefault, ...globals });
  bundleScript().runInContext(context);
  return context;
}

/** Evaluates build/Code.js in a context holding nothing at all: no service, no mock. */
export function loadBundleBare(): GasContext {
  return gas.require(BUILD_DIR, contextOf({}));
}

/** Calls a top-level function of the context as Apps Script calls a trigger or a menu item. */
export function callEntry(ctx: GasContext, name: string, ...args: unknown[]): unknown {
  const fn = ctx[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a global function of the bundle`);
  return (fn as (...a: unknown[]) => unknown).apply(ctx, args);
}

export interface AddOn {
  /** The fakes: the spreadsheet, the Ui, the properties, the lock, the call counter. */
  readonly s: FakeServices;
  readonly ctx: GasContext;
  /** Runs an entry point (onOpen, setUpWorkbook, validateNow, onEdit, …) of the bundle. */
  run(name: string, ...args: unknown[]): unknown;
  /**
   * Fires a time-driven trigger as Google does for an add-on: no active spreadsheet, no UI,
   * as its owner. Without an argument, the one clock trigger of the open document.
   */
  runClock(trigger?: FakeTrigger): unknown;
}

/** The scopes build/appsscript.json asks for: what a user who installed the add-on granted. */
export function manifestScopes(): string[] {
  return (JSON.parse(fs.readFileSync(MANIFEST_JSON, 'utf8')) as { oauthScopes: string[] })
    .oauthScopes;
}

/** Whether build/appsscript.json enables the Sheets advanced service (Sheets API v4). */
export function manifestEnablesSheetsApi(): boolean {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST_JSON, 'utf8')) as {
    dependencies?: { enabledAdvancedServices?: { userSymbol: string; serviceId: string }[] };
  };
  return (manifest.dependencies?.enabledAdvancedServices ?? []).some(
    (service) => service.userSymbol === 'Sheets' && service.serviceId === 'sheets',
  );
}

/**
 * The one context add-ons share (see loadAddOn), made for the build it holds, with the
 * add-on that ran last in it and the context's own Date.now (a test may replace it).
 */
interface Shared {
  mtimeMs: number;
  ctx: GasContext;
  Date: DateConstructor;
  now: () => number;
  bound: { now: () => number } | null;
  /** Names a service was given under: each is the bound add-on's or absent. */
  names: Set<string>;
}

/**
 * Kept on an object of Node's own vm module, which every test file of a jest worker shares
 * (each file has its own copy of this module): the bundle loaded once per worker and per build.
 */
const WORKER = vm.Script as unknown as { [key: symbol]: Shared | undefined };
const SHARED = Symbol.for('korgoo.test.sharedBundle');

function sharedContext(globals: Record<string, unknown>): Shared {
  const mtimeMs = fs.statSync(CODE_JS).mtimeMs;
  let shared = WORKER[SHARED];
  if (shared?.mtimeMs !== mtimeMs) {
    const ctx = contextOf({ __proto__: gas.globalMockDefault, ...globals });
    bundleScript().runInContext(ctx);
    const D = vm.runInContext('Date', ctx) as DateConstructor;
    shared = { mtimeMs, ctx, Date: D, now: D.now, bound: null, names: new Set() };
    WORKER[SHARED] = shared;
  }
  return shared;
}

/**
 * A fresh set of fakes, and the bundle loaded in the one context of this jest worker, given
 * these fakes as its globals before each run. A context per add-on cost each test the bundle's
 * evaluation and, above all, cold code: in a new context every function of the bundle starts
 * unoptimised again, and a 10,000-row Validate now or form response ran about twice as slowly.
 * The bundle keeps nothing between runs but pure caches (zone offsets, parsed labels), as on
 * Google, where every execution starts afresh; the services and Date.now (which a test may
 * set on the context's Date) are each add-on's own, put in place whenever it runs. The fakes
 * hand out dates of the context's own Date class, so `instanceof Date` holds inside the bundle.
 * The user granted the built manifest's scopes (unless the options say otherwise): a call whose
 * scope the manifest lacks fails as on Google.
 */
export function loadAddOn(options: FakeServicesOptions = {}): AddOn {
  const s = createFakeServices({
    grantedScopes: manifestScopes(),
    sheetsApi: manifestEnablesSheetsApi(),
    ...options,
  });
  const globals = s.globals();
  const context = sharedContext(globals);
  const { ctx } = context;
  const own = { now: context.now };
  const bind = (): void => {
    if (context.bound !== own) {
      if (context.bound) context.bound.now = context.Date.now;
      const record = ctx as Record<string, unknown>;
      for (const name of context.names) delete record[name];
      for (const name of Object.keys(globals)) context.names.add(name);
      Object.assign(record, globals);
      context.Date.now = own.now;
      context.bound = own;
    }
    s.useDateClass(context.Date);
  };
  bind();
  const runClock = (trigger?: FakeTrigger): unknown => {
    bind();
    const clock =
      trigger ??
      s.ScriptApp.triggers.find(
        (t) =>
          t.describe().eventType === 'CLOCK' && t.describe().documentId === s.context.document.id,
      );
    if (!clock) throw new Error('This document has no time-driven trigger');
    return s.runAsClock(clock, (handler, event) => callEntry(ctx, handler, event));
  };
  const run = (name: string, ...args: unknown[]): unknown => {
    bind();
    return callEntry(ctx, name, ...args);
  };
  return { s, ctx, run, runClock };
}
