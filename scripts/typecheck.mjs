// Type-checks the three projects at once (the machine has cores to spare while tsc runs on one):
// the whole of src, test, scripts and bench; the pure core alone with no ambient types; the
// sidebar with the DOM's. `tsc -b` skips a project none of whose files changed since its last
// clean check (its .tsbuildinfo says so), and re-checks one that had errors.
import { createRequire } from 'node:module';
import { runAtOnce } from './run-at-once.mjs';

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const PROJECTS = ['tsconfig.json', 'src/core/tsconfig.json', 'src/ui/tsconfig.json'];

await runAtOnce(PROJECTS.map((project) => [TSC, '-b', project]));
