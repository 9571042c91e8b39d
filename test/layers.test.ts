/**
 * The layers, read from the import statements of every file under src/: the core depends on
 * nothing else, the adapters depend on the core, and nothing shipped depends on the tests.
 * (The lint rule of biome.json says the same inside src/core; this also covers src/gas,
 * src/local and src/ui, and resolves relative paths rather than matching their text.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
const SRC = path.join(ROOT, 'src');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(ts|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}

/** Every module a file imports (static, dynamic or re-export), as written. */
function importsOf(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...source.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specifiers.map((m) => m[1] as string);
}

interface Import {
  readonly file: string;
  readonly specifier: string;
  /** The imported file's folder relative to the repository, or null for a package. */
  readonly target: string | null;
}

const IMPORTS: readonly Import[] = filesUnder(SRC).flatMap((file) =>
  importsOf(fs.readFileSync(file, 'utf8')).map((specifier) => ({
    file: path.relative(ROOT, file),
    specifier,
    target: specifier.startsWith('.')
      ? path.relative(ROOT, path.resolve(path.dirname(file), specifier))
      : null,
  })),
);

const inside = (target: string | null, folder: string) =>
  target !== null && (target === folder || target.startsWith(`${folder}/`));
const show = (imports: readonly Import[]) => imports.map((i) => `${i.file} → ${i.specifier}`);

describe('layers', () => {
  test('the import reader finds every kind of import', () => {
    const source = [
      "import { a } from '../x';",
      "import type { B } from './y';",
      "export * from '../../test/z';",
      "import 'side-effect';",
      "const m = await import('./lazy');",
      'import {\n  c,\n  d,\n} from "../multi";',
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(
      ['../x', './y', '../../test/z', 'side-effect', './lazy', '../multi'].sort(),
    );
  });

  test('src/ holds files with imports to read', () => {
    expect(IMPORTS.length).toBeGreaterThan(500);
  });

  test('nothing under src/ imports from test/ or bench/', () => {
    const bad = IMPORTS.filter((i) => inside(i.target, 'test') || inside(i.target, 'bench'));
    expect(show(bad)).toEqual([]);
  });

  test('src/core imports only src/core: no package, no Node module, no adapter', () => {
    const bad = IMPORTS.filter((i) => i.file.startsWith('src/core/')).filter(
      (i) => !inside(i.target, 'src/core'),
    );
    expect(show(bad)).toEqual([]);
  });

  test('src/gas imports no Node module and nothing of src/local or src/ui', () => {
    const bad = IMPORTS.filter((i) => i.file.startsWith('src/gas/')).filter(
      (i) =>
        i.specifier.startsWith('node:') ||
        inside(i.target, 'src/local') ||
        inside(i.target, 'src/ui'),
    );
    expect(show(bad)).toEqual([]);
  });

  test('src/local imports nothing of src/gas (Apps Script code does not run on Node)', () => {
    const bad = IMPORTS.filter(
      (i) => i.file.startsWith('src/local/') && inside(i.target, 'src/gas'),
    );
    expect(show(bad)).toEqual([]);
  });
});
