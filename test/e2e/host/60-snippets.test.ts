// The Dockerfile snippets are offered by completion and insert their text.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openDoc, restoreText } from './helpers';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function snippetItem(doc: vscode.TextDocument, position: vscode.Position, prefix: string): Promise<vscode.CompletionItem> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position);
  const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet);
  const item = snippets.find((i) => labelOf(i) === prefix);
  assert.ok(item, `snippet "${prefix}" is not offered; snippets offered: ${snippets.map(labelOf).join(', ') || '(none)'}`);
  return item;
}

async function insert(doc: vscode.TextDocument, item: vscode.CompletionItem, position: vscode.Position): Promise<void> {
  const editor = await vscode.window.showTextDocument(doc);
  const body = item.insertText;
  assert.ok(body instanceof vscode.SnippetString, `"${labelOf(item)}" inserts ${typeof body}, not a snippet`);
  assert.ok(await editor.insertSnippet(body, position));
}

describe('snippets', () => {
  let doc: vscode.TextDocument;
  let original: string;
  const at = new vscode.Position(1, 0); // the empty line below the comment
  before(async () => {
    doc = await openDoc('snippets.Dockerfile');
    original = doc.getText();
  });
  afterEach(async () => {
    await restoreText(doc, original);
  });

  it('multistage-node inserts a build stage and a runtime stage', async () => {
    await insert(doc, await snippetItem(doc, at, 'multistage-node'), at);
    const text = doc.getText();
    const froms = text.match(/^FROM\s+\S*node\S*/gm) ?? [];
    assert.ok(froms.length >= 2, `expected two node FROM lines:\n${text}`);
    assert.match(text, /^FROM\s+\S+\s+AS\s+\S+/im, `expected a named stage:\n${text}`);
    assert.match(text, /^COPY\s+--from=/m, `expected COPY --from:\n${text}`);
  });

  it('multiarch-go inserts a cross-compiling Go build', async () => {
    await insert(doc, await snippetItem(doc, at, 'multiarch-go'), at);
    const text = doc.getText();
    assert.match(text, /^FROM\s+--platform=\$\{?BUILDPLATFORM\}?\s+\S*golang/m, `expected FROM --platform=$BUILDPLATFORM golang:\n${text}`);
    assert.match(text, /TARGETARCH/, `expected TARGETARCH:\n${text}`);
    assert.match(text, /GOARCH/, `expected GOARCH:\n${text}`);
    assert.match(text, /^COPY\s+--from=/m, `expected COPY --from:\n${text}`);
  });
});
