/**
 * Tests mirror src/ file for file: test/gas/X.test.ts (or X.<aspect>.test.ts, a second file of
 * the same module's tests) tests src/gas/X.ts, so the tests of a module are found by its name.
 * The few tests of the build as a whole have no module to mirror; each says why below.
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

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
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

  test('the exceptions are few, and each still exists', () => {
    const names = files.map((file) => path.relative(testRoot, file));
    for (const exception of Object.keys(WHOLE_BUILD_TESTS)) expect(names).toContain(exception);
    expect(Object.keys(WHOLE_BUILD_TESTS).length).toBeLessThanOrEqual(3);
  });
});
