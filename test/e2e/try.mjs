#!/usr/bin/env node
// Try Stevedore in a browser without installing it: starts the same VS Code as the editor tests
// (code-server 4.139.1) on the repo's examples/ folder with Stevedore loaded from this checkout as a
// development extension, prints the URL, and runs until Ctrl+C.
//
//   node test/e2e/try.mjs [folder] [--port N]      (run `npm run build` first; tools: bash test/e2e/setup.sh)
//
// The server listens on 127.0.0.1 only. Open the printed URL exactly as printed: the payload names the
// extension by a vscode-remote:// URI whose host:port must match the page's.
import fs from 'node:fs';
import path from 'node:path';
import { developmentPayload, startCodeServer } from './lib/code-server.mjs';
import { EXTENSION_PATH, REPO_ROOT } from './lib/paths.mjs';
import { exitAfterCleanup, exitCleanlyOnSignals, onCleanup } from './lib/processes.mjs';

const argv = process.argv.slice(2);
const portFlag = argv.indexOf('--port');
const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : undefined;
const folder = path.resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--port') ?? path.join(REPO_ROOT, 'examples'));

async function main() {
  exitCleanlyOnSignals();
  if (!fs.existsSync(folder)) throw new Error(`${folder} does not exist`);
  const main = JSON.parse(fs.readFileSync(path.join(EXTENSION_PATH, 'package.json'), 'utf8')).main;
  if (!fs.existsSync(path.join(EXTENSION_PATH, main))) throw new Error(`${path.join(EXTENSION_PATH, main)} is missing: run npm run build first`);
  const server = await startCodeServer({ label: 'try', ...(port ? { port } : {}) });
  onCleanup(() => server.stop());
  const url = server.workbenchUrl(folder, developmentPayload(server, EXTENSION_PATH));
  console.log(`VS Code 1.139.1 with Stevedore from ${EXTENSION_PATH}, on ${folder}:\n\n  ${url}\n`);
  console.log('From another machine, forward the port first (ssh -L ' + `${server.port}:127.0.0.1:${server.port} ...) and open the same URL.`);
  console.log(`Server log: ${server.logFile}. Press Ctrl+C to stop.`);
  await new Promise(() => {}); // until a signal; exitCleanlyOnSignals stops the server
}

main().catch((error) => {
  console.error(`try: ${error.message ?? error}`);
  return exitAfterCleanup(1);
});
