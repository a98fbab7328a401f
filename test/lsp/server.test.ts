/** Protocol tests: the real language server over stdio, real LSP messages. */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../support/lsp-client';

const DOCKERFILE = 'FROM node:latest\nRUN apt-get update && apt-get install curl\nCMD node server.js\n';
const COMPOSE = 'version: "3"\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n  db:\n    image: postgres:17\n';

interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes: Record<string, { range: { start: { line: number; character: number } }; newText: string }[]> };
  command?: { command: string; arguments?: unknown[] };
  diagnostics?: { range: unknown }[];
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'stevedore-lsp-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('language server', () => {
  let client: TestClient;
  let dir: string;
  let dockerfileUri: string;
  let composeUri: string;
  const edits: unknown[] = [];

  before(async () => {
    dir = workspace({ Dockerfile: DOCKERFILE, 'compose.yaml': COMPOSE });
    dockerfileUri = pathToFileURL(join(dir, 'Dockerfile')).toString();
    composeUri = pathToFileURL(join(dir, 'compose.yaml')).toString();
    client = new TestClient({ onApplyEdit: (p) => edits.push(p) });
    const init = await client.initialize(dir);
    assert.ok(init.capabilities.hoverProvider);
    await client.open(dockerfileUri, DOCKERFILE, 'dockerfile');
    await client.open(composeUri, COMPOSE, 'dockercompose');
  });
  after(() => client.stop());

  test('announces its features', async () => {
    const probe = new TestClient();
    const init = await probe.initialize();
    await probe.stop();
    const caps = init.capabilities as { codeActionProvider: { codeActionKinds: string[] }; executeCommandProvider: { commands: string[] } };
    assert.ok(caps.codeActionProvider.codeActionKinds.includes('source.fixAll.stevedore'));
    assert.ok(caps.codeActionProvider.codeActionKinds.includes('quickfix'));
    assert.deepEqual(caps.executeCommandProvider.commands, ['stevedore.applyFixAll']);
    assert.ok(init.capabilities.completionProvider && init.capabilities.definitionProvider);
  });

  test('publishes Dockerfile diagnostics with source, code, docs link and exact ranges', async () => {
    const published = await client.diagnostics(dockerfileUri, (p) => p.diagnostics.length >= 3);
    const byCode = new Map(published.diagnostics.map((d) => [d.code, d]));
    const latest = byCode.get('base-image-latest');
    assert.ok(latest);
    assert.equal(latest.source, 'stevedore');
    assert.equal(latest.severity, 2);
    assert.deepEqual(latest.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 16 } });
    assert.match(latest.codeDescription?.href ?? '', /^command:stevedore\.showRuleDocumentation\?/);
    assert.deepEqual(byCode.get('apt-get-missing-yes')?.range, { start: { line: 1, character: 30 }, end: { line: 1, character: 37 } });
    assert.ok(byCode.has('exec-form-recommended'));
  });

  test('publishes compose diagnostics', async () => {
    const published = await client.diagnostics(composeUri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(published.diagnostics.find((d) => d.code === 'version-obsolete')?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } });
  });

  test('updates diagnostics when the text changes', async () => {
    const fixed = 'FROM node:22-slim\nRUN apt-get update && apt-get install -y curl\nCMD ["node", "server.js"]\n';
    await client.change(dockerfileUri, 2, fixed);
    const published = await client.diagnostics(dockerfileUri, (p) => p.version === 2);
    const codes = published.diagnostics.map((d) => d.code);
    for (const gone of ['base-image-latest', 'apt-get-missing-yes', 'exec-form-recommended']) assert.ok(!codes.includes(gone), gone);
    await client.change(dockerfileUri, 3, DOCKERFILE);
    await client.diagnostics(dockerfileUri, (p) => p.version === 3 && p.diagnostics.length >= 3);
  });

  test('hover on a finding explains the rule', async () => {
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: dockerfileUri }, position: { line: 0, character: 12 } });
    assert.match(hover.contents.value, /`base-image-latest`/);
    assert.match(hover.contents.value, /Better:/);
  });

  test('hover on an instruction keyword shows its reference docs', async () => {
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: dockerfileUri }, position: { line: 1, character: 1 } });
    assert.match(hover.contents.value, /^\*\*RUN\*\*/);
  });

  test('hover on a compose key describes it', async () => {
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: composeUri }, position: { line: 3, character: 6 } });
    assert.match(hover.contents.value, /^\*\*image\*\*/);
  });

  test('code actions: the fix, ignore for this line, ignore in this file, show documentation', async () => {
    const published = await client.diagnostics(dockerfileUri, (p) => p.diagnostics.some((d) => d.code === 'apt-get-missing-yes'));
    const diagnostic = published.diagnostics.find((d) => d.code === 'apt-get-missing-yes');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: dockerfileUri },
      range: diagnostic!.range,
      context: { diagnostics: [diagnostic] },
    });
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, [
      'Add -y to apt-get install',
      'Ignore apt-get-missing-yes for this line',
      'Ignore apt-get-missing-yes in this file',
      'Show documentation for apt-get-missing-yes',
    ]);
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[0].edit?.changes[dockerfileUri], [{ range: { start: { line: 1, character: 37 }, end: { line: 1, character: 37 } }, newText: ' -y' }]);
    assert.deepEqual(actions[1].edit?.changes[dockerfileUri][0].newText, '# stevedore-ignore apt-get-missing-yes\n');
    assert.deepEqual(actions[2].edit?.changes[dockerfileUri][0].newText, '# stevedore-ignore-file apt-get-missing-yes\n');
    assert.deepEqual(actions[3].command, { title: 'Show documentation for apt-get-missing-yes', command: 'stevedore.showRuleDocumentation', arguments: ['apt-get-missing-yes'] });
  });

  test('code actions for a selection of the whole file match each of its thousands of diagnostics', async () => {
    const uri = pathToFileURL(join(dir, 'many', 'Dockerfile')).toString();
    await client.open(uri, 'FROM alpine:3.20\n' + 'RUN sudo apk add curl\n'.repeat(2000), 'dockerfile');
    const published = await client.diagnostics(uri, (p) => p.diagnostics.length > 4000);
    const ours = published.diagnostics.filter((d) => d.code === 'run-sudo' || d.code === 'apk-add-no-cache');
    assert.equal(ours.length, 4000);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 2001, character: 0 } },
      context: { diagnostics: ours },
    });
    const titles = actions.map((a) => a.title);
    // Each diagnostic gets its own fix; the ignore and documentation actions come once per rule.
    assert.equal(titles.filter((t) => t === 'Use apk add --no-cache').length, 2000);
    assert.equal(titles.filter((t) => t.startsWith('Ignore apk-add-no-cache')).length, 2);
    const last = actions.filter((a) => a.title === 'Use apk add --no-cache').at(-1);
    assert.deepEqual(last?.diagnostics?.[0].range, ours.filter((d) => d.code === 'apk-add-no-cache').at(-1)!.range);
  });

  test('source.fixAll.stevedore applies safe fixes only', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: dockerfileUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.stevedore');
    const texts = actions[0].edit?.changes[dockerfileUri].map((e) => e.newText) ?? [];
    assert.ok(texts.includes(' -y'), 'the safe apt-get fix is included');
    assert.ok(!texts.some((t) => t.includes('["node"')), 'the unsafe exec-form fix is not');
  });

  test('the apply-fix-all command sends a workspace edit', async () => {
    edits.length = 0;
    const result = await client.request<{ applied: number }>('workspace/executeCommand', { command: 'stevedore.applyFixAll', arguments: [dockerfileUri] });
    assert.ok(result.applied >= 1);
    assert.equal(edits.length, 1);
  });

  test('rule documentation request', async () => {
    const doc = await client.request<string>('stevedore/ruleDocumentation', { id: 'version-obsolete' });
    assert.match(doc, /^# version-obsolete/);
    assert.equal(await client.request('stevedore/ruleDocumentation', { id: 'no-such-rule' }), null);
  });

  test('completion of compose keys and service names', async () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    dep\n    depends_on:\n      - \n  db:\n    image: postgres:17\n';
    const uri = pathToFileURL(join(dir, 'compose.dev.yaml')).toString();
    await client.open(uri, text, 'dockercompose');
    const keys = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 7 } });
    assert.ok(keys.some((k) => k.label === 'depends_on'));
    assert.ok(keys.some((k) => k.label === 'healthcheck'));
    const names = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 8 } });
    assert.deepEqual(names.map((n) => n.label), ['db']);
    await client.close(uri);
  });

  test('go to definition of a depends_on entry', async () => {
    const location = await client.request<{ uri: string; range: { start: { line: number; character: number } } }>('textDocument/definition', {
      textDocument: { uri: composeUri },
      position: { line: 4, character: 17 },
    });
    assert.equal(location.uri, composeUri);
    assert.deepEqual(location.range.start, { line: 5, character: 2 });
  });
});

describe('fixes that create another file', () => {
  test('offered as a workspace edit to clients that can create files, and not to others', async () => {
    const text = 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\n';
    const dir = workspace({ Dockerfile: text, 'app.js': '' });
    const uri = pathToFileURL(join(dir, 'Dockerfile')).toString();
    const titles = async (createFiles: boolean) => {
      const client = new TestClient({ createFiles });
      try {
        await client.initialize(dir);
        await client.open(uri, text, 'dockerfile');
        const published = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'dockerignore-missing'));
        const diagnostic = published.diagnostics.find((d) => d.code === 'dockerignore-missing');
        const actions = await client.request<(CodeAction & { edit?: { documentChanges?: { kind?: string; uri?: string }[] } })[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: diagnostic!.range,
          context: { diagnostics: [diagnostic] },
        });
        return actions;
      } finally {
        await client.stop();
      }
    };
    const withSupport = (await titles(true)).find((a) => a.title === '(unsafe) Create a .dockerignore for the build context');
    assert.ok(withSupport, 'offered');
    assert.deepEqual(withSupport.edit?.documentChanges?.[0], { kind: 'create', uri: pathToFileURL(join(dir, '.dockerignore')).toString(), options: { ignoreIfExists: true } });
    assert.ok(!(await titles(false)).some((a) => a.title.includes('.dockerignore')), 'not offered without file creation support');
  });
});

describe('the standalone binary', () => {
  test('stevedore-language-server --stdio serves other editors', async () => {
    const client = new TestClient({ server: join(__dirname, '../../../bin/stevedore-language-server.js') });
    try {
      const init = (await client.initialize()) as { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
      assert.equal(init.serverInfo?.name, 'stevedore');
      await client.open('untitled:Dockerfile', 'FROM node:latest\n', 'dockerfile');
      const published = await client.diagnostics('untitled:Dockerfile', (p) => p.diagnostics.length > 0);
      assert.ok(published.diagnostics.some((d) => d.code === 'base-image-latest'));
    } finally {
      await client.stop();
    }
  });
});

describe('language server settings and configuration files', () => {
  test('a rule turned off in settings disappears', async () => {
    const dir = workspace({ Dockerfile: DOCKERFILE });
    const uri = pathToFileURL(join(dir, 'Dockerfile')).toString();
    const client = new TestClient({ settings: { rules: { 'base-image-latest': 'off', DL3014: 'error' } } });
    try {
      await client.initialize(dir);
      await client.open(uri, DOCKERFILE, 'dockerfile');
      const published = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.ok(!published.diagnostics.some((d) => d.code === 'base-image-latest'));
      assert.equal(published.diagnostics.find((d) => d.code === 'apt-get-missing-yes')?.severity, 1);
    } finally {
      await client.stop();
    }
  });

  test('stevedore.compose.schemaValidation: false leaves schema checks to another extension', async () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    port: 80\n';
    const seen = async (settings: Record<string, unknown>) => {
      const client = new TestClient({ settings });
      try {
        await client.initialize();
        await client.open('untitled:compose.yaml', text, 'dockercompose');
        const published = await client.diagnostics('untitled:compose.yaml', (p) => p.diagnostics.length > 0 || settings.compose !== undefined, 3000).catch(() => undefined);
        return (published?.diagnostics ?? []).map((d) => d.code);
      } finally {
        await client.stop();
      }
    };
    assert.ok((await seen({})).includes('schema-unknown-key'));
    assert.ok(!(await seen({ compose: { schemaValidation: false } })).includes('schema-unknown-key'));
  });

  test('.stevedore.yaml and .hadolint.yaml are honoured', async () => {
    const dir = workspace({
      'app/Dockerfile': DOCKERFILE,
      '.stevedore.yaml': 'rules:\n  exec-form-recommended: off\n',
      '.hadolint.yaml': 'ignored: [DL3007]\noverride:\n  info: [DL3014]\n',
    });
    const uri = pathToFileURL(join(dir, 'app/Dockerfile')).toString();
    const client = new TestClient();
    try {
      await client.initialize(dir);
      await client.open(uri, DOCKERFILE, 'dockerfile');
      const published = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
      const codes = published.diagnostics.map((d) => d.code);
      assert.equal(published.diagnostics.find((d) => d.code === 'apt-get-missing-yes')?.severity, 3, 'override info: [DL3014]');
      assert.ok(!codes.includes('base-image-latest'), 'ignored: [DL3007]');
      assert.ok(!codes.includes('exec-form-recommended'), '.stevedore.yaml turns it off');
    } finally {
      await client.stop();
    }
  });

  test('a client that never answers workspace/configuration still gets diagnostics', async () => {
    const client = new TestClient({ settings: 'never' });
    try {
      await client.initialize();
      await client.open('untitled:Untitled-1', DOCKERFILE, 'dockerfile');
      const published = await client.diagnostics('untitled:Untitled-1', (p) => p.diagnostics.length > 0);
      assert.ok(published.diagnostics.some((d) => d.code === 'base-image-latest'));
    } finally {
      await client.stop();
    }
  });

  test('an invalid .stevedore.yaml is reported once, and linting goes on', async () => {
    const dir = workspace({ Dockerfile: DOCKERFILE, '.stevedore.yaml': 'rules:\n  no-such-rule: off\n' });
    const uri = pathToFileURL(join(dir, 'Dockerfile')).toString();
    const client = new TestClient();
    try {
      await client.initialize(dir);
      await client.open(uri, DOCKERFILE, 'dockerfile');
      await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.ok(client.messages.some((m) => /Unknown rule `no-such-rule`/.test(m.message)));
    } finally {
      await client.stop();
    }
  });
});
