// Type-checks the three projects at once (the machine has cores to spare while tsc runs on one):
// the whole of src, test, scripts and bench; the pure core alone with no ambient types; the
// sidebar with the DOM's. `tsc -b` skips a project none of whose files changed since its last
// clean check (its .tsbuildinfo says so), and re-checks one that had errors.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const PROJECTS = ['tsconfig.json', 'src/core/tsconfig.json', 'src/ui/tsconfig.json'];

function check(project) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSC, '-b', project], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const results = await Promise.all(PROJECTS.map(check));
// Printed in order, each project's lines together.
for (const { output } of results) process.stdout.write(output);
process.exitCode = Math.max(...results.map((r) => r.code));
