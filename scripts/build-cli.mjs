// Bundles the Node side (command line, benchmark, sidebar preview server) into dist/; npm
// packages stay external.
import { build } from 'esbuild';

const entries = {
  korgoo: 'src/local/cli/main.ts',
  bench: 'bench/main.ts',
  'sidebar-server': 'src/local/sidebar-server/main.ts',
};
await build({
  entryPoints: entries,
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
