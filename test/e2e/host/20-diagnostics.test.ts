// Diagnostics published by the language server: our source, the rule id as code, exact ranges, and
// updates while the user types (stevedore.run defaults to onType).
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  assertRange, diagnosticsFor, openDoc, rangeOf, restoreText, ruleId, waitForDiagnostic, waitForNoDiagnostic,
} from './helpers';

describe('diagnostics in a Dockerfile', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    doc = await openDoc('Dockerfile');
  });

  it('reports base-image-latest on the tag, with source stevedore and a documentation link as code', async () => {
    const d = await waitForDiagnostic(doc.uri, 'base-image-latest');
    assert.equal(d.source, 'stevedore');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assertRange(d.range, rangeOf(doc, 'FROM node:latest', 'latest'), 'base-image-latest');
    assert.ok(typeof d.code === 'object', `code should be { value, target }, got ${JSON.stringify(d.code)}`);
    assert.equal(d.code.value, 'base-image-latest');
    assert.equal(d.code.target.scheme, 'command', `code.target should be a command: URI, got ${d.code.target.toString()}`);
    assert.equal(diagnosticsFor(doc.uri, 'base-image-latest').length, 1, 'only one FROM uses :latest');
  });

  it('reports apt-get-missing-yes on the install word', async () => {
    const d = await waitForDiagnostic(doc.uri, 'apt-get-missing-yes');
    assertRange(d.range, rangeOf(doc, 'apt-get install', 'install'), 'apt-get-missing-yes');
  });

  it('reports maintainer-deprecated on the MAINTAINER line', async () => {
    const d = await waitForDiagnostic(doc.uri, 'maintainer-deprecated');
    assert.equal(d.range.start.line, rangeOf(doc, 'MAINTAINER', 'MAINTAINER').start.line);
  });

  it('reports copy-from-unknown-stage on the unknown stage name only', async () => {
    const d = await waitForDiagnostic(doc.uri, 'copy-from-unknown-stage');
    assert.equal(d.range.start.line, rangeOf(doc, '--from=static-assets', 'static-assets').start.line);
    assert.match(doc.getText(d.range), /static-assets/);
    const onKnownStages = diagnosticsFor(doc.uri, 'copy-from-unknown-stage').filter((x) => /--from=(build|certs)\b/.test(doc.lineAt(x.range.start.line).text));
    assert.deepEqual(onKnownStages.map(ruleId), [], '--from=build and --from=certs name real stages');
  });
});

describe('diagnostics in a Compose file', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    doc = await openDoc('compose.yaml');
  });

  it('reports version-obsolete on the version key', async () => {
    const d = await waitForDiagnostic(doc.uri, 'version-obsolete');
    assert.equal(d.source, 'stevedore');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assertRange(d.range, rangeOf(doc, 'version: "3.8"', 'version'), 'version-obsolete');
  });

  it('reports depends-on-undefined-service as an error on the missing name', async () => {
    const d = await waitForDiagnostic(doc.uri, 'depends-on-undefined-service');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.range.start.line, rangeOf(doc, '- cache', 'cache').start.line);
    assert.match(doc.getText(d.range), /cache/);
  });

  it('reports the undefined network, volume and secret where the service uses them', async () => {
    for (const [id, lineText, name] of [
      ['network-undefined', '- backend', 'backend'],
      ['volume-undefined', 'uploads:/srv/uploads', 'uploads'],
      ['secret-config-model-undefined', '- db_password', 'db_password'],
    ] as const) {
      const d = await waitForDiagnostic(doc.uri, id, lineText);
      assert.match(doc.getText(d.range), new RegExp(name), `${id} range should cover "${name}"`);
    }
  });
});

describe('diagnostics follow edits', () => {
  it('drops base-image-latest when the tag is pinned and reports a typo as it is typed', async () => {
    const doc = await openDoc('edit.Dockerfile');
    const original = doc.getText();
    try {
      const latest = await waitForDiagnostic(doc.uri, 'base-image-latest');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, latest.range, '22-bookworm-slim');
      edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), 'RUNN echo hi\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(doc.isDirty, 'the edit is not saved: diagnostics must follow the buffer');
      await waitForNoDiagnostic(doc.uri, 'base-image-latest');
      const typo = await waitForDiagnostic(doc.uri, 'unknown-instruction');
      assert.equal(typo.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(typo.range.start.line, rangeOf(doc, 'RUNN echo hi', 'RUNN').start.line);
      assert.ok(doc.getText(typo.range).startsWith('RUNN'), `range should start at RUNN, covers "${doc.getText(typo.range)}"`);
    } finally {
      await restoreText(doc, original);
    }
    await waitForDiagnostic(doc.uri, 'base-image-latest');
    await waitForNoDiagnostic(doc.uri, 'unknown-instruction');
  });

  it('drops depends-on-undefined-service when the service is added', async () => {
    const doc = await openDoc('compose.yaml');
    const original = doc.getText();
    try {
      await waitForDiagnostic(doc.uri, 'depends-on-undefined-service');
      const at = rangeOf(doc, '  db:', 'db').start.line;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(at, 0), '  cache:\n    image: redis:7.4-alpine\n    networks:\n      - frontend\n\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitForNoDiagnostic(doc.uri, 'depends-on-undefined-service');
    } finally {
      await restoreText(doc, original);
    }
    await waitForDiagnostic(doc.uri, 'depends-on-undefined-service');
  });
});

describe('rule health', () => {
  it('no rule fails (internal-error) on the fixture files', async () => {
    const files: [string, string][] = [
      ['Dockerfile', 'base-image-latest'],
      ['compose.yaml', 'version-obsolete'],
      ['fixes.Dockerfile', 'maintainer-deprecated'],
      ['ignore.Dockerfile', 'base-image-latest'],
      ['hadolint-style.Dockerfile', 'apt-get-missing-yes'],
      ['fix-on-save.Dockerfile', 'maintainer-deprecated'],
      ['edit.Dockerfile', 'base-image-latest'],
    ];
    const crashes: string[] = [];
    for (const [file, knownRule] of files) {
      const doc = await openDoc(file);
      await waitForDiagnostic(doc.uri, knownRule); // the file has been linted
      for (const d of diagnosticsFor(doc.uri, 'internal-error')) crashes.push(`${file}:${d.range.start.line + 1}: ${d.message}`);
    }
    assert.deepEqual(crashes, [], `rules failed:\n${crashes.join('\n')}`);
  });
});
