// What jest needs before `npm test` runs it, all three at once: the type check
// (scripts/typecheck.mjs) and the two builds the tests run (scripts/build-cli.mjs: bin/ and
// dist/; scripts/build-gas.mjs: build/ and dist/entry-points.json). They write different files,
// and the builds take a second each while tsc checks. Each one's output is printed together, in
// this order; the exit code is the worst of the three, so jest runs only if all succeeded.
import { spawn } from 'node:child_process';

const STEPS = ['scripts/typecheck.mjs', 'scripts/build-cli.mjs', 'scripts/build-gas.mjs'];

function run(script) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const results = await Promise.all(STEPS.map(run));
for (const { output } of results) process.stdout.write(output);
process.exitCode = Math.max(...results.map((r) => r.code));
