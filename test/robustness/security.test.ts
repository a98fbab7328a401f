/**
 * Security posture: our code never spawns a process, opens a socket or evaluates text; the bundles
 * contain exactly the process/network modules vscode-languageserver brings for its transports; the
 * extension declares how it behaves in untrusted workspaces.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from './inputs';

const FORBIDDEN = ['child_process', 'http', 'https', 'http2', 'net', 'tls', 'dgram', 'cluster', 'worker_threads', 'vm', 'inspector'];

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Module names a source file imports or requires (static imports, require(), dynamic import()). */
function importedModules(text: string): string[] {
  const out: string[] = [];
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const p of patterns) for (const m of text.matchAll(p)) out.push(m[1].replace(/^node:/, ''));
  return out;
}

/**
 * In an esbuild bundle, which source module each `require("<builtin>")` sits in: esbuild writes a
 * `// path/to/source.js` comment before every module it inlines.
 */
function bundleRequires(bundle: string): { module: string; source: string }[] {
  const out: { module: string; source: string }[] = [];
  const lines = bundle.split('\n');
  let source = '(bundle prelude)';
  for (const line of lines) {
    const header = /^\/\/ ((?:node_modules|server|client)\/\S+\.[jt]s)$/.exec(line);
    if (header) source = header[1];
    for (const m of line.matchAll(/\brequire\("(?:node:)?([a-z_0-9/]+)"\)/g)) {
      if (FORBIDDEN.includes(m[1])) out.push({ module: m[1], source });
    }
  }
  return out;
}

describe('security', () => {
  test('nothing in server/src imports process, network or code-evaluation modules', () => {
    const offenders: string[] = [];
    for (const file of tsFiles(join(ROOT, 'server/src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of importedModules(text)) if (FORBIDDEN.includes(m)) offenders.push(`${relative(ROOT, file)} imports ${m}`);
      if (/\beval\s*\(|\bnew\s+Function\s*\(/.test(text)) offenders.push(`${relative(ROOT, file)} evaluates code (eval / new Function)`);
      if (/\brequire\(\s*[^'"\s)]/.test(text)) offenders.push(`${relative(ROOT, file)} requires a computed module name`);
    }
    assert.deepEqual(offenders, []);
  });

  test('server/src never uses the vscode-languageserver helpers that spawn npm or yarn', () => {
    for (const file of tsFiles(join(ROOT, 'server/src'))) {
      const text = readFileSync(file, 'utf8');
      assert.ok(!/\bFiles\.(resolve|resolveModulePath|resolveGlobalNodePath|resolveGlobalYarnPath)\b/.test(text), `${relative(ROOT, file)} calls a Files.* helper`);
    }
  });

  test('dist/server.js holds exactly the transport modules of vscode-languageserver, dist/cli.js none', () => {
    const server = join(ROOT, 'dist/server.js');
    const cli = join(ROOT, 'dist/cli.js');
    assert.ok(existsSync(server) && existsSync(cli), 'dist/ is built (npm run build)');
    const found = bundleRequires(readFileSync(server, 'utf8')).map((r) => `${r.module} ← ${r.source.replace(/node_modules\/vscode-languageserver\/node_modules\//, 'node_modules/')}`);
    assert.deepEqual([...new Set(found)].sort(), [
      // files.js: Files.resolveGlobalNodePath & co. (spawn npm/yarn only when called; we never call them).
      'child_process ← node_modules/vscode-languageserver/lib/node/files.js',
      // The socket and pipe transports of vscode-jsonrpc (we run over stdio or node IPC).
      'net ← node_modules/vscode-jsonrpc/lib/node/main.js',
    ]);
    assert.deepEqual(bundleRequires(readFileSync(cli, 'utf8')), []);
  });

  test('package.json declares untrusted-workspace behaviour', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: unknown } } };
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.ok(untrusted, 'capabilities.untrustedWorkspaces is declared');
    assert.ok(untrusted.supported === true || untrusted.supported === false || untrusted.supported === 'limited', `supported is ${JSON.stringify(untrusted.supported)}`);
    if (untrusted.supported === 'limited') assert.ok(typeof untrusted.description === 'string' && untrusted.description.length > 20, 'limited support says what is limited');
  });
});
