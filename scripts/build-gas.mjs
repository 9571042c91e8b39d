// Builds what `clasp push` uploads into build/: Code.js (an IIFE plus one top-level function per
// entry point, read from the bundle's own exports so the list is never kept by hand),
// appsscript.json, and the sidebar HTML when src/ui exists.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { buildSidebar } from './build-sidebar.mjs';

const GLOBAL = 'Korgoo';
mkdirSync('build', { recursive: true });

const common = {
  entryPoints: ['src/gas/index.ts'],
  bundle: true,
  format: 'iife',
  globalName: GLOBAL,
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2020',
  charset: 'utf8',
  minifyWhitespace: true,
  minifySyntax: true,
  // Local names shortened too: Apps Script parses the whole bundle at every run (Korgoo's own
  // budget: test/gas/bundle.test.ts).
  minifyIdentifiers: true,
  legalComments: 'none',
  logLevel: 'warning',
};

// A first pass only to learn the entry points the bundle exports. The metafile lists exports
// only for an ESM output (an IIFE's are always empty), so the probe is built as ESM.
const { globalName: _ignored, ...probeOptions } = common;
const probe = await build({
  ...probeOptions,
  format: 'esm',
  write: false,
  metafile: true,
  outfile: 'build/Code.js',
});
const output = Object.values(probe.metafile.outputs)[0];
const entryPoints = [...output.exports].sort();
if (entryPoints.length === 0) throw new Error('src/gas/index.ts exports no entry point');

// Apps Script calls only top-level function declarations: triggers, menus, google.script.run.
const stubs = entryPoints
  .map((name) => `function ${name}(){return ${GLOBAL}.${name}.apply(this,arguments)}`)
  .join('\n');
await build({ ...common, outfile: 'build/Code.js', footer: { js: stubs } });
copyFileSync('appsscript.json', 'build/appsscript.json');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/entry-points.json', `${JSON.stringify(entryPoints, null, 2)}\n`);
console.error(`build/Code.js: ${entryPoints.length} entry points`);
const sidebarBytes = await buildSidebar();
console.error(`build/Sidebar.html: ${Math.round(sidebarBytes / 1024)} KB`);
