/**
 * Answers about a lint's objects are kept while that lint runs and dropped when it returns (once-per.ts): a
 * WeakMap would keep them, and the models they point into, through every young-generation collection.
 * Outside a lint, answers are kept per key as a WeakMap keeps them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/src/engine/lint';
import type { DockerfileRule } from '../../server/src/engine/rule';
import { AnswerCache, duringOneLint, oncePer } from '../../server/src/model/once-per';
import type { DockerfileModel } from '../../server/src/model/dockerfile/types';
import { allRules } from '../../server/src/rules';

/** A counted computation: how many times each key was worked out. */
function counted<V>(answer: (key: object) => V): { ask: (key: object) => V; times: Map<object, number> } {
  const times = new Map<object, number>();
  const ask = oncePer((key: object) => {
    times.set(key, (times.get(key) ?? 0) + 1);
    return answer(key);
  });
  return { ask, times };
}

test('oncePer works an answer out once per key, inside a lint and outside one, false and undefined included', () => {
  for (const answer of [false, undefined, 0, 'x']) {
    const { ask, times } = counted(() => answer);
    const a = {};
    const b = {};
    // Alternating keys, so the last-key shortcut does not hide the cache.
    for (let i = 0; i < 3; i++) for (const key of [a, b]) assert.equal(ask(key), answer);
    duringOneLint(() => {
      const c = {};
      for (let i = 0; i < 3; i++) for (const key of [c, b]) ask(key);
      assert.equal(times.get(c), 1);
    });
    assert.equal(times.get(a), 1);
    assert.equal(times.get(b), 2, 'a lint keeps its own answers: b is worked out again inside it');
  }
});

test('answers kept during a lint are dropped when it returns, and one lint started inside another joins it', () => {
  const cache = new AnswerCache<object, string>();
  const inside = {};
  const outside = {};
  cache.set(outside, 'kept outside lints');
  duringOneLint(() => {
    assert.equal(cache.get(outside), undefined, 'a lint starts with no answers');
    cache.set(inside, 'outer');
    duringOneLint(() => {
      assert.equal(cache.get(inside), 'outer');
      cache.set(outside, 'inner');
    });
    assert.equal(cache.get(outside), 'inner', 'the inner lint was part of the outer one');
  });
  assert.equal(cache.get(inside), undefined);
  assert.equal(cache.get(outside), 'kept outside lints');
});

test('a lint that throws still drops its answers', () => {
  const cache = new AnswerCache<object, number>();
  const key = {};
  assert.throws(() =>
    duringOneLint(() => {
      cache.set(key, 1);
      throw new Error('rule failed');
    }),
  );
  assert.equal(cache.get(key), undefined);
  duringOneLint(() => assert.equal(cache.get(key), undefined));
});

test('lint() parses and runs every rule as one lint: an answer kept by a rule is gone when it returns', () => {
  const cache = new AnswerCache<DockerfileModel, number>();
  const seen: (number | undefined)[] = [];
  const base = allRules.find((r) => r.meta.id === 'base-image-latest') as DockerfileRule;
  const first: DockerfileRule = { meta: base.meta, check: (ctx) => cache.set(ctx.model, 7) };
  const second: DockerfileRule = { meta: { ...base.meta, id: 'second' }, check: (ctx) => void seen.push(cache.get(ctx.model)) };
  const result = lint('FROM alpine\nRUN true\n', { kind: 'dockerfile', rules: [first, second], allRules: true });
  assert.deepEqual(seen, [7]);
  assert.equal(cache.get(result.model as DockerfileModel), undefined);
});

test('when a lint ends, oncePer forgets its last answer too, so it holds nothing of that lint', () => {
  let computed = 0;
  const answer = oncePer((key: object) => ({ key, n: ++computed }));
  const key = {};
  const during = duringOneLint(() => answer(key));
  assert.equal(computed, 1);
  // The same key right after the lint: worked out again, not handed the lint's answer (which held the key).
  const after = answer(key);
  assert.equal(computed, 2);
  assert.notEqual(after, during);
  // Outside lints the last answer is kept as before.
  assert.equal(answer(key), after);
  assert.equal(computed, 2);
});
