// Every suite works on its own temporary copy of test/e2e/workspace/, so tests may edit and save files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE_DIR } from './paths.mjs';

/** Copies the fixture folder to a fresh temporary folder named `stevedore-fixture` and returns its path. */
export function copyWorkspace() {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-e2e-ws-'));
  const folder = path.join(parent, 'stevedore-fixture');
  fs.cpSync(FIXTURE_DIR, folder, { recursive: true });
  return {
    folder,
    remove: () => (process.env.E2E_KEEP ? console.log(`[e2e] kept ${folder}`) : fs.rmSync(parent, { recursive: true, force: true })),
  };
}
