/**
 * The VS Code side of Stevedore: starts the language server and registers the palette commands.
 * Nothing about rules lives here.
 */
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'dockerfile' },
      { language: 'dockercompose' },
    ],
    synchronize: {
      configurationSection: 'stevedore',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.stevedore.yaml,.stevedore.yml,.hadolint.yaml,.hadolint.yml,.dockerignore,.env,compose*.y*ml,docker-compose*.y*ml,docker-bake*.hcl,docker-bake*.json}'),
    },
  };
  client = new LanguageClient('stevedore', 'Stevedore', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('stevedore.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      await vscode.commands.executeCommand('stevedore.applyFixAll', editor.document.uri.toString());
    }),
    vscode.commands.registerCommand('stevedore.showRuleDocumentation', async (id?: string) => {
      if (!client) return;
      let ruleId = typeof id === 'string' ? id : undefined;
      if (!ruleId) {
        const rules = await client.sendRequest<{ id: string; target: string; summary: string }[]>('stevedore/rules');
        const pick = await vscode.window.showQuickPick(
          rules.map((r) => ({ label: r.id, description: r.target, detail: r.summary })),
          { placeHolder: 'Rule to show documentation for', matchOnDetail: true },
        );
        ruleId = pick?.label;
      }
      if (!ruleId) return;
      const markdown = await client.sendRequest<string | null>('stevedore/ruleDocumentation', { id: ruleId });
      if (!markdown) {
        void vscode.window.showWarningMessage(`Stevedore has no rule named ${ruleId}.`);
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
      await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
    }),
    vscode.commands.registerCommand('stevedore.restartServer', async () => {
      await client?.restart();
    }),
  );

  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
