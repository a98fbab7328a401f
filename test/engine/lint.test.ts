import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, fixAll } from '../../server/src/engine/fixes';
import { detectKind } from '../../server/src/engine/kind';
import { lint, ruleMeta } from '../../server/src/engine/lint';
import type { Rule, RuleContext } from '../../server/src/engine/rule';
import type { Range } from '../../server/src/engine/types';
import { ignoreFileEdits, ignoreLineEdits } from '../../server/src/engine/suppression-edits';
import { allRules } from '../../server/src/rules';
import { pick } from '../support/rule-tester';

const rules = pick('base-image-latest', 'base-image-untagged', 'apt-get-missing-yes', 'exec-form-recommended', 'version-obsolete', 'depends-on-undefined-service');

test('file kinds from names', () => {
  const cases: [string, string | undefined][] = [
    ['Dockerfile', 'dockerfile'], ['Containerfile', 'dockerfile'], ['api.Dockerfile', 'dockerfile'], ['Dockerfile.prod', 'dockerfile'],
    ['compose.yaml', 'compose'], ['compose.override.yml', 'compose'], ['docker-compose.yml', 'compose'], ['docker-compose.ci.yaml', 'compose'],
    ['values.yaml', undefined], ['README.md', undefined],
  ];
  for (const [name, kind] of cases) assert.equal(detectKind(`/w/${name}`), kind, name);
});

test('every range lies inside the document, also for odd input', () => {
  const inputs = ['', '\uFEFFFROM', 'FROM node:latest', 'RUN "unterminated', '\u0000\u0001\u0002binary\uFFFD', 'FROM x\r\nRUN a \\\r\n', 'ONBUILD', 'FROM a AS', '# escape=`\nRUN a `\n b'];
  for (const text of inputs) {
    for (const fileName of ['/w/Dockerfile', '/w/compose.yaml']) {
      const doc = TextDocument.create('file:///x', 'x', 0, text);
      for (const f of lint(text, { fileName }).findings) {
        for (const p of [f.range.start, f.range.end]) assert.deepEqual(doc.positionAt(doc.offsetAt(p)), p, `${JSON.stringify(text)} ${f.rule}`);
      }
    }
  }
});

test('applyFixes applies only safe fixes unless asked, and never two overlapping edits', () => {
  const text = 'FROM node:22-slim\nCMD node a.js\nRUN apt-get install x\n';
  const findings = lint(text, { fileName: '/w/Dockerfile', rules }).findings;
  assert.equal(applyFixes(text, findings).text, 'FROM node:22-slim\nCMD node a.js\nRUN apt-get install -y x\n');
  assert.equal(applyFixes(text, findings, { unsafe: true }).text, 'FROM node:22-slim\nCMD ["node", "a.js"]\nRUN apt-get install -y x\n');
  const twice = [...findings, ...findings];
  assert.equal(applyFixes(text, twice).applied.length, 1);
});

test('fixAll reaches a fixed point', () => {
  const r = fixAll('version: "3"\nservices: {}\n', { fileName: '/w/compose.yaml', rules });
  assert.equal(r.text, 'services: {}\n');
  assert.equal(r.fixed, 1);
  assert.deepEqual(r.findings, []);
});

const meta = (id: string) => allRules.find((r) => r.meta.id === id)!.meta;

test('ignore-for-line writes our comment above the instruction, keeping its indentation', () => {
  const text = 'FROM debian:12\n  RUN apt-get update && \\\n    apt-get install x\n';
  const result = lint(text, { fileName: '/w/Dockerfile', rules });
  const finding = result.findings.find((f) => f.rule === 'apt-get-missing-yes')!;
  const doc = TextDocument.create('file:///x', 'x', 0, text);
  const fixed = TextDocument.applyEdits(doc, ignoreLineEdits(result.model, finding, meta('apt-get-missing-yes')));
  assert.equal(fixed, 'FROM debian:12\n  # stevedore-ignore apt-get-missing-yes\n  RUN apt-get update && \\\n    apt-get install x\n');
  assert.deepEqual(lint(fixed, { fileName: '/w/Dockerfile', rules }).findings, []);
});

test('ignore-for-line merges into an existing comment and follows the style of the file', () => {
  const apply = (text: string, id: string) => {
    const result = lint(text, { fileName: '/w/Dockerfile', rules });
    const finding = result.findings.find((f) => f.rule === id)!;
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 0, text), ignoreLineEdits(result.model, finding, meta(id)));
  };
  assert.equal(apply('# stevedore-ignore base-image-untagged\nFROM node:latest\n', 'base-image-latest'), '# stevedore-ignore base-image-untagged,base-image-latest\nFROM node:latest\n');
  assert.equal(
    apply('FROM debian:12\n# hadolint ignore=DL3008\nRUN true\nRUN apt-get install x\n', 'apt-get-missing-yes'),
    'FROM debian:12\n# hadolint ignore=DL3008\nRUN true\n# hadolint ignore=DL3014\nRUN apt-get install x\n',
  );
  assert.equal(
    apply('# check=error=true\nFROM node:22-slim\nCMD node a.js\n', 'exec-form-recommended'),
    '# check=skip=JSONArgsRecommended;error=true\nFROM node:22-slim\nCMD node a.js\n',
  );
  assert.equal(
    apply('# check=skip=MaintainerDeprecated\nFROM node:22-slim\nCMD node a.js\n', 'exec-form-recommended'),
    '# check=skip=MaintainerDeprecated,JSONArgsRecommended\nFROM node:22-slim\nCMD node a.js\n',
  );
});

test('ignore-in-file goes after the parser directives', () => {
  const text = '# syntax=docker/dockerfile:1\nFROM node:latest\n';
  const result = lint(text, { fileName: '/w/Dockerfile', rules });
  const fixed = TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 0, text), ignoreFileEdits(result.model, meta('base-image-latest')));
  assert.equal(fixed, '# syntax=docker/dockerfile:1\n# stevedore-ignore-file base-image-latest\nFROM node:latest\n');
  assert.deepEqual(lint(fixed, { fileName: '/w/Dockerfile', rules }).findings, []);
});

test('compose ignore-for-line', () => {
  const text = 'services:\n  web:\n    image: x:1\n    depends_on: [nope]\n';
  const result = lint(text, { fileName: '/w/compose.yaml', rules });
  const finding = result.findings[0];
  const fixed = TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 0, text), ignoreLineEdits(result.model, finding, meta(finding.rule)));
  assert.equal(fixed, 'services:\n  web:\n    image: x:1\n    # stevedore-ignore depends-on-undefined-service\n    depends_on: [nope]\n');
  assert.deepEqual(lint(fixed, { fileName: '/w/compose.yaml', rules }).findings, []);
});

test('the engine does not import vscode', () => {
  const { readdirSync, readFileSync, statSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const root = join(__dirname, '../../../server/src');
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  for (const folder of ['engine', 'model', 'rules', 'knowledge']) {
    for (const file of walk(join(root, folder)).filter((f) => f.endsWith('.ts'))) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /from 'vscode'|require\('vscode'\)|vscode-languageserver\/node/, file);
    }
  }
});

test('a range a rule reports is clamped into the document exactly as positionAt(offsetAt(…)) would place it', () => {
  const text = 'FROM a\r\nRUN b\n\nCMD c';
  const doc = TextDocument.create('file:///x', 'dockerfile', 0, text);
  const ranges: Range[] = [
    { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, // exact
    { start: { line: 0, character: 6 }, end: { line: 1, character: 0 } }, // the end of a CRLF line, the next line's start
    { start: { line: 0, character: 7 }, end: { line: 0, character: 8 } }, // between \r and \n, past the line break
    { start: { line: 1, character: 3 }, end: { line: 0, character: 2 } }, // reversed
    { start: { line: 1, character: 40 }, end: { line: 9, character: 0 } }, // past the line's end, past the last line
    { start: { line: -1, character: -3 }, end: { line: 2, character: 1 } }, // before the document, past an empty line
    { start: { line: 3, character: 5 }, end: { line: 3, character: 6 } }, // the end of the text, and past it
    { start: { line: 1, character: 1.5 }, end: { line: 1, character: 2 } }, // not a whole character
  ];
  const probe = { meta: { ...ruleMeta('base-image-latest')!, id: 'range-probe' }, check: (ctx: RuleContext<unknown>) => {
    ranges.forEach((range, i) => ctx.report({ range, message: String(i), related: [{ range, message: 'here' }], fix: { title: 'probe', safety: 'safe', edits: [{ range, newText: '' }] } }));
  } } as unknown as Rule;
  const clamped = (r: Range) => {
    const [a, b] = [doc.offsetAt(r.start), doc.offsetAt(r.end)];
    return { start: doc.positionAt(Math.min(a, b)), end: doc.positionAt(Math.max(a, b)) };
  };
  const findings = lint(text, { fileName: '/w/Dockerfile', rules: [probe] }).findings.filter((f) => f.rule === 'range-probe');
  assert.equal(findings.length, ranges.length);
  for (const f of findings) {
    const i = Number(f.message);
    const want = clamped(ranges[i]!);
    assert.deepEqual(f.range, want, `range ${i}`);
    assert.deepEqual(f.related?.[0]?.range, want, `related ${i}`);
    assert.deepEqual(f.fixes[0]?.edits[0]?.range, want, `edit ${i}`);
    assert.notEqual(f.range.start, ranges[i]!.start, 'a copy, not the rule’s own object');
  }
});
