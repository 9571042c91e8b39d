// Bundles the Node side (command line, benchmark) into dist/; npm packages stay external.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const entries = { korgoo: 'src/local/cli/main.ts', bench: 'src/local/bench/main.ts' };
await build({
  entryPoints: Object.fromEntries(Object.entries(entries).filter(([, path]) => existsSync(path))),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  charset: 'utf8',
  sourcemap: true,
  logLevel: 'warning',
});
