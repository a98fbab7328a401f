#!/usr/bin/env node
// Stevedore's editor tests, in a real VS Code (code-server 4.139.1 = VS Code 1.139.1) on this machine.
//
//   node test/e2e/run.mjs [--host-only | --ui-only]
//
// 1. Compiles the suites (test/e2e/tsconfig.json) into test/e2e/.tmp/out.
// 2. Extension-host suite: @vscode/test-electron's runTests, with code-shim.js standing in for the VS Code
//    executable, runs host/index.ts inside VS Code's Node extension host on a temporary copy of
//    test/e2e/workspace/.
// 3. UI suite: node:test + Playwright drive the workbench in Debian's chromium, on another temporary copy;
//    screenshots go to test/e2e/screenshots/.
// 4. Prints `N passed, N failed` (both suites) as the last line; exits non-zero on any failure or timeout.
//
// Environment: E2E_EXTENSION_PATH (default: the repo root) loads another copy of the extension, e.g. a
// deliberately broken one; E2E_GREP filters extension-host tests; E2E_VERBOSE prints all workbench log
// lines; E2E_KEEP keeps the temporary folders; E2E_TIMEOUT_MS bounds the whole run (default 8 minutes).
// Full logs: test/e2e/.tmp/logs/.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { launchBrowserServer } from './lib/browser.mjs';
import { developmentPayload, startCodeServer } from './lib/code-server.mjs';
import { CHROMIUM, CODE_SERVER_ENTRY, E2E_DIR, EXTENSION_PATH, LOG_DIR, NODE24, OUT_DIR, REPO_ROOT, SHOT_DIR, TMP_DIR, TOOLS_MODULES } from './lib/paths.mjs';
import { cleanupAll, exitCleanlyOnSignals, killGroup, killRecordedGroups, onCleanup, trackGroup, untrackGroup } from './lib/processes.mjs';
import { copyWorkspace } from './lib/workspace.mjs';

const TOTAL_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 8 * 60_000);
const HOST_TIMEOUT_MS = 4 * 60_000;
const UI_TIMEOUT_MS = 3 * 60_000;
const args = new Set(process.argv.slice(2));
const runHost = !args.has('--ui-only');
const runUi = !args.has('--host-only');

const t0 = Date.now();
const totals = { passed: 0, failed: 0 };
const problems = []; // suites that did not report normally (crash, timeout): each counts as a failure

const log = (line) => console.log(`[e2e] ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

let finishing;
/** Stops everything this run started, then prints the summary as the very last line and exits. */
function finish(code) {
  finishing ??= (async () => {
    await cleanupAll();
    // A suite that crashed or timed out counts as one failed test, so the last line agrees with the exit code.
    totals.failed += problems.length;
    for (const p of problems) console.error(`[e2e] ${p}`);
    log(`total ${seconds(Date.now() - t0)}; logs in ${path.relative(process.cwd(), LOG_DIR) || LOG_DIR}`);
    console.log(`${totals.passed} passed, ${totals.failed} failed`);
    process.exit(code || totals.failed ? 1 : 0);
  })();
  return finishing;
}

/** Stops with a message naming what to install or run, counting as one failure. */
function preflightFailure(message) {
  problems.push(`cannot run the editor tests: ${message}`);
  return finish(1);
}

function preflight() {
  if (!fs.existsSync(NODE24) || !fs.existsSync(CODE_SERVER_ENTRY) || !fs.existsSync(path.join(TOOLS_MODULES, 'playwright-core')) || !fs.existsSync(path.join(TOOLS_MODULES, 'mocha'))) {
    return 'the tools in test/e2e/tools are not installed. Run: bash test/e2e/setup.sh';
  }
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is missing. Run: bash test/e2e/setup.sh (or apt-get install -y chromium)`;
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_PATH, 'package.json'), 'utf8'));
  for (const file of [manifest.main, 'dist/server.js']) {
    if (!file || !fs.existsSync(path.join(EXTENSION_PATH, file))) return `${path.join(EXTENSION_PATH, file ?? '(no main)')} is missing. Build the extension first: npm run build`;
  }
  for (const dep of ['typescript', '@vscode/test-electron']) {
    if (!fs.existsSync(path.join(REPO_ROOT, 'node_modules', dep))) return `${dep} is not installed in the repo. Run: npm ci`;
  }
  return undefined;
}

function compileSuites() {
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  const tsc = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(E2E_DIR, 'tsconfig.json')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the suites do not compile:\n${result.stdout}${result.stderr}`);
}

/** Extension-host suite through @vscode/test-electron's runTests and code-shim.js. */
async function hostSuite() {
  const workspace = copyWorkspace();
  onCleanup(() => workspace.remove());
  const resultFile = path.join(TMP_DIR, 'host-result.json');
  fs.rmSync(resultFile, { force: true });
  const pgidDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-e2e-pids-'));
  onCleanup(async () => {
    await killRecordedGroups(pgidDir); // whatever the shim left behind if it had to be abandoned
    fs.rmSync(pgidDir, { recursive: true, force: true });
  });
  const { runTests } = createRequire(path.join(REPO_ROOT, 'package.json'))('@vscode/test-electron');
  const shim = path.join(E2E_DIR, 'code-shim.js');
  if ((fs.statSync(shim).mode & 0o111) === 0) fs.chmodSync(shim, 0o755); // runTests spawns it directly (a checkout may lose the bit)
  log(`extension-host suite: ${EXTENSION_PATH} on a copy of test/e2e/workspace`);
  let code;
  try {
    code = await runTests({
      vscodeExecutablePath: shim,
      extensionDevelopmentPath: EXTENSION_PATH,
      extensionTestsPath: path.join(OUT_DIR, 'host/index.js'),
      launchArgs: [workspace.folder],
      extensionTestsEnv: { E2E_RESULT_FILE: resultFile, E2E_PGID_DIR: pgidDir, E2E_HOST_TIMEOUT_MS: String(HOST_TIMEOUT_MS) },
    });
  } catch (error) {
    code = error?.code ?? 1; // TestRunFailedError carries the shim's exit code
  }
  await killRecordedGroups(pgidDir);
  workspace.remove();
  if (finishing) return; // stopped by the overall timeout or a signal, which finish() reports
  if (!fs.existsSync(resultFile)) {
    problems.push(`extension-host suite ended with exit code ${code} and reported no results (crash or timeout; see ${LOG_DIR}/host-workbench.log)`);
    return;
  }
  const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  totals.passed += result.passes;
  totals.failed += result.failures;
  log(`extension-host suite: ${result.passes} passed, ${result.failures} failed${result.failed.length ? `:\n  - ${result.failed.join('\n  - ')}` : ''}`);
  if (code !== 0 && result.failures === 0) problems.push(`extension-host suite exited with code ${code} although no test failed`);
}

/** UI suite: node --test on the compiled ui/ files, against a workbench and browser that we own. */
async function uiSuite() {
  const workspace = copyWorkspace();
  onCleanup(() => workspace.remove());
  const server = await startCodeServer({ label: 'ui' });
  onCleanup(() => server.stop());
  const browser = await launchBrowserServer();
  onCleanup(() => browser.close());
  fs.mkdirSync(SHOT_DIR, { recursive: true });
  const tapFile = path.join(TMP_DIR, 'ui-results.tap');
  fs.rmSync(tapFile, { force: true });
  const files = fs.readdirSync(path.join(OUT_DIR, 'ui')).filter((f) => f.endsWith('.test.js')).map((f) => path.join(OUT_DIR, 'ui', f));
  log(`UI suite: ${files.length} file(s), workbench ${server.base}`);
  const child = spawn(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files],
    {
      stdio: 'inherit',
      detached: true,
      env: {
        ...process.env,
        NODE_PATH: TOOLS_MODULES, // playwright-core lives in the tools folder
        E2E_WORKBENCH_URL: server.workbenchUrl(workspace.folder, developmentPayload(server, EXTENSION_PATH)),
        E2E_WS_ENDPOINT: browser.wsEndpoint,
        E2E_SHOT_DIR: SHOT_DIR,
      },
    },
  );
  trackGroup(child.pid);
  let timer;
  const code = await Promise.race([
    new Promise((resolve) => child.once('exit', (c) => resolve(c ?? 1))),
    new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), UI_TIMEOUT_MS))),
  ]);
  clearTimeout(timer);
  if (finishing) return;
  killGroup(child.pid);
  untrackGroup(child.pid);
  await browser.close();
  await server.stop();
  workspace.remove();
  if (code === 'timeout') problems.push(`UI suite did not finish within ${UI_TIMEOUT_MS / 1000} s`);
  const tap = fs.existsSync(tapFile) ? fs.readFileSync(tapFile, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  if (Number.isNaN(passed) || Number.isNaN(failed)) {
    if (code !== 'timeout') problems.push(`UI suite exited with code ${code} and reported no results`);
    return;
  }
  totals.passed += passed;
  totals.failed += failed;
  log(`UI suite: ${passed} passed, ${failed} failed; screenshots in ${path.relative(process.cwd(), SHOT_DIR) || SHOT_DIR}`);
  if (code !== 0 && failed === 0) problems.push(`UI suite exited with code ${code} although no test failed`);
}

async function main() {
  exitCleanlyOnSignals((signal) => {
    problems.push(`interrupted by ${signal}`);
    void finish(1);
  });
  const overall = setTimeout(() => {
    problems.push(`the run took longer than ${TOTAL_TIMEOUT_MS / 1000} s and was stopped`);
    void finish(1);
  }, TOTAL_TIMEOUT_MS);
  overall.unref();

  const missing = preflight();
  if (missing) return preflightFailure(missing);
  fs.rmSync(LOG_DIR, { recursive: true, force: true }); // logs of this run only
  fs.mkdirSync(LOG_DIR, { recursive: true });
  compileSuites();
  if (runHost) await hostSuite();
  if (runUi) await uiSuite();
  return finish(0);
}

main().catch((error) => {
  problems.push(`the harness failed: ${error?.stack ?? error}`);
  return finish(1);
});
