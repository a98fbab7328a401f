// Code actions: safe and unsafe quick fixes, "ignore" comments in both comment styles, the documentation
// action, and fix-all (as a source action, on save, and as a command).
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  applyAction, codeActions, diagnosticsFor, findAction, lineIndex, openDoc, restoreText, setSetting, titles,
  waitFor, waitForDiagnostic, waitForNoDiagnostic,
} from './helpers';

describe('quick fixes', () => {
  let doc: vscode.TextDocument;
  let original: string;
  before(async () => {
    doc = await openDoc('fixes.Dockerfile');
    original = doc.getText();
  });
  after(async () => {
    await restoreText(doc, original);
  });

  it('offers "Show documentation" that runs stevedore.showRuleDocumentation', async () => {
    const d = await waitForDiagnostic(doc.uri, 'maintainer-deprecated');
    const action = await findAction(doc.uri, d.range, 'Show documentation for maintainer-deprecated');
    assert.equal(action.command?.command, 'stevedore.showRuleDocumentation');
    assert.ok((await vscode.commands.getCommands(true)).includes('stevedore.showRuleDocumentation'), 'the command is not registered');
    await applyAction(action);
    await waitFor('a markdown document with the rule documentation', () =>
      vscode.workspace.textDocuments.find((d) => d.languageId === 'markdown' && d.getText().includes('maintainer-deprecated') && /MAINTAINER/.test(d.getText())));
  });

  it('replaces MAINTAINER with a LABEL (safe fix) and the warning goes away', async () => {
    const d = await waitForDiagnostic(doc.uri, 'maintainer-deprecated');
    const action = await findAction(doc.uri, d.range, 'Replace MAINTAINER with LABEL org.opencontainers.image.authors');
    assert.ok(action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind), `kind is ${action.kind?.value}`);
    const line = d.range.start.line;
    await applyAction(action);
    const text = doc.lineAt(line).text;
    assert.ok(text.startsWith('LABEL org.opencontainers.image.authors='), `line ${line} is now: ${text}`);
    assert.ok(text.includes('Ops Team <ops@example.com>'), `the author is kept: ${text}`);
    await waitForNoDiagnostic(doc.uri, 'maintainer-deprecated');
  });

  it('adds -y right after "apt-get install" (safe fix)', async () => {
    const d = await waitForDiagnostic(doc.uri, 'apt-get-missing-yes');
    await applyAction(await findAction(doc.uri, d.range, 'Add -y to apt-get install'));
    assert.equal(doc.lineAt(d.range.start.line).text, 'RUN apt-get update && apt-get install -y --no-install-recommends curl');
    await waitForNoDiagnostic(doc.uri, 'apt-get-missing-yes');
  });

  it('converts CMD to exec form (unsafe fix, labelled as such)', async () => {
    const d = await waitForDiagnostic(doc.uri, 'exec-form-recommended');
    await applyAction(await findAction(doc.uri, d.range, '(unsafe) Convert to exec form'));
    const text = doc.lineAt(d.range.start.line).text;
    const match = /^CMD\s+(\[.*\])\s*$/.exec(text);
    assert.ok(match, `CMD line is now: ${text}`);
    assert.deepEqual(JSON.parse(match[1]), ['node', '/srv/server.js']);
    await waitForNoDiagnostic(doc.uri, 'exec-form-recommended');
  });

  it('removes the obsolete version key from a Compose file (safe fix)', async () => {
    const compose = await openDoc('compose.yaml');
    const before = compose.getText();
    try {
      const d = await waitForDiagnostic(compose.uri, 'version-obsolete');
      await applyAction(await findAction(compose.uri, d.range, 'Remove the obsolete version key'));
      assert.ok(!/^version:/m.test(compose.getText()), 'the version line is still there');
      assert.match(compose.getText(), /^services:/m, 'the rest of the file is kept');
      await waitForNoDiagnostic(compose.uri, 'version-obsolete');
    } finally {
      await restoreText(compose, before);
    }
  });
});

describe('ignore comments', () => {
  it('"Ignore <id> for this line" writes # stevedore-ignore <id> above the line', async () => {
    const doc = await openDoc('ignore.Dockerfile');
    const original = doc.getText();
    try {
      const d = await waitForDiagnostic(doc.uri, 'base-image-latest');
      await applyAction(await findAction(doc.uri, d.range, 'Ignore base-image-latest for this line'));
      const from = lineIndex(doc, 'FROM node:latest');
      assert.ok(from > 0, 'the FROM line should have moved down');
      assert.equal(doc.lineAt(from - 1).text.trim(), '# stevedore-ignore base-image-latest');
      await waitForNoDiagnostic(doc.uri, 'base-image-latest');
    } finally {
      await restoreText(doc, original);
    }
  });

  it('"Ignore <id> in this file" writes # stevedore-ignore-file <id>', async () => {
    const doc = await openDoc('ignore.Dockerfile');
    const original = doc.getText();
    try {
      const d = await waitForDiagnostic(doc.uri, 'base-image-latest');
      await applyAction(await findAction(doc.uri, d.range, 'Ignore base-image-latest in this file'));
      const lines = doc.getText().split('\n').map((l) => l.trim());
      assert.ok(lines.includes('# stevedore-ignore-file base-image-latest'), `file is now:\n${doc.getText()}`);
      await waitForNoDiagnostic(doc.uri, 'base-image-latest');
    } finally {
      await restoreText(doc, original);
    }
  });

  it('writes # hadolint ignore=<alias> in a file that already uses hadolint comments', async () => {
    const doc = await openDoc('hadolint-style.Dockerfile');
    const original = doc.getText();
    try {
      const d = await waitForDiagnostic(doc.uri, 'apt-get-missing-yes', 'libpq-dev');
      await applyAction(await findAction(doc.uri, d.range, 'Ignore apt-get-missing-yes for this line'));
      const run = lineIndex(doc, 'libpq-dev');
      assert.equal(doc.lineAt(run - 1).text.trim(), '# hadolint ignore=DL3014');
      await waitFor('apt-get-missing-yes to leave the libpq-dev line', () =>
        !diagnosticsFor(doc.uri, 'apt-get-missing-yes').some((x) => doc.lineAt(x.range.start.line).text.includes('libpq-dev')));
    } finally {
      await restoreText(doc, original);
    }
  });
});

describe('fix all', () => {
  let doc: vscode.TextDocument;
  let original: string;
  before(async () => {
    doc = await openDoc('fix-on-save.Dockerfile');
    original = doc.getText();
  });
  afterEach(async () => {
    await setSetting('editor', 'codeActionsOnSave', undefined);
    await restoreText(doc, original);
  });

  it('offers source.fixAll.stevedore as a source action', async () => {
    await waitForDiagnostic(doc.uri, 'maintainer-deprecated');
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await codeActions(doc.uri, whole, 'source.fixAll.stevedore');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.stevedore');
    assert.ok(fixAll, `no source.fixAll.stevedore action; offered: ${titles(actions)}`);
  });

  it('applies the safe fixes on save when editor.codeActionsOnSave enables source.fixAll.stevedore', async () => {
    await waitForDiagnostic(doc.uri, 'maintainer-deprecated');
    await setSetting('editor', 'codeActionsOnSave', { 'source.fixAll.stevedore': 'explicit' });
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), '# saved by the editor test\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitFor('the file to be saved', () => !doc.isDirty);
    const text = doc.getText();
    assert.match(text, /^LABEL org\.opencontainers\.image\.authors=/m, `MAINTAINER not fixed on save:\n${text}`);
    assert.match(text, /apt-get install -y /, `-y not added on save:\n${text}`);
    assert.match(text, /^CMD node \/srv\/server\.js$/m, 'the unsafe exec-form fix must not run on save');
    await waitForNoDiagnostic(doc.uri, 'maintainer-deprecated');
    await waitForNoDiagnostic(doc.uri, 'apt-get-missing-yes');
  });

  it('does not change the file on save when codeActionsOnSave is not set', async () => {
    await waitForDiagnostic(doc.uri, 'maintainer-deprecated');
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), '# saved by the editor test\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitFor('the file to be saved', () => !doc.isDirty);
    assert.match(doc.getText(), /^MAINTAINER /m);
  });

  it('stevedore.fixAll applies the safe fixes to the active editor', async () => {
    await waitForDiagnostic(doc.uri, 'maintainer-deprecated');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('stevedore.fixAll');
    await waitFor('stevedore.fixAll to edit the file', () => /^LABEL org\.opencontainers\.image\.authors=/m.test(doc.getText()));
    assert.match(doc.getText(), /apt-get install -y /);
    assert.match(doc.getText(), /^CMD node \/srv\/server\.js$/m, 'fix-all must leave unsafe fixes alone');
  });
});
