// Structure of the snippet files: valid JSON, complete entries, unique prefixes, the prefixes other
// features rely on, and snippet syntax that VS Code expands the way we mean it to.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  allNodes,
  expandSnippet,
  parseSnippet,
  placeholderDefinitions,
  snippetBodyText,
  type SnippetNode,
} from './snippet-syntax';

// Compiled tests run from out/test/snippets; sources live at the repository root.
const ROOT = path.resolve(__dirname, '..', '..', '..');

interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description: string;
  isFileTemplate?: boolean;
}

const FILES = [
  { file: 'snippets/dockerfile.json', language: 'dockerfile' },
  { file: 'snippets/compose.json', language: 'dockercompose' },
] as const;

const ALLOWED_KEYS = new Set(['prefix', 'body', 'description', 'scope', 'isFileTemplate', 'include', 'exclude']);

const REQUIRED_PREFIXES: Record<string, string[]> = {
  'snippets/dockerfile.json': [
    'multistage-node', 'multistage-node-pnpm', 'multistage-python-pip', 'multistage-python-uv',
    'multistage-go', 'multistage-java-maven', 'multistage-java-gradle', 'multistage-rust',
    'multistage-dotnet', 'multistage-static-nginx',
    'multiarch-go', 'multiarch-rust', 'multiarch-dotnet', 'multiarch-download-binary', 'bake-multiarch',
    'stage', 'run-cache-mount', 'run-secret-mount', 'apt-get-install', 'nonroot-user', 'healthcheck',
    'syntax-directive', 'check-directive',
  ],
  'snippets/compose.json': [
    'service-build', 'service-db', 'depends-healthy', 'compose-dev-override', 'profiles', 'develop-watch',
    'build-platforms',
  ],
};

function readRaw(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), 'utf8');
}

function readSnippets(file: string): Record<string, SnippetEntry> {
  return JSON.parse(readRaw(file)) as Record<string, SnippetEntry>;
}

function prefixesOf(entry: SnippetEntry): string[] {
  return Array.isArray(entry.prefix) ? entry.prefix : [entry.prefix];
}

function renderDefault(nodes: SnippetNode[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.value : `\u0000${n.kind}`)).join('');
}

for (const { file, language } of FILES) {
  describe(file, () => {
    test('is valid JSON holding an object of snippets', () => {
      const parsed: unknown = JSON.parse(readRaw(file));
      assert.ok(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed),
        'the top level must be an object keyed by snippet name');
      assert.ok(Object.keys(parsed).length > 0, 'no snippets');
    });

    test('is contributed for its language in package.json', () => {
      const pkg = JSON.parse(readRaw('package.json')) as {
        contributes: { snippets: { language: string; path: string }[] };
      };
      const entry = pkg.contributes.snippets.find((s) => path.normalize(s.path) === path.normalize(file));
      assert.ok(entry, `package.json does not contribute ${file}`);
      assert.equal(entry.language, language);
    });

    const snippets = readSnippets(file);

    test('every snippet has a prefix, a body and a description, and no unknown keys', () => {
      for (const [name, entry] of Object.entries(snippets)) {
        for (const key of Object.keys(entry)) {
          assert.ok(ALLOWED_KEYS.has(key), `${name}: unknown key "${key}"`);
        }
        const prefixes = prefixesOf(entry);
        assert.ok(prefixes.length > 0 && prefixes.every((p) => typeof p === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(p)),
          `${name}: prefix must be lower-case words joined by "-"`);
        const body = entry.body;
        assert.ok(typeof body === 'string' || (Array.isArray(body) && body.every((l) => typeof l === 'string')),
          `${name}: body must be a string or an array of strings`);
        assert.ok(snippetBodyText(body).trim().length > 0, `${name}: empty body`);
        assert.ok(typeof entry.description === 'string' && entry.description.length >= 30,
          `${name}: the description must say what the snippet is for`);
        assert.ok(entry.isFileTemplate === undefined || typeof entry.isFileTemplate === 'boolean',
          `${name}: isFileTemplate must be a boolean`);
      }
    });

    test('prefixes are unique', () => {
      const seen = new Map<string, string>();
      for (const [name, entry] of Object.entries(snippets)) {
        for (const prefix of prefixesOf(entry)) {
          const other = seen.get(prefix);
          assert.equal(other, undefined, `prefix "${prefix}" is used by "${other}" and "${name}"`);
          seen.set(prefix, name);
        }
      }
    });

    test('the prefixes other features rely on exist', () => {
      const all = new Set(Object.values(snippets).flatMap(prefixesOf));
      for (const prefix of REQUIRED_PREFIXES[file] ?? []) {
        assert.ok(all.has(prefix), `missing snippet with prefix "${prefix}"`);
      }
    });

    test('snippet syntax is well formed: no stray "$", unknown variables or unclosed placeholders', () => {
      for (const [name, entry] of Object.entries(snippets)) {
        const text = snippetBodyText(entry.body);
        const { problems } = parseSnippet(text);
        const where = (offset: number) => {
          const before = text.slice(0, offset);
          const line = before.split('\n').length;
          return `line ${line}: ${text.split('\n')[line - 1]}`;
        };
        assert.deepEqual(problems.map((p) => `${p.message} (${where(p.offset)})`), [], `${name}`);
      }
    });

    test('tabstops are numbered 1..n without gaps, and mirrors share one default', () => {
      for (const [name, entry] of Object.entries(snippets)) {
        const { nodes } = parseSnippet(snippetBodyText(entry.body));
        const defs = placeholderDefinitions(nodes);
        const indices = new Set<number>();
        for (const node of allNodes(nodes)) {
          if (node.kind === 'tabstop' || node.kind === 'placeholder' || node.kind === 'choice') {
            indices.add(node.index);
          }
          if (node.kind === 'placeholder' && node.children.length > 0) {
            const first = defs.get(node.index);
            assert.ok(first);
            assert.equal(renderDefault(node.children), renderDefault(first),
              `${name}: placeholder ${node.index} has two different defaults`);
          }
        }
        const numbered = [...indices].filter((i) => i !== 0).sort((a, b) => a - b);
        assert.deepEqual(numbered, numbered.map((_, i) => i + 1), `${name}: tabstop numbers ${numbered.join(',')}`);
        for (const index of numbered) {
          assert.ok(defs.has(index), `${name}: tabstop ${index} has no default or choice, so the user gets no hint`);
        }
      }
    });

    test('no image is left on an implicit or explicit "latest" tag', () => {
      for (const [name, entry] of Object.entries(snippets)) {
        const text = expandSnippet(entry.body);
        assert.doesNotMatch(text, /:latest\b/, `${name}`);
      }
    });
  });
}

describe('Dockerfile templates', () => {
  const snippets = readSnippets('snippets/dockerfile.json');
  const templates = Object.entries(snippets).filter(([, e]) => e.isFileTemplate);

  test('multi-stage and multi-arch templates are file templates', () => {
    for (const [name, entry] of Object.entries(snippets)) {
      const prefix = prefixesOf(entry)[0] ?? '';
      if (/^multi(stage|arch)-/.test(prefix)) assert.equal(entry.isFileTemplate, true, name);
    }
    assert.ok(templates.length >= 14);
  });

  test('each template starts with "# syntax=docker/dockerfile:1" and ends in a non-root USER and exec-form start command', () => {
    for (const [name, entry] of templates) {
      const lines = expandSnippet(entry.body).split('\n');
      assert.equal(lines[0], '# syntax=docker/dockerfile:1', name);
      const finalStage = lines.slice(lines.map((l) => /^FROM\s/i.test(l)).lastIndexOf(true));
      const users = finalStage.filter((l) => /^USER\s/.test(l));
      assert.ok(users.length > 0, `${name}: no USER in the final stage`);
      assert.doesNotMatch(users[users.length - 1] ?? '', /^USER\s+(root|0)(:|$)/, `${name}: final USER is root`);
      const start = finalStage.filter((l) => /^(CMD|ENTRYPOINT)\s/.test(l));
      if (prefixesOf(entry)[0] !== 'multistage-static-nginx') {
        assert.ok(start.length > 0, `${name}: no CMD or ENTRYPOINT`);
      }
      for (const line of start) assert.match(line, /^(CMD|ENTRYPOINT) \[".*"\]$/, `${name}: ${line}`);
    }
  });

  test('multi-arch templates build natively with --platform=$BUILDPLATFORM and declare the target args in that stage', () => {
    for (const [name, entry] of templates) {
      const prefix = prefixesOf(entry)[0] ?? '';
      if (!prefix.startsWith('multiarch-')) continue;
      const text = expandSnippet(entry.body);
      const stages = text.split(/^(?=FROM\s)/m).filter((s) => s.startsWith('FROM'));
      // A stage targets the platform when it reads TARGETOS/TARGETARCH or runs the xx helpers,
      // which read TARGETPLATFORM from the environment.
      const targeting = stages.filter((s) => /\$\{?TARGET(OS|ARCH)\b|\bxx-(cargo|go|apt-get|clang)\b/.test(s.split('\n').slice(1).join('\n')));
      assert.ok(targeting.length > 0, `${name}: no stage builds for the target platform`);
      for (const stage of targeting) {
        assert.match(stage, /^FROM --platform=\$BUILDPLATFORM /, `${name}: ${stage.split('\n')[0]}`);
        assert.match(stage, /^ARG (\w+ )*TARGET(ARCH|PLATFORM)\b/m, `${name}: the target platform args are not declared in the stage`);
      }
    }
    const go = expandSnippet(snippets[Object.keys(snippets).find((k) => prefixesOf(snippets[k]!)[0] === 'multiarch-go')!]!.body);
    assert.match(go, /^ARG TARGETOS TARGETARCH$/m);
    assert.match(go, /GOOS=\$TARGETOS GOARCH=\$TARGETARCH/);
  });
});

describe('Compose snippets', () => {
  const snippets = readSnippets('snippets/compose.json');

  test('expanded, every snippet is a YAML mapping without a "version" key', () => {
    for (const [name, entry] of Object.entries(snippets)) {
      const doc: unknown = parseYaml(expandSnippet(entry.body));
      assert.ok(doc !== null && typeof doc === 'object' && !Array.isArray(doc), `${name}: not a mapping`);
      assert.ok(!('version' in doc), `${name}: has a top-level version key`);
    }
  });

  test('published database ports are bound to 127.0.0.1', () => {
    for (const name of ['PostgreSQL database service', 'Compose file: app with a PostgreSQL database']) {
      const entry = snippets[name];
      assert.ok(entry, name);
      assert.match(expandSnippet(entry.body), /"127\.0\.0\.1:5432:5432"/, name);
    }
  });
});
