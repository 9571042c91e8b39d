// What jest needs before `npm test` runs it, all three at once: the type check
// (scripts/typecheck.mjs) and the two builds the tests run (scripts/build-cli.mjs: bin/ and
// dist/; scripts/build-gas.mjs: build/ and dist/entry-points.json). They write different files,
// and the builds take a second each while tsc checks. jest runs only if all three succeeded.
import { runAtOnce } from './run-at-once.mjs';

await runAtOnce([['scripts/typecheck.mjs'], ['scripts/build-cli.mjs'], ['scripts/build-gas.mjs']]);
