#!/usr/bin/env node
// The editor tests as `npm test` runs them (scripts/test.mjs calls this file after the build):
// installs or checks the prerequisites with setup.sh, then runs both suites with run.mjs.
// The last line is always `N passed, N failed`; the exit code is non-zero on any failure.
// Arguments are passed to run.mjs (--host-only, --ui-only).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { E2E_DIR } from './lib/paths.mjs';

const setup = spawnSync('bash', [path.join(E2E_DIR, 'setup.sh')], { stdio: 'inherit' });
if (setup.status !== 0) {
  console.error('[e2e] the prerequisites of the editor tests could not be installed (see the message above); no editor test ran.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const run = spawnSync(process.execPath, [path.join(E2E_DIR, 'run.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
