/**
 * The bench's scaling file is one stack repeated under other names. Its copies must not interact, or the ratio of
 * the 100× lint to the 1× lint measures the extra findings as well as growth: each rule reports exactly `factor`
 * times what it reports on the 1× file.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/src/engine/lint';
import { loadCorpus } from './inputs';

/** How many findings each rule reports on `text`. */
function findingsByRule(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of lint(text, { kind: 'compose' }).findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}

test('the grown Compose files report each finding of the 1× file once per copy', async () => {
  const corpus = await loadCorpus();
  const once = findingsByRule(corpus.grownCompose(1));
  assert.ok(once.size > 0, 'the 1× file has findings to compare');
  for (const factor of [10, 100]) {
    const expected = new Map([...once].map(([rule, n]) => [rule, n * factor]));
    assert.deepEqual(findingsByRule(corpus.grownCompose(factor)), expected, `${factor}×`);
  }
});
