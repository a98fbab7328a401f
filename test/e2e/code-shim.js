#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron (and @vscode/test-cli):
//   runTests({ vscodeExecutablePath: 'test/e2e/code-shim.js', extensionDevelopmentPath, extensionTestsPath,
//              launchArgs: [folder] })
// spawns this file with VS Code's command-line flags; we run the same test module in code-server's real
// extension host instead of a downloaded desktop VS Code, and exit with the suite's exit code, which
// runTests reports (rejecting with TestRunFailedError when it is not 0).
// Flags we use: --extensionDevelopmentPath=<path> (may repeat), --extensionTestsPath=<path>, and the first
// positional argument (the folder to open). The others (--user-data-dir=, --disable-updates, ...) do not
// apply to code-server and are ignored; code-server gets a fresh profile of its own.
// E2E_HOST_TIMEOUT_MS (default 180000) bounds the run.
const path = require('node:path');

const argv = process.argv.slice(2);
const flagValues = (name) => argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));

async function main() {
  const { runHostSuite } = await import('./lib/host-suite.mjs');
  const { exitCleanlyOnSignals, exitAfterCleanup, recordSelf } = await import('./lib/processes.mjs');
  exitCleanlyOnSignals();
  recordSelf();
  const extensionDevelopmentPaths = flagValues('extensionDevelopmentPath').map((p) => path.resolve(p));
  const [extensionTestsPath] = flagValues('extensionTestsPath');
  const folder = argv.find((a) => !a.startsWith('-'));
  if (!extensionDevelopmentPaths.length || !extensionTestsPath || !folder) {
    console.error('code-shim: expected --extensionDevelopmentPath=<dir> --extensionTestsPath=<path> <folder>');
    return exitAfterCleanup(2);
  }
  const { code } = await runHostSuite({
    extensionDevelopmentPaths,
    extensionTestsPath: path.resolve(extensionTestsPath),
    folder: path.resolve(folder),
    timeoutMs: Number(process.env.E2E_HOST_TIMEOUT_MS || 180000),
  });
  return exitAfterCleanup(code);
}

main().catch(async (error) => {
  console.error(`code-shim: ${error && error.stack ? error.stack : error}`);
  const { exitAfterCleanup } = await import('./lib/processes.mjs');
  await exitAfterCleanup(1);
});
