/**
 * `readBlockYaml` reads plain block YAML into the CST tokens `yaml`'s parser yields, so that `yaml`'s composer
 * builds the same documents from them; outside its subset it returns undefined. Wherever it reads a text, its
 * tokens must equal `yaml`'s token for token: on snippets where `yaml` places spaces, comments and newlines in
 * surprising items, on generated stacks, on every Compose file of the repository and on mutants of them.
 * The composer pulls the tokens while the reader reads (`composeBlockYaml`): the tokens are compared as the
 * composer is handed them, a line read per pull (the finest interleaving) and with the text read first, and the
 * documents composed that way are compared with `yaml`'s.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { Parser, parseAllDocuments, type Document } from 'yaml';
import { composeDirectly } from '../../server/src/model/compose/block-compose';
import { composeBlockYaml, readBlockYaml } from '../../server/src/model/compose/block-yaml';
import { parseCompose, YAML_OPTIONS } from '../../server/src/model/compose/parse';
import { composeRules } from '../../server/src/rules/compose';
import { loadCorpus, mutate, mutationArb, ROOT } from '../robustness/inputs';
import { documentShape } from '../support/yaml-shape';

/**
 * Asserts the reader's tokens are `yaml`'s, pulled a line at a time and read whole first, and that the documents
 * composed while reading are `yaml`'s; returns whether it read the text.
 */
function assertSameTokens(text: string): boolean {
  const tokens = readBlockYaml(text, true);
  assert.deepStrictEqual(readBlockYaml(text, true, 0), tokens, JSON.stringify(text));
  if (!tokens) return false;
  assert.deepStrictEqual(tokens, [...new Parser().parse(text)], JSON.stringify(text));
  assertSameDocuments(text, 1);
  return true;
}

/**
 * The documents `composeBlockYaml` builds reading `linesPerPull` lines at a time are `parseAllDocuments`', and so
 * are those the direct composer builds, where it builds them (it must not fail otherwise than by giving up: the
 * lint would hide that by composing with `yaml`).
 */
function assertSameDocuments(text: string, linesPerPull: number): void {
  const ours = composeBlockYaml(text, YAML_OPTIONS, linesPerPull);
  assert.ok(ours, JSON.stringify(text));
  const theirs = parseAllDocuments(text, YAML_OPTIONS);
  assert.ok(Array.isArray(theirs));
  assert.deepStrictEqual(ours.map(documentShape), theirs.map(documentShape), JSON.stringify(text));
  const direct = composeDirectly(readBlockYaml(text, true, 0)!, YAML_OPTIONS, true);
  if (direct) assert.deepStrictEqual(direct.map(documentShape), theirs.map(documentShape), JSON.stringify(text));
}

/** Texts that `yaml`'s parser turns into tokens in non-obvious places. */
const READ = [
  'a: 1',
  'a: 1\n',
  'a:\n  b: 1\n  # a comment as deep as the map\nd: 2\n\n',
  'a:\n  b: 1\n      # a comment deeper than the map\n  c: 2\n',
  // The blank line makes the reader stop between the item and the comment that joins it.
  'a:\n  b: 1\n\n      # a deeper comment after a blank line\n  c: 2\n',
  '- x\n\n   # a deeper comment after a blank line\n- y\n',
  'a:\n  b: 1\n# a comment shallower than the map\n  c: 2\n',
  'a:\n\n# between an empty value and the next key\n\nb: 1\n',
  'a:\n  # before the first nested key\n  b: 1\n',
  'a:   \n  \n  b:  x y  # z\nc: [ a , "b",c ]  \nd: []\ne: {}\n',
  'a:\n  - x\n  -  y # c\n  - k: v\n    j: w\n  -\n  - &q z\nb: *q\n# end\n',
  '- a\n- b: 1\n  c: 2\n-\n- - x\n',
  'ports:\n- "80:80"\n- 81\nnext: 1\n',
  '# a comment before the document\n\nservices:\n  web:\n    image: nginx:1.27\n',
  'x-common: &common\n  restart: always\nservices:\n  web:\n    <<: *common\n    command: ["npm", \'start\', *x]\n',
  '"quoted key": 1\n\'single\': \'it\'\'s\'\nescaped: "a \\" b"\n',
  'a: value with [brackets], commas and colons:inside\nb: url#not-a-comment\n',
  'a: 1\n  # trailing deeper comment',
  'a:\n  b:\n    c: 1\n\n\n',
  'a: 1 # c \r\nb:\r\n  - x\r\n\r\n',
  '---\na: 1\n',
  '# before the marker\n---\n# after it\na: 1\n',
  'a: |\n  x\n   y\n\n  z\nb: 1\n',
  'a: >- # c\n  x\n\nb: 1',
  '- |\n  x\n- y\n',
  '- k: |\n    x\n  j: 1\n',
  'a: &q |\n  x\n\n\n',
  'a:\r\n  b: >\r\n    x\r\n    y\r\n  c: 1\r\n',
];

/** Texts outside the subset: tabs, a lone CR, BOM, markers, tags, odd block scalars, flow maps, continuations… */
const NOT_READ = [
  '',
  '# only a comment\n',
  'a:\tb\n',
  'a: 1\rb: 2\r',
  'a: 1\n---\nb: 2\n',
  '--- # c\na: 1\n',
  '---\n',
  '\uFEFFa: 1\n',
  'a: 1\n...\n',
  '%YAML 1.2\n---\na: 1\n',
  'a: !reset []\n',
  'a: |+\n  text\n',
  'a: |2\n  text\n',
  'a: |\n',
  'a: |\nb: 1\n',
  'a: |\n    x\n  y\nb: 1\n',
  'a: |\n  x\n  \n',
  'a: {b: 1}\n',
  'a: [1, [2]]\n',
  'a: [1,\n  2]\n',
  'a: "open\n  quote"\n',
  'a: plain\n  continued\n',
  '- item\n   continued\n',
  // An anchor before a key: yaml's map starts at the anchor, so the next line continues `e` (found by npm run fuzz).
  '&a  r: e\n    s:',
  '? complex\n: key\n',
  'a: b: c\n',
  'just a scalar\n',
  '  indented: root\n',
  'a: - b\n',
];

test('snippets: tokens placed exactly as yaml places them, and texts outside the subset left to yaml', () => {
  for (const text of READ) assert.ok(assertSameTokens(text), `should be read: ${JSON.stringify(text)}`);
  for (const text of NOT_READ) assert.equal(readBlockYaml(text, true), undefined, JSON.stringify(text));
});

/** The Compose files of the repository (fixtures, examples) and every Compose rule's doc examples. */
function composeFilesOfRepository(): string[] {
  const out: string[] = composeRules.flatMap((rule) => [rule.meta.docs.incorrect, rule.meta.docs.correct]);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name) && statSync(path).size < 200_000) out.push(readFileSync(path, 'utf8'));
    }
  };
  for (const dir of ['examples', 'test']) walk(join(ROOT, dir));
  return out;
}

test('generated stacks are all read, as yaml reads them; the repository Compose files wherever read', async () => {
  const corpus = await loadCorpus();
  for (const seed of [1, 2, 20261123]) {
    for (const file of corpus.composeCorpus(seed, 16)) assert.ok(assertSameTokens(file.text), file.name);
  }
  const files = composeFilesOfRepository();
  assert.ok(files.length > 100);
  const read = files.filter(assertSameTokens).length;
  assert.ok(read > files.length / 2, `only ${read} of ${files.length} read`);
});

/** Line edits that keep a file near the subset's edge: indentation, comments, blank lines, indicators. */
const lineEditArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  column: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('indent', 'dedent', 'delete', 'duplicate', 'insert'),
  fragment: fc.constantFrom('#', ' # c', '  ', '\n', '\r\n', '---\n', ':', ': ', '- ', '-', '"', "'", '&a ', '*a', '[', ']', ',', 'x', '\n  ', '\n\n', '\n# c\n', '\n    # deep\n', '{}'),
});

type LineEdit = typeof lineEditArb extends fc.Arbitrary<infer T> ? T : never;

function editLines(text: string, edits: LineEdit[]): string {
  let out = text;
  for (const e of edits) {
    const lines = out.split('\n');
    const i = Math.floor(e.at * lines.length);
    const line = lines[i] ?? '';
    if (e.kind === 'indent') lines[i] = '  ' + line;
    else if (e.kind === 'dedent') lines[i] = line.replace(/^ {1,2}/, '');
    else if (e.kind === 'delete') lines.splice(i, 1);
    else if (e.kind === 'duplicate') lines.splice(i, 0, lines[Math.floor(e.column * lines.length)] ?? '');
    else {
      const at = Math.floor(e.column * (line.length + 1));
      lines[i] = line.slice(0, at) + e.fragment + line.slice(at);
    }
    out = lines.join('\n');
  }
  return out;
}

test('mutants of real stacks: wherever the reader reads one, its tokens are yaml\'s', async () => {
  const corpus = await loadCorpus();
  const blockScalars = [
    'services:\n  web:\n    command: >\n      sh -c "nginx -g \'daemon off;\'"\n    healthcheck:\n      test: |\n        curl -f http://localhost\n\n        exit 0\nconfigs:\n  conf:\n    content: |-\n      server {\n        listen 80;\n      }\n\n  other:\n    content: |\n      x\n',
    'x-a: &a |\n  text\nservices:\n  db:\n    environment:\n      - |\n        multi\n      - k: >\n          folded\n        j: 1\n',
  ];
  const files = [...corpus.composeCorpus(7, 12).map((f) => f.text), ...composeFilesOfRepository().slice(0, 40), ...blockScalars, ...blockScalars];
  let read = 0;
  fc.assert(
    fc.property(fc.constantFrom(...files), fc.array(lineEditArb, { minLength: 1, maxLength: 4 }), (text, edits) => {
      if (assertSameTokens(editLines(text, edits))) read++;
    }),
    { numRuns: 3000, seed: 23 },
  );
  fc.assert(
    fc.property(fc.constantFrom(...files), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (text, mutations) => {
      if (assertSameTokens(mutate(text, mutations))) read++;
    }),
    { numRuns: 1500, seed: 29 },
  );
  // The comparison means something only if many mutants stay inside the subset.
  assert.ok(read > 1000, `only ${read} mutants read`);
});

test('the Compose model built from the reader\'s tokens holds the documents parseAllDocuments builds', async () => {
  const corpus = await loadCorpus();
  const texts = [...READ, ...corpus.composeCorpus(3, 6).map((f) => f.text)];
  for (const text of texts) {
    const theirs = parseAllDocuments(text, YAML_OPTIONS);
    assert.ok(Array.isArray(theirs));
    assert.deepEqual(parseCompose(text).yamlDocs.map(documentShape), theirs.map(documentShape), JSON.stringify(text));
  }
});

test('a large stack is composed while it is read, and one that leaves the subset late is parsed by yaml', async () => {
  const big = (await loadCorpus()).grownCompose(20);
  assert.ok(big.length > 32 * 1024, 'large enough to be pulled');
  for (const linesPerPull of [1, 7, 64]) assertSameDocuments(big, linesPerPull);
  assert.deepEqual(parseCompose(big).yamlDocs.map(documentShape), parseAllDocuments(big, YAML_OPTIONS).map(documentShape));
  // A flow mapping on the last line stops the reader after the composer has built nearly everything.
  const late = `${big}x-late: {a: 1}\n`;
  for (const linesPerPull of [1, 64]) assert.equal(composeBlockYaml(late, YAML_OPTIONS, linesPerPull), undefined);
  assert.deepEqual(parseCompose(late).yamlDocs.map(documentShape), parseAllDocuments(late, YAML_OPTIONS).map(documentShape));
});

/** The documents the direct composer builds from the reader's tokens, or undefined where it leaves them to `yaml`. */
function composedDirectly(text: string): Document.Parsed[] | undefined {
  const tokens = readBlockYaml(text, true, 0);
  assert.ok(tokens, `should be read: ${JSON.stringify(text)}`);
  return composeDirectly(tokens, YAML_OPTIONS, true);
}

test('the direct composer builds the documents yaml builds, and leaves to yaml whatever yaml reports on', async () => {
  // Everything a Compose file is usually made of: comments around and between items, blank lines, anchors, merges,
  // aliases, quoted and escaped scalars, numbers, booleans, nulls, flow sequences, block scalars, a `---` line.
  const built = [
    ...READ,
    '# head\n\nservices: # the services\n  web:\n    # image first\n    image: nginx:1.27 # pinned\n\n    ports: ["80:80", \'443:443\']\n# tail\n',
    'a: 0x1F\nb: 0o17\nc: 1.50\nd: 1e3\ne: .inf\nf: -.NaN\ng: ~\nh: Null\ni: TRUE\nj: false\nk: "\\x41\\u00e9\\t"\nl: -12\nm: +3\n',
    'x: &anchor\n  - a\n  - &b b\ny: *anchor\nz: [*b, c]\n',
    'a: &s |\n  kept\nb: *s\nc: >-\n  folded\n  text\n',
  ];
  for (const text of built) {
    const docs = composedDirectly(text);
    assert.ok(docs, `should be composed directly: ${JSON.stringify(text)}`);
    const theirs = parseAllDocuments(text, YAML_OPTIONS);
    assert.ok(Array.isArray(theirs));
    assert.deepStrictEqual(docs.map(documentShape), theirs.map(documentShape), JSON.stringify(text));
  }
  const corpus = await loadCorpus();
  for (const file of [...corpus.composeCorpus(5, 16), { name: 'grown', text: corpus.grownCompose(3) }]) assert.ok(composedDirectly(file.text), file.name);
  // The reader reads these, and yaml reports an error on each (a bad indent, an invalid escape): composeBlockYaml
  // then returns what yaml's own composer builds.
  const reported = ['a:\n  b: 1\n c: 2\n', 'a: "\\q"\n', 'a:\n  - x\n - y\n', 'a: "\\x4"\n'];
  // One that yaml reports on in its last line, after the direct composer has built nearly everything.
  reported.push(`${corpus.grownCompose(20)}x-late: "\\q"\n`);
  for (const text of reported) {
    assert.equal(composedDirectly(text), undefined, JSON.stringify(text));
    assertSameDocuments(text, 1);
    assertSameDocuments(text, 64);
    const theirs = parseAllDocuments(text, YAML_OPTIONS);
    assert.ok(Array.isArray(theirs) && theirs.some((d) => d.errors.length + d.warnings.length > 0), `yaml should report on ${JSON.stringify(text)}`);
  }
});
