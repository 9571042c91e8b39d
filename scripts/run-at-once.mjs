// Runs node processes side by side and prints each one's output whole, in the order given, once
// all are done; the exit code is the worst of theirs. Used by typecheck.mjs and prepare-tests.mjs.
import { spawn } from 'node:child_process';

function runNode(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** @param {string[][]} runs the arguments of each `node` process */
export async function runAtOnce(runs) {
  const results = await Promise.all(runs.map(runNode));
  for (const { output } of results) process.stdout.write(output);
  process.exitCode = Math.max(...results.map((r) => r.code));
}
