// Language ids decide which files Stevedore lints: Compose files must get `dockercompose`, not plain yaml.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { fixtureUri } from './helpers';

async function languageOf(relativePath: string): Promise<string> {
  return (await vscode.workspace.openTextDocument(fixtureUri(relativePath))).languageId;
}

describe('language ids', () => {
  it('assigns dockercompose to compose.yaml and docker-compose.yml', async () => {
    assert.equal(await languageOf('compose.yaml'), 'dockercompose');
    assert.equal(await languageOf('worker/docker-compose.yml'), 'dockercompose');
  });

  it('assigns dockerfile to Dockerfile and *.Dockerfile, dockerignore to .dockerignore', async () => {
    assert.equal(await languageOf('Dockerfile'), 'dockerfile');
    assert.equal(await languageOf('fixes.Dockerfile'), 'dockerfile');
    assert.equal(await languageOf('.dockerignore'), 'dockerignore');
  });
});
