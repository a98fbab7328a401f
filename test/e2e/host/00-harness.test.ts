// Checks the ground the other tests stand on: a real Node extension host of VS Code 1.139, Stevedore
// loaded from the repository as a development extension, and a temporary copy of the fixture folder.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openDoc, waitFor } from './helpers';

describe('harness', () => {
  it('runs in VS Code 1.139 on Node 24 with the fixture folder open', () => {
    console.log(`extension host: node ${process.version}, vscode ${vscode.version}, appHost ${vscode.env.appHost}`);
    assert.match(vscode.version, /^1\.139\./);
    assert.match(process.version, /^v24\./);
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1);
    assert.equal(folders[0].name, 'stevedore-fixture');
  });

  it('activates Stevedore when a Dockerfile opens', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded as a development extension`);
    await openDoc('Dockerfile');
    await waitFor('the extension to activate', () => extension.isActive);
  });
});
