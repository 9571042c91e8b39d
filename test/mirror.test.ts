/**
 * Tests mirror src/ file for file: test/gas/X.test.ts (or X.<aspect>.test.ts, a second file of
 * the same module's tests) tests src/gas/X.ts, so the tests of a module are found by its name,
 * and every module has its own. The few tests of the build as a whole have no module to
 * mirror, and the few files with no behaviour of their own no test; each says why below.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');

/** Tests of what src/gas builds into, not of one file of it. */
const WHOLE_BUILD_TESTS: Readonly<Record<string, string>> = {
  'bundle.test.ts': 'build/Code.js as Apps Script loads it: entry points, globals, size',
  'clasp.test.ts': 'what `clasp push` uploads from build/, and the manifest it uploads',
  'scopes.test.ts': "every service call in build/Code.js against the manifest's scopes",
};

/**
 * src/gas files with no behaviour of their own, so no test file of their own (a `*` stands
 * for any name): each is checked below to still exist and to still have none.
 */
const NO_BEHAVIOUR: Readonly<Record<string, string>> = {
  'index.ts':
    'entry points only, each one call into a module; test/gas/bundle.test.ts checks them as the build exposes them',
  'types/*.d.ts': 'declarations of Google APIs @types/google-apps-script lacks: no code',
};

function filesUnder(dir: string, suffix: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, suffix);
    return entry.name.endsWith(suffix) ? [full] : [];
  });
}

const testFiles = (dir: string): string[] => filesUnder(dir, '.test.ts');

/** Whether a path relative to src/gas is one of the NO_BEHAVIOUR patterns. */
function exemptBy(pattern: string, relative: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+');
  return new RegExp(`^${escaped}$`).test(relative);
}

/**
 * Whether index.ts is entry points and nothing else: once imports and comments are gone, only
 * exported functions whose body is one call, handing on their parameters (or a sidebar
 * server's method of the same name).
 */
function onlyEntryPoints(source: string): { entryPoints: number; rest: string } {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^import[^;]*;$/gm, '');
  const entry =
    /export function (\w+)\(([^)]*)\)(?::[^{]+)?\{\s*(?:return )?[a-zA-Z]\w*\((?:\)\.\1\()?(\w+(?: as [\w.| ]+)?)?\);\s*\}/g;
  let entryPoints = 0;
  const rest = code.replace(entry, () => {
    entryPoints++;
    return '';
  });
  return { entryPoints, rest: rest.trim() };
}

/** The source file a test file mirrors: X.test.ts and X.aspect.test.ts both test X.ts. */
function mirroredSource(testFile: string, testRoot: string, srcRoot: string): string {
  const relative = path.relative(testRoot, testFile);
  const base = path.basename(relative).replace(/(\.[a-z-]+)?\.test\.ts$/, '.ts');
  return path.join(srcRoot, path.dirname(relative), base);
}

describe('test/gas mirrors src/gas', () => {
  const testRoot = path.join(ROOT, 'test', 'gas');
  const srcRoot = path.join(ROOT, 'src', 'gas');
  const files = testFiles(testRoot);

  test('the mirror rule maps a test file to its module', () => {
    expect(mirroredSource(path.join(testRoot, 'forms/intake.test.ts'), testRoot, srcRoot)).toBe(
      path.join(srcRoot, 'forms/intake.ts'),
    );
    expect(
      mirroredSource(path.join(testRoot, 'forms/intake.lock.test.ts'), testRoot, srcRoot),
    ).toBe(path.join(srcRoot, 'forms/intake.ts'));
    expect(mirroredSource(path.join(testRoot, 'on-edit.test.ts'), testRoot, srcRoot)).toBe(
      path.join(srcRoot, 'on-edit.ts'),
    );
  });

  test('every test file there tests the src/gas file of the same path and name', () => {
    expect(files.length).toBeGreaterThan(10);
    const orphans = files
      .map((file) => path.relative(testRoot, file))
      .filter((file) => !Object.hasOwn(WHOLE_BUILD_TESTS, file))
      .filter(
        (file) => !fs.existsSync(mirroredSource(path.join(testRoot, file), testRoot, srcRoot)),
      );
    expect(orphans).toEqual([]);
  });

  test('every src/gas file has its test file, but for the few with no behaviour', () => {
    const tested = new Set(files.map((file) => mirroredSource(file, testRoot, srcRoot)));
    const untested = filesUnder(srcRoot, '.ts')
      .filter((file) => !tested.has(file))
      .map((file) => path.relative(srcRoot, file))
      .filter((file) => !Object.keys(NO_BEHAVIOUR).some((pattern) => exemptBy(pattern, file)));
    expect(untested).toEqual([]);
  });

  test('the files without a test still exist and still have no behaviour', () => {
    expect(Object.keys(NO_BEHAVIOUR).length).toBeLessThanOrEqual(2);
    const all = filesUnder(srcRoot, '.ts').map((file) => path.relative(srcRoot, file));
    for (const pattern of Object.keys(NO_BEHAVIOUR)) {
      expect(all.filter((file) => exemptBy(pattern, file)).length).toBeGreaterThan(0);
    }
    const index = onlyEntryPoints(fs.readFileSync(path.join(srcRoot, 'index.ts'), 'utf8'));
    expect(index.rest).toBe('');
    expect(index.entryPoints).toBeGreaterThan(20);
    // A declaration file holds no code: TypeScript emits nothing for it.
    for (const file of all.filter((f) => exemptBy('types/*.d.ts', f))) {
      expect(file.endsWith('.d.ts')).toBe(true);
      const source = fs.readFileSync(path.join(srcRoot, file), 'utf8');
      expect(source).toMatch(/^\s*declare /m);
      expect(source).not.toMatch(/^\s*(export\s+)?(function|const|let|var|class)\s/m);
    }
  });

  test('the check of index.ts tells an entry point from code that does something', () => {
    const entry = 'export function onOpen(e?: X): void {\n  openMenu(e);\n}\n';
    expect(onlyEntryPoints(entry)).toEqual({ entryPoints: 1, rest: '' });
    const server = 'export function sidebarInit(): R {\n  return sidebarServer().sidebarInit();\n}';
    expect(onlyEntryPoints(server)).toEqual({ entryPoints: 1, rest: '' });
    for (const code of [
      'export function onOpen(e?: X): void {\n  if (e) openMenu(e);\n}',
      'export function onOpen(): void {\n  openMenu();\n  log();\n}',
      'export function a(): R {\n  return sidebarServer().other();\n}',
      'const LIMIT = 3;',
      'globalThis.x = 1;',
    ])
      expect(onlyEntryPoints(code).rest).not.toBe('');
    expect(exemptBy('types/*.d.ts', 'types/forms-publish.d.ts')).toBe(true);
    expect(exemptBy('types/*.d.ts', 'types/x.ts')).toBe(false);
    expect(exemptBy('types/*.d.ts', 'forms/types/x.d.ts')).toBe(false);
    expect(exemptBy('index.ts', 'forms/index.ts')).toBe(false);
  });

  test('the exceptions are few, and each still exists', () => {
    const names = files.map((file) => path.relative(testRoot, file));
    for (const exception of Object.keys(WHOLE_BUILD_TESTS)) expect(names).toContain(exception);
    expect(Object.keys(WHOLE_BUILD_TESTS).length).toBeLessThanOrEqual(3);
  });
});
