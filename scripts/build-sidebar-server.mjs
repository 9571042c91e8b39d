// Bundles the sidebar's local preview server (npm run sidebar) into dist/sidebar-server.js.
import { build } from 'esbuild';

await build({
  entryPoints: { 'sidebar-server': 'src/local/sidebar-server/main.ts' },
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
