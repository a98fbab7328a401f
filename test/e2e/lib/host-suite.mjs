// Runs a test module inside VS Code's real Node extension host, the way VS Code's own browser
// integration tests do: the workbench URL carries ?payload=[["extensionDevelopmentPath", ...],
// ["extensionTestsPath", ...]]; the extension host requires the test module and awaits its run();
// then the workbench calls window.codeAutomationExit(code), which we expose with Playwright
// (0 when run() resolved, 1 when it rejected). With the smoke-test driver on, every workbench log line,
// including the extension host's console and mocha's reporter, arrives through window.codeAutomationLog.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { connectBrowser, launchBrowserServer } from './browser.mjs';
import { developmentPayload, startCodeServer } from './code-server.mjs';
import { LOG_DIR } from './paths.mjs';
import { onCleanup } from './processes.mjs';

// Workbench chatter that is harmless offline; it still goes to the log file.
const NOISE = new RegExp(
  [
    String.raw`^\[(ChatModelSelection|AgentHost|AccountPolicyGate|Service Worker|reconnection-grace-time)`,
    '^(Creating a socket|Resolv(ing|ed) connection token|Updating additional builtin)',
    'ENOTFOUND', 'open-vsx', 'mobile\\.events\\.data\\.microsoft\\.com', 'code-server-ipc\\.sock',
    'Timed out waiting for authentication provider', String.raw`^\s+at `,
  ].join('|'),
);

/**
 * @returns {Promise<{code: number, timedOut: boolean}>} code 0 when the suite's run() resolved
 */
export async function runHostSuite({ extensionDevelopmentPaths, extensionTestsPath, folder, label = 'host', timeoutMs = 180000 }) {
  const t0 = Date.now();
  const server = await startCodeServer({ label, env: {} });
  onCleanup(() => server.stop());
  const browserServer = await launchBrowserServer();
  onCleanup(() => browserServer.close());
  const browser = await connectBrowser(browserServer.wsEndpoint);
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${label}-workbench.log`);
  const log = fs.createWriteStream(logFile);
  let code = 1;
  let timedOut = false;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    let resolveExit;
    const exited = new Promise((r) => (resolveExit = r));
    // Exposed before navigation, so the functions exist when the workbench boots.
    await context.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...args);
      log.write(`[${type}] ${line}\n`);
      if (process.env.E2E_VERBOSE || !NOISE.test(line)) (type === 'error' ? console.error : console.log)(line);
    });
    await context.exposeFunction('codeAutomationExit', (exitCode) => resolveExit(exitCode));
    const page = await context.newPage();
    page.on('pageerror', (e) => log.write(`[pageerror] ${e}\n`));

    const url = server.workbenchUrl(folder, developmentPayload(server, extensionDevelopmentPaths, extensionTestsPath));
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`the workbench page answered HTTP ${response?.status()}; see ${server.logFile}`);
    let timer;
    const result = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)))]);
    clearTimeout(timer);
    if (result === 'timeout') {
      timedOut = true;
      const shot = path.join(LOG_DIR, `${label}-timeout.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      console.error(`[e2e] the extension-host suite did not finish within ${timeoutMs / 1000} s; see ${logFile} and ${shot}`);
    } else {
      code = result === 0 ? 0 : 1;
    }
  } finally {
    await browser.close().catch(() => {});
    await browserServer.close();
    await server.stop();
    log.end();
  }
  console.log(`[e2e] extension-host suite: exit code ${code}, ${((Date.now() - t0) / 1000).toFixed(1)} s (code-server ready in ${server.startMs} ms); workbench log ${path.relative(process.cwd(), logFile)}`);
  return { code, timedOut };
}
