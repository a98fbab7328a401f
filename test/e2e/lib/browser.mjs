// Debian's chromium, driven by playwright-core from the tools folder (no browser download).
// The browser runs as a Playwright browser server in its own process group, so the harness can always end
// it; suites connect to it over its WebSocket endpoint.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CHROMIUM, TOOLS_MODULES } from './paths.mjs';
import { killGroup, trackGroup, untrackGroup } from './processes.mjs';

export function loadPlaywright() {
  const entry = path.join(TOOLS_MODULES, 'playwright-core');
  if (!fs.existsSync(entry)) throw new Error('playwright-core is not installed under test/e2e/tools. Run: bash test/e2e/setup.sh');
  return createRequire(import.meta.url)(entry);
}

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** @returns {Promise<{wsEndpoint: string, close: () => Promise<void>}>} */
export async function launchBrowserServer() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing. Install it: apt-get install -y chromium (or run: bash test/e2e/setup.sh)`);
  }
  const server = await loadPlaywright().chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const pid = server.process().pid; // Playwright starts the browser detached: pid = its process group
  trackGroup(pid);
  let closed = false;
  return {
    wsEndpoint: server.wsEndpoint(),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.race([server.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      killGroup(pid);
      untrackGroup(pid);
    },
  };
}

export function connectBrowser(wsEndpoint) {
  return loadPlaywright().chromium.connect(wsEndpoint);
}
