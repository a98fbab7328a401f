// A minimal LSP client over stdio for the benchmarks and the protocol-abuse tests: it speaks raw
// Content-Length framed JSON-RPC to `bin/stevedore-language-server.js --stdio`, so tests can also send
// bytes no well-behaved client would (broken JSON, bad headers, out-of-range edits).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_BIN = join(ROOT, 'bin/stevedore-language-server.js');

export class LspClient {
  /**
   * options.answerConfiguration: (params) => result | undefined; `false` = never answer `workspace/configuration`.
   */
  constructor(options = {}) {
    this.options = options;
    this.child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.nextId = 1;
    this.pending = new Map();
    this.buffer = Buffer.alloc(0);
    this.messages = [];
    this.waiters = [];
    this.stderr = '';
    this.exited = false;
    this.exitCode = undefined;
    this.child.stdout.on('data', (chunk) => this.onData(chunk));
    this.child.stderr.on('data', (chunk) => { this.stderr += chunk.toString(); });
    this.child.stdin.on('error', () => {}); // the server may be gone; the test then asserts on `exited`
    this.child.on('exit', (code, signal) => {
      this.exited = true;
      this.exitCode = code ?? signal;
      for (const [, p] of this.pending) p.reject(new Error(`server exited (${this.exitCode}) before answering; stderr: ${this.stderr.slice(-2000)}`));
      this.pending.clear();
      for (const w of this.waiters.splice(0)) w.reject(new Error(`server exited (${this.exitCode}); stderr: ${this.stderr.slice(-2000)}`));
    });
  }

  get pid() {
    return this.child.pid;
  }

  /** Resident set size of the server process in bytes (Linux: /proc). */
  rss() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb * 1024;
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length:\s*(\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body));
    }
  }

  dispatch(message) {
    message.receivedAt = performance.now();
    if (message.id !== undefined && message.method === undefined) {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (p) p.resolve(message);
    } else if (message.id !== undefined && message.method !== undefined) {
      this.answerServerRequest(message);
    }
    this.messages.push(message);
    for (const w of [...this.waiters]) {
      if (w.predicate(message)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        clearTimeout(w.timer);
        w.resolve(message);
      }
    }
  }

  answerServerRequest(message) {
    if (message.method === 'workspace/configuration') {
      if (this.options.answerConfiguration === false) return; // a client that never answers
      const answer = this.options.answerConfiguration ? this.options.answerConfiguration(message.params) : message.params.items.map(() => null);
      this.writeMessage({ jsonrpc: '2.0', id: message.id, result: answer });
      return;
    }
    if (message.method === 'workspace/applyEdit') {
      this.writeMessage({ jsonrpc: '2.0', id: message.id, result: { applied: true } });
      return;
    }
    this.writeMessage({ jsonrpc: '2.0', id: message.id, result: null });
  }

  /** Writes raw bytes to the server's stdin (used to send malformed frames). */
  writeRaw(data) {
    if (!this.exited) this.child.stdin.write(data);
  }

  writeMessage(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Sends a request; resolves with the whole response message ({ result } or { error }). */
  request(method, params, timeoutMs = 20000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (m) => { clearTimeout(timer); resolve(m); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
      this.writeMessage({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.writeMessage({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first message (from now on) the predicate accepts. */
  waitFor(predicate, timeoutMs = 20000, what = 'a message') {
    return new Promise((resolve, reject) => {
      if (this.exited) {
        reject(new Error(`server already exited (${this.exitCode}); stderr: ${this.stderr.slice(-2000)}`));
        return;
      }
      const waiter = { predicate, resolve, reject };
      waiter.timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The next publishDiagnostics for `uri` (optionally for exactly `version`). */
  diagnostics(uri, version, timeoutMs = 20000) {
    return this.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version),
      timeoutMs,
      `diagnostics for ${uri}${version === undefined ? '' : ` v${version}`}`,
    );
  }

  async initialize(capabilities = {}) {
    const response = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null });
    this.notify('initialized', {});
    return response;
  }

  open(uri, text, languageId = 'dockerfile', version = 1) {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri, version, contentChanges) {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri) {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** A polite shutdown; kills the process if it does not exit in time. */
  async stop() {
    if (this.exited) return;
    try {
      await this.request('shutdown', null, 3000);
      this.notify('exit');
    } catch {
      // fall through to kill
    }
    await new Promise((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => { this.child.kill('SIGKILL'); resolve(); }, 2000);
      this.child.once('exit', () => { clearTimeout(timer); resolve(); });
    });
  }
}
