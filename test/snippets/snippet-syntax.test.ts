// Unit tests for the snippet expander the other snippet tests rely on: if it expanded wrongly, the
// lint test would lint text that VS Code never inserts.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { expandSnippet, parseSnippet } from './snippet-syntax';

describe('snippet expander', () => {
  test('placeholders expand to their defaults and tabstops to nothing', () => {
    assert.equal(expandSnippet('FROM ${1:node}:${2:24}$0'), 'FROM node:24');
    assert.equal(expandSnippet('a$1b${2}c'), 'abc');
  });

  test('a choice expands to its first option', () => {
    assert.equal(expandSnippet('restart: ${1|unless-stopped,always|}'), 'restart: unless-stopped');
  });

  test('mirrors take the value of the first placeholder with that index', () => {
    assert.equal(expandSnippet('$1 ${1:x} ${1:y} ${1}'), 'x x x x');
    assert.equal(expandSnippet('${1|a,b|} $1'), 'a a');
  });

  test('nested placeholders expand inside their parent', () => {
    assert.equal(expandSnippet('${1:image:${2:tag}} / $2'), 'image:tag / tag');
  });

  test('escapes: \\$ and \\} and \\\\ are literal; other backslashes stay', () => {
    assert.equal(expandSnippet('ENV PATH="\\$HOME/bin:\\$PATH"'), 'ENV PATH="$HOME/bin:$PATH"');
    assert.equal(expandSnippet('${1:a\\}b}'), 'a}b');
    assert.equal(expandSnippet('x \\\\ y'), 'x \\ y');
    assert.equal(expandSnippet('-exec cp {} /out \\;'), '-exec cp {} /out \\;');
    assert.equal(expandSnippet('${1|a\\,b,c|}'), 'a,b');
  });

  test('variables: given values, defaults for unset known ones, names for unknown ones', () => {
    assert.equal(expandSnippet('${TM_FILENAME}', { variables: { TM_FILENAME: 'Dockerfile' } }), 'Dockerfile');
    assert.equal(expandSnippet('${TM_SELECTED_TEXT:none}'), 'none');
    assert.equal(expandSnippet('$TM_FILENAME_BASE-x', { variables: { TM_FILENAME_BASE: 'compose' } }), 'compose-x');
    assert.equal(expandSnippet('GOARCH=$TARGETARCH'), 'GOARCH=TARGETARCH');
  });

  test('array bodies are joined with newlines', () => {
    assert.equal(expandSnippet(['a', '${1:b}', 'c']), 'a\nb\nc');
  });

  test('problems: unknown variables, stray $, unclosed constructs', () => {
    assert.match(parseSnippet('GOARCH=$TARGETARCH').problems[0]?.message ?? '', /unknown snippet variable "TARGETARCH"/);
    assert.match(parseSnippet('cost: $ 5').problems[0]?.message ?? '', /escape it/);
    assert.match(parseSnippet('${1:open').problems[0]?.message ?? '', /not closed/);
    assert.match(parseSnippet('${1|a,b}').problems.map((p) => p.message).join(';'), /not closed/);
    assert.match(parseSnippet('${1|a,,b|}').problems[0]?.message ?? '', /empty option/);
    assert.deepEqual(parseSnippet('FROM ${1:node}:\\${TAG}${TM_FILENAME}$0').problems, []);
  });
});
