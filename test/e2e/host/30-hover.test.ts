// Hovers: on a flagged range (the rule), on an instruction keyword and on a Compose key (our docs).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, openDoc, rangeOf, waitForDiagnostic } from './helpers';

describe('hover', () => {
  it('names the rule on a flagged range', async () => {
    const doc = await openDoc('Dockerfile');
    const d = await waitForDiagnostic(doc.uri, 'base-image-latest');
    const text = await hoverText(doc.uri, d.range.start.translate(0, 2));
    assert.match(text, /base-image-latest/, `hover on "latest" was: ${text || '(empty)'}`);
  });

  it('explains an instruction keyword', async () => {
    const doc = await openDoc('Dockerfile');
    await waitForDiagnostic(doc.uri, 'base-image-latest'); // the server is up
    const from = rangeOf(doc, 'FROM node:latest', 'FROM');
    const text = await hoverText(doc.uri, from.start.translate(0, 1));
    assert.match(text, /FROM/, `hover on FROM was: ${text || '(empty)'}`);
    assert.match(text, /base image|stage/i, `hover on FROM was: ${text}`);
  });

  it('explains a Compose key', async () => {
    const doc = await openDoc('compose.yaml');
    await waitForDiagnostic(doc.uri, 'version-obsolete');
    const key = rangeOf(doc, 'services:', 'services');
    const text = await hoverText(doc.uri, key.start.translate(0, 2));
    assert.ok(text.trim().length > 0, 'hover on the services key returned nothing');
    assert.match(text, /service/i, `hover on services was: ${text}`);
  });
});
