// Configuration layers: VS Code settings, the project's .stevedore.yaml and the legacy .hadolint.yaml.
// The fixture's .stevedore.yaml sets copy-from-unknown-stage to error and (by its hadolint alias DL4000)
// maintainer-deprecated to info; its .hadolint.yaml ignores DL3006 (base-image-untagged) and raises
// DL3014 (apt-get-missing-yes) to error. The defaults of all four are warning.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  assertRange, diagnosticsFor, openDoc, rangeOf, setSetting, stevedoreDiagnostics, waitFor, waitForDiagnostic,
  waitForNoDiagnostic,
} from './helpers';

const { Error: ERROR, Warning: WARNING, Information: INFO } = vscode.DiagnosticSeverity;

async function waitForSeverity(uri: vscode.Uri, id: string, severity: vscode.DiagnosticSeverity): Promise<void> {
  await waitForDiagnostic(uri, id);
  await waitFor(`${id} to have severity ${vscode.DiagnosticSeverity[severity]} (now ${diagnosticsFor(uri, id).map((d) => vscode.DiagnosticSeverity[d.severity]).join(', ')})`, () =>
    diagnosticsFor(uri, id).every((d) => d.severity === severity));
}

describe('settings and configuration files', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    doc = await openDoc('Dockerfile');
    await waitForDiagnostic(doc.uri, 'base-image-latest');
  });

  it('turns a rule off through stevedore.rules and back on when the setting is removed', async () => {
    try {
      await setSetting('stevedore', 'rules', { 'base-image-latest': 'off' });
      await waitForNoDiagnostic(doc.uri, 'base-image-latest');
      assert.ok(diagnosticsFor(doc.uri, 'maintainer-deprecated').length > 0, 'other rules must stay on');
    } finally {
      await setSetting('stevedore', 'rules', undefined);
    }
    await waitForDiagnostic(doc.uri, 'base-image-latest');
  });

  it('stops linting when stevedore.enable is false', async () => {
    try {
      await setSetting('stevedore', 'enable', false);
      await waitFor('all Stevedore diagnostics to be cleared', () => stevedoreDiagnostics(doc.uri).length === 0);
    } finally {
      await setSetting('stevedore', 'enable', undefined);
    }
    await waitForDiagnostic(doc.uri, 'base-image-latest');
  });

  it('honours .stevedore.yaml, by rule id and by alias', async () => {
    await waitForSeverity(doc.uri, 'copy-from-unknown-stage', ERROR);
    await waitForSeverity(doc.uri, 'maintainer-deprecated', INFO);
  });

  it('honours .hadolint.yaml ignored and override', async () => {
    await waitForSeverity(doc.uri, 'apt-get-missing-yes', ERROR);
    assert.deepEqual(diagnosticsFor(doc.uri, 'base-image-untagged').map((d) => d.range.start.line), [], 'DL3006 is ignored by .hadolint.yaml');
  });

  it('applies the defaults again when stevedore.useHadolintConfig is false', async () => {
    try {
      await setSetting('stevedore', 'useHadolintConfig', false);
      const untagged = await waitForDiagnostic(doc.uri, 'base-image-untagged');
      assert.equal(untagged.severity, WARNING);
      assertRange(untagged.range, rangeOf(doc, 'FROM ubuntu AS certs', 'ubuntu'), 'base-image-untagged');
      await waitForSeverity(doc.uri, 'apt-get-missing-yes', WARNING);
    } finally {
      await setSetting('stevedore', 'useHadolintConfig', undefined);
    }
    await waitForNoDiagnostic(doc.uri, 'base-image-untagged');
  });

  it('layers stevedore.rules over .stevedore.yaml', async () => {
    try {
      await setSetting('stevedore', 'rules', { 'copy-from-unknown-stage': 'info' });
      await waitForSeverity(doc.uri, 'copy-from-unknown-stage', INFO);
    } finally {
      await setSetting('stevedore', 'rules', undefined);
    }
    await waitForSeverity(doc.uri, 'copy-from-unknown-stage', ERROR);
  });
});
