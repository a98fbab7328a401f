/**
 * A Compose fix that replaces a value starting right after its key's colon keeps a space there
 * (engine/fix-colon-space.ts). `yaml` reads a lone `\r` after `key:` into the value, so such spans come from
 * files with old Mac line breaks. Each case: the text, the rule and fix title, and the text after that fix.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { spacedAfterColon } from '../../server/src/engine/fix-colon-space';
import type { Fix } from '../../server/src/engine/types';
import { parseErrors } from '../robustness/invariants';
import { fixedBy } from '../support/fix-by-title';

const CASES: { rule: string; title: string; text: string; after: string }[] = [
  {
    rule: 'restart-invalid',
    title: 'Replace with unless-stopped',
    text: 'services:\n  web:\n    image: nginx:1.27\n    restart:\r unless_stopped\n',
    after: 'services:\n  web:\n    image: nginx:1.27\n    restart: unless-stopped\n',
  },
  {
    rule: 'schema-enum-invalid',
    title: '(unsafe) Replace with build',
    text: 'services:\n  api:\n    build: .\n    image: ghcr.io/acme/api:dev\n    pull_policy:\r build\n',
    after: 'services:\n  api:\n    build: .\n    image: ghcr.io/acme/api:dev\n    pull_policy: build\n',
  },
  {
    rule: 'service-reference-undefined',
    title: '(unsafe) Change to base',
    text: 'services:\n  web:\n    extends:\r bse\n    image: nginx:1.27\n  base:\n    restart: always\n',
    after: 'services:\n  web:\n    extends: base\n    image: nginx:1.27\n  base:\n    restart: always\n',
  },
  {
    rule: 'project-name-invalid',
    title: 'Write stack9',
    text: 'name:\r Stack9\nservices: {}\n',
    after: 'name: stack9\nservices: {}\n',
  },
];

for (const c of CASES) {
  test(`${c.rule}: "${c.title}" keeps a space after the colon`, () => {
    const after = fixedBy(c.text, 'compose', c.rule, c.title);
    assert.equal(after, c.after);
    assert.equal(parseErrors(after, 'compose'), 0);
  });
}

test('edits that need no space are left as they are', () => {
  const doc = TextDocument.create('file:///c.yaml', 'dockercompose', 0, 'a: 1\nb:\r 2\nc: {d: 3}\n');
  const at = (offset: number) => doc.positionAt(offset);
  const fix = (start: number, end: number, newText: string): Fix => ({ title: 't', safety: 'safe', edits: [{ range: { start: at(start), end: at(end) }, newText }] });
  // A value after `: ` (the span starts after the blank), an insertion right after a colon, a new text that starts
  // with a blank or is empty, and a span that does not follow a colon.
  for (const f of [fix(3, 4, '9'), fix(7, 7, 'x'), fix(7, 10, ' 9'), fix(7, 10, ''), fix(0, 1, 'z')]) assert.equal(spacedAfterColon(f, doc), f);
  assert.equal(spacedAfterColon(fix(7, 10, '9'), doc).edits[0]!.newText, ' 9');
});
