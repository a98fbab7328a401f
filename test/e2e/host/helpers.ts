// Small helpers shared by the extension-host tests. Everything that depends on the language server's
// timing polls with a deadline (waitFor); nothing sleeps for a fixed time.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'stevedore.stevedore';
export const SOURCE = 'stevedore';

/** Polls `probe` until it returns something truthy, or fails after `timeoutMs` saying what it waited for. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function fixtureUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** Opens a fixture file in an editor (as a user would) and returns its document. */
export async function openDoc(relativePath: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** The rule id of a diagnostic: `code` is a string or `{ value, target }`. */
export function ruleId(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function stevedoreDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const list = stevedoreDiagnostics(uri).map((d) => `${ruleId(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
  return list.length ? list.join(', ') : '(none)';
}

export function diagnosticsFor(uri: vscode.Uri, id: string): vscode.Diagnostic[] {
  return stevedoreDiagnostics(uri).filter((d) => ruleId(d) === id);
}

/** Waits until `id` is reported in `uri` (optionally: on the line containing `lineText`) and returns the first one. */
export async function waitForDiagnostic(uri: vscode.Uri, id: string, lineText?: string): Promise<vscode.Diagnostic> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return waitFor(`${id} in ${uri.path.split('/').pop()}${lineText ? ` on "${lineText}"` : ''} (now: ${describeDiagnostics(uri)})`, () =>
    diagnosticsFor(uri, id).find((d) => lineText === undefined || doc.lineAt(d.range.start.line).text.includes(lineText)),
  ).catch((error: Error) => {
    throw new Error(`${error.message}; last seen: ${describeDiagnostics(uri)}`);
  });
}

export async function waitForNoDiagnostic(uri: vscode.Uri, id: string): Promise<void> {
  await waitFor(`${id} to disappear from ${uri.path.split('/').pop()}`, () => diagnosticsFor(uri, id).length === 0).catch((error: Error) => {
    throw new Error(`${error.message}; last seen: ${describeDiagnostics(uri)}`);
  });
}

/** The range of `token` on the first line of `doc` that contains `lineText` (and the token). */
export function rangeOf(doc: vscode.TextDocument, lineText: string, token: string): vscode.Range {
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineAt(line).text;
    if (!text.includes(lineText)) continue;
    const start = text.indexOf(token, text.indexOf(lineText)); // the token inside (or after) the matched text
    assert.ok(start >= 0, `"${token}" is not on the line "${text}"`);
    return new vscode.Range(line, start, line, start + token.length);
  }
  throw new Error(`no line contains "${lineText}" in ${doc.uri.path}`);
}

export function lineIndex(doc: vscode.TextDocument, lineText: string): number {
  for (let line = 0; line < doc.lineCount; line++) if (doc.lineAt(line).text.includes(lineText)) return line;
  throw new Error(`no line contains "${lineText}" in ${doc.uri.path}`);
}

export function formatRange(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export function assertRange(actual: vscode.Range, expected: vscode.Range, what: string): void {
  assert.equal(formatRange(actual), formatRange(expected), `${what}: range`);
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n');
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  // The last argument asks VS Code to resolve lazily computed edits (codeAction/resolve) for up to 100 actions.
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind, 100);
  // A bare Command (as opposed to a CodeAction) has a string `command`; Stevedore returns CodeActions only.
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

export function titles(actions: vscode.CodeAction[]): string {
  return actions.map((a) => `"${a.title}"`).join(', ') || '(none)';
}

export async function findAction(uri: vscode.Uri, range: vscode.Range, title: string): Promise<vscode.CodeAction> {
  const actions = await codeActions(uri, range);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `code action "${title}" is not offered; offered: ${titles(actions)}`);
  return action;
}

/** Applies a code action the way the editor does: its edit first, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of "${action.title}" was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Puts `text` back into `doc` and saves, so a test leaves its file as it found it. */
export async function restoreText(doc: vscode.TextDocument, text: string): Promise<void> {
  if (doc.getText() !== text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
    await vscode.workspace.applyEdit(edit);
  }
  if (doc.isDirty) await doc.save();
}

type Target = vscode.ConfigurationTarget;
/** Sets a setting for the workspace (the temporary copy's .vscode/settings.json); undefined removes it. */
export async function setSetting(section: string, key: string, value: unknown, target: Target = vscode.ConfigurationTarget.Workspace): Promise<void> {
  await vscode.workspace.getConfiguration(section).update(key, value, target);
}
