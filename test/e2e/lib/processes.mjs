// Keeps track of the process groups this run starts, so that they are always ended: after a normal
// stop, on a timeout, on Ctrl+C and when a child harness (code-shim.js) is killed.
//
// Each group leader is spawned `detached`, so its pid is also its process-group id and
// process.kill(-pid) reaches the extension host, the file watcher and the language server below it.
// When E2E_PGID_DIR is set (run.mjs sets it for its children), every group is also recorded there as an
// empty file (group-<pid>), and a child harness records itself (proc-<pid>), so that run.mjs can end
// everything a child started if it has to give up on that child.
import fs from 'node:fs';
import path from 'node:path';

const groups = new Set();
const exitHooks = [];

function recordFile(pid, kind = 'group') {
  return process.env.E2E_PGID_DIR ? path.join(process.env.E2E_PGID_DIR, `${kind}-${pid}`) : undefined;
}

/** Records this process (not a group leader) so that run.mjs can kill it on a timeout. */
export function recordSelf() {
  const file = recordFile(process.pid, 'proc');
  if (!file) return;
  fs.writeFileSync(file, '');
  process.on('exit', () => fs.rmSync(file, { force: true }));
}

export function trackGroup(pid) {
  groups.add(pid);
  const file = recordFile(pid);
  if (file) fs.writeFileSync(file, '');
}

export function killGroup(pid, signal = 'SIGKILL') {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export function untrackGroup(pid) {
  groups.delete(pid);
  const file = recordFile(pid);
  if (file) fs.rmSync(file, { force: true });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Ends everything recorded in `dir` by this process or its children: a child harness first gets SIGTERM
 * and up to 8 s to stop its own processes and remove its temporary folders, then whatever is left is killed.
 */
export async function killRecordedGroups(dir) {
  if (!dir || !fs.existsSync(dir)) return;
  const entries = fs.readdirSync(dir).map((name) => /^(group|proc)-(\d+)$/.exec(name)).filter(Boolean);
  const procs = entries.filter(([, kind]) => kind === 'proc').map(([, , pid]) => Number(pid));
  for (const pid of procs) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + 8000;
  while (procs.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const [name, kind, pid] of entries) {
    if (kind === 'group') killGroup(Number(pid));
    else if (alive(Number(pid))) process.kill(Number(pid), 'SIGKILL');
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Registers an async clean-up step that runs once, before the process exits on a signal or via exitAfterCleanup. */
export function onCleanup(fn) {
  exitHooks.push(fn);
}

let cleaning;
export function cleanupAll() {
  cleaning ??= (async () => {
    // In parallel, and a few seconds at most each: a clean-up step may hang (a browser that does not close).
    await Promise.all(exitHooks.splice(0).map((fn) =>
      Promise.race([Promise.resolve().then(fn).catch(() => {}), new Promise((r) => setTimeout(r, 5000))])));
    for (const pid of [...groups]) {
      killGroup(pid);
      untrackGroup(pid);
    }
  })();
  return cleaning;
}

export async function exitAfterCleanup(code) {
  await cleanupAll();
  process.exit(code);
}

let installed = false;
/**
 * On SIGINT, SIGTERM or SIGHUP: clean up, then exit with 128 + the signal number; or, when `handler` is
 * given, call it instead (it must clean up and exit itself).
 */
export function exitCleanlyOnSignals(handler) {
  if (installed) return;
  installed = true;
  const numbers = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
  for (const [signal, n] of Object.entries(numbers)) {
    process.on(signal, () => {
      if (handler) return void handler(signal);
      console.error(`[e2e] ${signal}: stopping VS Code and the browser`);
      void exitAfterCleanup(128 + n);
    });
  }
  // A reader that goes away (`run.mjs | head`) must not stop the clean-up: ignore write errors on the pipes.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
  process.on('uncaughtException', (error) => {
    console.error(`[e2e] unexpected error: ${error?.stack ?? error}`);
    void exitAfterCleanup(1);
  });
  // A synchronous last resort if the process exits without cleanupAll having run.
  process.on('exit', () => {
    for (const pid of groups) killGroup(pid);
  });
}
