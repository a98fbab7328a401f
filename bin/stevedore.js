#!/usr/bin/env node
'use strict';
let cli;
try {
  cli = require('../dist/cli.js');
} catch (error) {
  process.stderr.write('stevedore: the CLI is not built yet. Run `npm install` (or `npm run build`) in the Stevedore folder first.\n');
  process.exit(2);
}
process.exitCode = cli.main(process.argv.slice(2));
