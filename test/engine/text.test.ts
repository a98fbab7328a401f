/** The suggestion helpers of engine/text.ts. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { closest, closestTwo, editDistance } from '../../server/src/engine/text';

/** `closest` as it was written before `closestTwo`: one pass, the first strictly nearer candidate wins. */
function closestByHand(word: string, candidates: string[], max: number): string | undefined {
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), max);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

test('closestTwo: the nearest candidate, and the nearest with that one left out', () => {
  const word = fc.stringMatching(/^[a-cA-C]{0,5}$/);
  fc.assert(
    fc.property(word, fc.array(word, { maxLength: 8 }), fc.integer({ min: 0, max: 3 }), (w, candidates, max) => {
      const [first, second] = closestTwo(w, candidates, max);
      assert.equal(first, closestByHand(w, candidates, max));
      assert.equal(closest(w, candidates, max), first);
      if (first !== undefined) {
        const without = candidates.slice();
        without.splice(candidates.indexOf(first), 1);
        assert.equal(second, closestByHand(w, without, max));
      }
    }),
    { seed: 20261125, numRuns: 2000 },
  );
  assert.deepEqual(closestTwo('db', ['web', 'dB', 'db2']), ['dB', 'db2']);
});
