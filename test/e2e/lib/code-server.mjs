// Starts code-server 4.139.1 (VS Code 1.139.1's own server and web workbench) on Node 24, in a
// throw-away profile, and builds the workbench URLs that load Stevedore as a development extension.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER_ENTRY, LOG_DIR, NODE24 } from './paths.mjs';
import { killGroup, trackGroup, untrackGroup } from './processes.mjs';

/** User settings that keep the workbench quiet and offline-friendly; tests do not depend on any of them. */
const QUIET_USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  'editor.hover.delay': 300,
};

export function randomPort() {
  return 20000 + Math.floor(Math.random() * 20000);
}

/**
 * @param {object} options
 * @param {string} options.label  names the log files under .tmp/logs/
 * @param {Record<string,string>} [options.env]  extra environment; the extension host inherits it
 * @param {number} [options.port]
 */
export async function startCodeServer({ label, env = {}, port = randomPort() }) {
  if (!fs.existsSync(NODE24) || !fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server or Node 24 is not installed under test/e2e/tools. Run: bash test/e2e/setup.sh`);
  }
  const t0 = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-e2e-cs-'));
  const userData = path.join(dir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify(QUIET_USER_SETTINGS, null, 2));
  // Without --config, code-server writes ~/.config/code-server/config.yaml (with a password) on first start.
  const config = path.join(dir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  fs.mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${label}-code-server.log`);
  const log = fs.createWriteStream(logFile);
  const args = [
    CODE_SERVER_ENTRY,
    '--config', config,
    '--user-data-dir', userData,
    '--extensions-dir', path.join(dir, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // Without this the built workbench silently ignores extensionDevelopmentPath and extensionTestsPath
    // in ?payload= (it reads them only when developmentOptions.enableSmokeTestDriver is set).
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const child = spawn(NODE24, args, {
    env: { ...process.env, ...env, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() also ends everything code-server started
  });
  trackGroup(child.pid);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const base = `http://127.0.0.1:${port}`;
  let stopped = false;
  const server = {
    base,
    port,
    logFile,
    startMs: 0,
    /** A server-side path as the workbench must name it in the payload: same host:port as the page. */
    remoteUri: (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`,
    /** The page that opens `folder` and passes `payload` (a list of [key, value] pairs) to the workbench. */
    workbenchUrl: (folder, payload) =>
      `${base}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      }
      killGroup(child.pid, 'SIGKILL'); // the file watcher can outlive the server by a few seconds
      untrackGroup(child.pid);
      log.end();
      // Keep VS Code's own logs (extension host, the Stevedore output channel) next to ours.
      const vscodeLogs = path.join(userData, 'logs');
      if (fs.existsSync(vscodeLogs)) {
        const dest = path.join(LOG_DIR, `${label}-vscode-logs`);
        fs.rmSync(dest, { recursive: true, force: true });
        fs.cpSync(vscodeLogs, dest, { recursive: true });
      }
      if (process.env.E2E_KEEP) console.log(`[e2e] kept ${dir}`);
      else fs.rmSync(dir, { recursive: true, force: true });
    },
  };

  for (;;) {
    if (child.exitCode !== null) {
      await server.stop();
      throw new Error(`code-server exited with code ${child.exitCode} before it was ready; see ${logFile}`);
    }
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - t0 > 30000) {
      await server.stop();
      throw new Error(`code-server did not answer /healthz within 30 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.startMs = Date.now() - t0;
  return server;
}

/** The payload that loads the extension under development (and, optionally, runs a test module in its host). */
export function developmentPayload(server, extensionDevelopmentPaths, extensionTestsPath) {
  const payload = [].concat(extensionDevelopmentPaths).map((p) => ['extensionDevelopmentPath', server.remoteUri(p)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', server.remoteUri(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  return payload;
}
