import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PositionFinder } from '../../server/src/engine/positions';

test('PositionFinder gives what positionAt gives, for offsets in any order', () => {
  // Line breaks of every kind, empty lines, and offsets before, inside and past the text.
  const textArb = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', 'é'), { maxLength: 60 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(textArb, fc.array(fc.integer({ min: -3, max: 130 }), { minLength: 1, maxLength: 40 }), (text, offsets) => {
      const document = TextDocument.create('file:///x', 'x', 0, text);
      const finder = new PositionFinder(document);
      for (const offset of offsets) assert.deepEqual(finder.positionAt(offset), document.positionAt(offset), `${JSON.stringify(text)} at ${offset}`);
    }),
    { numRuns: 3000, seed: 7 },
  );
});

test('PositionFinder walks a large text forwards, backwards and by jumps', () => {
  const lines = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? '' : `line ${i}`));
  const big = lines.map((l, i) => l + (i % 3 === 0 ? '\r\n' : '\n')).join('');
  const document = TextDocument.create('file:///x', 'x', 0, big);
  const finder = new PositionFinder(document);
  const offsets = [0, 1, 5, 40, 41, 39, 2000, 1999, 2001, big.length, big.length - 1, 0, big.length + 9, 30000, 7, 29990];
  for (let o = 0; o < big.length; o += 97) offsets.push(o);
  for (let o = big.length; o > 0; o -= 89) offsets.push(o);
  for (const offset of offsets) assert.deepEqual(finder.positionAt(offset), document.positionAt(offset), `at ${offset}`);
});
