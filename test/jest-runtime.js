/**
 * jest's runtime, with each module's code compiled once per worker instead of once per test file.
 *
 * Why: jest compiles every module a test file loads (our sources, the test helpers, exceljs
 * and the rest of node_modules) with `vm.compileFunction`, whose result is bound to one
 * context and never reused. The same 1,000 modules were compiled again for each of the 190
 * test files: about 20 s of CPU in `npm test`. A `vm.Script` is context-free: compiled once,
 * it runs in every later file's fresh context, with the functions V8 compiled lazily on the
 * first run kept. Each file still gets its own context, module registry and module state;
 * only the compiled code is shared, keyed by the file and its transformed text.
 *
 * Plain CommonJS: jest-runner `require`s the `runtime` of jest.config.js without transforming
 * it. A module that uses `import()` keeps jest's own compile, which knows how to load it.
 */
const { Script } = require('node:vm');
const Runtime = require('jest-runtime').default;

/** @type {Map<string, { source: string, script: import('node:vm').Script }>} */
const scripts = new Map();

/**
 * Makes `executor.compile` (jest-runtime's ModuleExecutor) compile each module once per worker.
 * @param {{ compile: (source: string, filename: string) => Function | null,
 *   injectedModuleParameters: string[], environment: { getVmContext(): object | null } }} executor
 */
function compileOnce(executor) {
  // jest-runtime's internals this relies on: fail loudly if an upgrade moved them.
  if (
    typeof executor?.compile !== 'function' ||
    !Array.isArray(executor.injectedModuleParameters) ||
    typeof executor.environment?.getVmContext !== 'function'
  )
    throw new Error('test/jest-runtime.js: jest-runtime no longer has the ModuleExecutor it wraps');
  const jestCompile = executor.compile.bind(executor);
  executor.compile = (source, filename) => {
    const context = executor.environment.getVmContext();
    if (context == null) return null;
    if (source.includes('import(')) return jestCompile(source, filename);
    let entry = scripts.get(filename);
    if (entry?.source !== source) {
      // The parameters jest passes (module, exports, require, __dirname, __filename, jest…),
      // on the module's first line so that every line keeps its number.
      const wrapped = `(function (${executor.injectedModuleParameters.join(', ')}) {${source}\n})`;
      let script;
      try {
        script = new Script(wrapped, { filename });
      } catch {
        // jest's compile reports a syntax error with the file and its transform.
        return jestCompile(source, filename);
      }
      entry = { source, script };
      scripts.set(filename, entry);
    }
    return entry.script.runInContext(context);
  };
}

class CompiledOnceRuntime extends Runtime {
  constructor(...args) {
    super(...args);
    compileOnce(this.executor);
  }
}

// jest-runner takes `default`; test/jest-runtime.test.ts takes `compileOnce`.
module.exports = { __esModule: true, default: CompiledOnceRuntime, compileOnce };
