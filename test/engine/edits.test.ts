/** The fix helpers' answers about a document's text (engine/edits.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eolOf } from '../../server/src/engine/edits';
import { duringOneLint } from '../../server/src/model/once-per';

test('eolOf answers for the text it is given, asked again and again, across texts and lints', () => {
  const lf = 'services:\n  web:\n    image: nginx:1.27\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  // It remembers the last text (fixes ask once per finding): a different text, even of the same length, is
  // looked at anew.
  for (let i = 0; i < 3; i++) {
    assert.equal(eolOf(lf), '\n');
    assert.equal(eolOf(lf), '\n');
    assert.equal(eolOf(crlf), '\r\n');
    assert.equal(eolOf(crlf), '\r\n');
  }
  const sameLength = `${'a'.repeat(20)}\r\n${'b'.repeat(20)}`;
  const other = `${'a'.repeat(21)}\n${'b'.repeat(20)}`;
  assert.equal(eolOf(sameLength), '\r\n');
  assert.equal(eolOf(other), '\n');
  // A line break anywhere counts, as before: a file whose first lines end in `\n` but later ones in `\r\n`.
  assert.equal(eolOf('a: 1\nb: 2\r\n'), '\r\n');
  duringOneLint(() => assert.equal(eolOf(crlf), '\r\n'));
  assert.equal(eolOf(crlf), '\r\n');
  assert.equal(eolOf(lf), '\n');
});
