import * as vm from 'node:vm';

/** The runtime jest.config.js names: each module compiled once per worker (test/jest-runtime.js). */
const { compileOnce } = require('./jest-runtime') as {
  compileOnce: (executor: Executor) => void;
};

type Compiled = (...args: unknown[]) => void;
interface Executor {
  compile: (source: string, filename: string) => Compiled | null;
  injectedModuleParameters: string[];
  environment: { getVmContext(): vm.Context | null };
}

/** An executor as jest-runtime's, compiling with compileFunction and counting its compiles. */
function executorIn(context: vm.Context | null) {
  const compiled: string[] = [];
  const executor: Executor = {
    injectedModuleParameters: ['module', 'exports', 'require'],
    environment: { getVmContext: () => context },
    compile(source, filename) {
      compiled.push(filename);
      return vm.compileFunction(source, this.injectedModuleParameters, {
        filename,
        parsingContext: context ?? undefined,
      }) as Compiled;
    },
  };
  compileOnce(executor);
  return { executor, compiled };
}

/** Runs a compiled module as jest does, returning its exports. */
function exportsOf(fn: Compiled | null): Record<string, unknown> {
  if (!fn) throw new Error('no function');
  const module = { exports: {} as Record<string, unknown> };
  fn.call(module.exports, module, module.exports, () => undefined);
  return module.exports;
}

const SOURCE = [
  "'use strict';",
  'let count = 0;',
  'exports.next = () => ++count;',
  'exports.global = globalThis;',
  'exports.strict = (function () { return this === undefined; })();',
  'exports.line = () => new Error().stack.split("\\n")[1];',
].join('\n');

test("the second file's context runs the same module with its own globals and its own state", () => {
  const first = vm.createContext({ name: 'first' });
  const second = vm.createContext({ name: 'second' });
  const a = exportsOf(executorIn(first).executor.compile(SOURCE, '/x/shared-1.js'));
  const { executor, compiled } = executorIn(second);
  const b = exportsOf(executor.compile(SOURCE, '/x/shared-1.js'));
  // Not compiled by jest's compile at all: the script of the first file is reused.
  expect(compiled).toEqual([]);
  expect((a.global as { name: string }).name).toBe('first');
  expect((b.global as { name: string }).name).toBe('second');
  (a.next as () => number)();
  (a.next as () => number)();
  expect((b.next as () => number)()).toBe(1);
  expect(a.strict).toBe(true);
  // Line 6 of the file is still line 6 in a stack trace.
  // A function of the first context, not of this one.
  expect(a.next).not.toBeInstanceOf(Function);
  expect((a.line as () => string)()).toContain('/x/shared-1.js:6:');
});

test('a changed text of the same file is compiled anew', () => {
  const context = vm.createContext({});
  const { executor } = executorIn(context);
  const before = exportsOf(executor.compile('exports.v = 1;', '/x/changed.js'));
  const after = exportsOf(executor.compile('exports.v = 2;', '/x/changed.js'));
  expect([before.v, after.v]).toEqual([1, 2]);
});

test("import() and syntax errors are left to jest's compile; a disposed environment gets null", () => {
  const context = vm.createContext({});
  const { executor, compiled } = executorIn(context);
  executor.compile('exports.load = () => import("x");', '/x/dynamic.js');
  expect(() => executor.compile('exports.v = ;', '/x/broken.js')).toThrow(/Unexpected token/);
  expect(compiled).toEqual(['/x/dynamic.js', '/x/broken.js']);
  expect(executorIn(null).executor.compile('exports.v = 1;', '/x/gone.js')).toBeNull();
});

test('a jest-runtime without the executor it wraps is named, not silently skipped', () => {
  expect(() => compileOnce({} as Executor)).toThrow(/no longer has the ModuleExecutor/);
});
