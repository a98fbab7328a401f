/**
 * A small LSP client for protocol tests: starts the real server (`node out/server/src/lsp/server.js --stdio`)
 * and exchanges real JSON-RPC messages with it over stdio.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity?: number;
    code?: string | number;
    codeDescription?: { href: string };
    source?: string;
    message: string;
  }[];
}

export interface ClientOptions {
  /** `stevedore` settings returned to workspace/configuration; `'never'` leaves the request unanswered. */
  settings?: Record<string, unknown> | 'never';
  /** Answer to workspace/applyEdit. */
  onApplyEdit?: (params: unknown) => void;
  /** The server script (default: the compiled server module). */
  server?: string;
  /** The client can apply workspace edits that create files. */
  createFiles?: boolean;
}

export const SERVER = join(__dirname, '../../server/src/lsp/server.js');

export class TestClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcess;
  private readonly published: PublishedDiagnostics[] = [];
  private readonly waiters: (() => void)[] = [];
  readonly messages: { type: number; message: string }[] = [];
  settings: Record<string, unknown> | 'never';
  private readonly createFiles: boolean;

  constructor(options: ClientOptions = {}) {
    this.createFiles = options.createFiles === true;
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [options.server ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push(p);
    });
    this.connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messages.push(p);
      return null;
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }): Promise<unknown[]> => {
      if (this.settings === 'never') return new Promise<unknown[]>(() => undefined);
      return Promise.resolve(params.items.map(() => this.settings));
    });
    this.connection.onRequest('workspace/applyEdit', (params: unknown) => {
      options.onApplyEdit?.(params);
      return { applied: true };
    });
    this.connection.listen();
  }

  async initialize(rootPath?: string): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: rootPath ? pathToFileURL(rootPath).toString() : null,
      capabilities: {
        workspace: {
          configuration: true,
          applyEdit: true,
          didChangeConfiguration: { dynamicRegistration: true },
          ...(this.createFiles ? { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } : {}),
        },
        textDocument: {},
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  /** Waits for diagnostics of a document that satisfy `accept`, polling each notification, up to a deadline. */
  async diagnostics(uri: string, accept: (d: PublishedDiagnostics) => boolean = () => true, timeoutMs = 8000): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = [...this.published].reverse().find((p) => p.uri === uri);
      if (match && accept(match)) return match;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No matching diagnostics for ${uri}; last: ${JSON.stringify(match)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}
