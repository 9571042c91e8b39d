#!/usr/bin/env node
// The korgoo command. dist/korgoo.js is bundled from src/local/cli by `npm run build:cli`.
require('../dist/korgoo.js')
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
