/**
 * The Stevedore language server. Run by the VS Code client over IPC, or by any editor as
 * `stevedore-language-server --stdio`. Glue only: every answer comes from the engine.
 */
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { renderRuleDoc } from '../engine/docs';
import { allRules } from '../rules';
import { VERSION } from '../version';
import { codeActions, FIX_ALL_KIND, fixAllEdits } from './code-actions';
import { toDiagnostic } from './diagnostics';
import { emptyFileSystem } from '../engine/fs';
import { nodeFileSystem } from '../platform/node-fs';
import { completion } from './completion';
import { definition } from './definition';
import { hover } from './hover';
import { filePath, Linter } from './linter';
import { SettingsStore } from './settings';

const DEBOUNCE_MS = 150;
export const APPLY_FIX_ALL_COMMAND = 'stevedore.applyFixAll';

export function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  const reported = new Set<string>();
  const linter = new Linter((message) => {
    if (reported.has(message)) return;
    reported.add(message);
    void connection.window.showWarningMessage(`Stevedore: ${message}`);
  });
  const timers = new Map<string, NodeJS.Timeout>();
  let dynamicConfiguration = false;
  const editSupport = { createFiles: false };

  connection.onInitialize((params) => {
    const workspace = params.capabilities.workspace;
    settings.supported = workspace?.configuration === true;
    dynamicConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    editSupport.createFiles = workspace?.workspaceEdit?.documentChanges === true && (workspace.workspaceEdit.resourceOperations ?? []).includes('create');
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { resolveProvider: false },
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [APPLY_FIX_ALL_COMMAND] },
      },
      serverInfo: { name: 'stevedore', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'stevedore' });
  });

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const current = await settings.get(uri);
    // A newer version arrived while settings were fetched, or the document closed: that version will be linted instead.
    if (documents.get(uri)?.version !== version) return;
    try {
      const result = linter.lint(document, current);
      const diagnostics = result ? result.findings.map((f) => toDiagnostic(f, uri)) : [];
      void connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      connection.console.error(`Stevedore could not lint ${uri}: ${(error as Error).stack ?? String(error)}`);
    }
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      void validate(uri);
    }, delay));
  }

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent(async (e) => {
    const current = await settings.get(e.document.uri);
    if (current.run === 'onType') schedule(e.document.uri, DEBOUNCE_MS);
  });
  documents.onDidSave((e) => schedule(e.document.uri, 0));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    linter.forget(e.document.uri);
    settings.clear(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    linter.clear();
    reported.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  });
  connection.onDidChangeWatchedFiles(() => {
    linter.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  });

  async function currentLint(uri: string) {
    const document = documents.get(uri);
    if (!document) return undefined;
    const result = linter.lint(document, await settings.get(uri));
    return result ? { document, result } : undefined;
  }

  connection.onHover(async (params) => {
    const found = await currentLint(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return hover(document, found?.result, params.position);
  });

  connection.onCompletion(async (params) => {
    const found = await currentLint(params.textDocument.uri);
    if (!found) return [];
    const path = filePath(params.textDocument.uri);
    return completion(found.result.model, found.document.offsetAt(params.position), path, path ? nodeFileSystem : emptyFileSystem);
  });

  connection.onDefinition(async (params) => {
    const found = await currentLint(params.textDocument.uri);
    if (!found) return null;
    const path = filePath(params.textDocument.uri);
    return definition(found.result.model, params.textDocument.uri, found.document.offsetAt(params.position), path, path ? nodeFileSystem : emptyFileSystem);
  });

  connection.onCodeAction(async (params) => {
    const found = await currentLint(params.textDocument.uri);
    return found ? codeActions(found.document, found.result, params, editSupport) : [];
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== APPLY_FIX_ALL_COMMAND) return null;
    const uri = String(params.arguments?.[0] ?? '');
    const found = await currentLint(uri);
    if (!found) return null;
    const edits = fixAllEdits(found.document, found.result);
    if (edits.length > 0) await connection.workspace.applyEdit({ label: 'Fix all safe Stevedore problems', edit: { changes: { [uri]: edits } } });
    return { applied: edits.length };
  });

  const metas = allRules.map((r) => r.meta);
  connection.onRequest('stevedore/ruleDocumentation', (params: { id?: string }) => {
    const meta = metas.find((m) => m.id === params?.id);
    return meta ? renderRuleDoc(meta) : null;
  });
  connection.onRequest('stevedore/rules', () => metas.map((m) => ({ id: m.id, target: m.target, summary: m.summary })));

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) startServer();
