// Runs node processes side by side; the exit code is the worst of theirs. A run given as
// `{ live: args }` prints as it goes (jest's progress); the others' output is printed whole, in
// the order given, once all are done. Used by typecheck.mjs and run-tests.mjs.
import { spawn } from 'node:child_process';

function runNode(run) {
  const live = !Array.isArray(run);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, live ? run.live : run, {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** @param {(string[] | { live: string[] })[]} runs the arguments of each `node` process */
export async function runAtOnce(runs) {
  const results = await Promise.all(runs.map(runNode));
  for (const { output } of results) process.stdout.write(output);
  process.exitCode = Math.max(...results.map((r) => r.code));
}
