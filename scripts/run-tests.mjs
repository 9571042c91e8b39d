// `npm test`: the two builds the tests run, at once (scripts/build-cli.mjs: bin/ and dist/;
// scripts/build-gas.mjs: build/ and dist/entry-points.json); then jest beside the type check
// (scripts/typecheck.mjs), which jest does not wait for: it needs the builds, not the types.
// jest prints as it goes, the type check when both are done; either failing fails `npm test`.
// Arguments go to jest (`npm test -- test/core`).
import { createRequire } from 'node:module';
import { runAtOnce } from './run-at-once.mjs';

const JEST = createRequire(import.meta.url).resolve('jest/bin/jest');

await runAtOnce([['scripts/build-cli.mjs'], ['scripts/build-gas.mjs']]);
if (process.exitCode === 0)
  await runAtOnce([{ live: [JEST, ...process.argv.slice(2)] }, ['scripts/typecheck.mjs']]);
