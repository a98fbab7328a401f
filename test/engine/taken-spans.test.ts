import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { selectFixes } from '../../server/src/engine/fixes';
import { TakenSpans } from '../../server/src/engine/taken-spans';
import type { Finding, Fix } from '../../server/src/engine/types';

/** The rule, read one pair at a time: what a fix-all pass may not apply together. */
function clash([as, ae]: [number, number], [bs, be]: [number, number]): boolean {
  if (as === ae && bs === be) return as === bs;
  if (as === ae) return as > bs && as < be;
  if (bs === be) return bs > as && bs < ae;
  return as < be && bs < ae;
}

const span = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 6 })).map(([start, length]): [number, number] => [start, start + length]);

test('a span clashes with the taken ones exactly when it clashes with one of them, pair by pair', () => {
  fc.assert(
    fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 30 }), (offered, asked) => {
      // Taken as a pass takes them: each only if it clashes with none taken before.
      const taken: [number, number][] = [];
      const spans = new TakenSpans();
      for (const s of offered) {
        const expected = taken.some((t) => clash(t, s));
        assert.equal(spans.clashes(s), expected, `offered ${JSON.stringify(s)} after ${JSON.stringify(taken)}`);
        if (!expected) {
          taken.push(s);
          spans.add(s);
        }
      }
      for (const s of asked) assert.equal(spans.clashes(s), taken.some((t) => clash(t, s)), `asked ${JSON.stringify(s)} of ${JSON.stringify(taken)}`);
    }),
    { numRuns: 2000, seed: 20261125 },
  );
});

test('a pass takes the first of clashing fixes, each fix once, and keeps to the findings’ order', () => {
  const doc = TextDocument.create('file:///x', 'dockerfile', 0, '0123456789');
  const edit = (start: number, end: number, newText = 'x') => ({ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText });
  const fix = (title: string, ...edits: ReturnType<typeof edit>[]): Fix => ({ title, safety: 'safe', edits });
  const finding = (f: Fix): Finding => ({ rule: 'r', severity: 'warning', message: 'm', range: f.edits[0].range, fixes: [f] });
  const a = fix('a', edit(2, 5));
  const b = fix('b', edit(4, 6)); // shares text with a
  const c = fix('c', edit(5, 5)); // an insertion at a's end: no clash
  const d = fix('d', edit(8, 8), edit(0, 1)); // two edits, neither clashing
  const e = fix('e', edit(8, 8)); // an insertion where d inserts
  const again = fix('a', edit(2, 5)); // a, offered by another finding
  assert.deepEqual(
    selectFixes(doc, [a, b, c, d, e, again].map(finding)).map((f) => f.title),
    ['a', 'c', 'd'],
  );
});
