/**
 * The growth check's parts and its verdict (`growth.ts`). The timing itself runs in `npm run fuzz`; here a clock
 * that charges a fixed cost per character, or per character squared, stands in for the lint.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { growsSuperlinearly, growthVariants, measureGrowth, type GrowthVariant } from './growth';
import { checkDocument } from './invariants';
import { ruleExamples } from './inputs';

const grownBy = (variants: GrowthVariant[], where: string, n: number): string => {
  const variant = variants.find((v) => v.where === where);
  assert.ok(variant, `a variant ${where} among ${variants.map((v) => v.where).join(', ')}`);
  return variant.grow(n);
};

test('a Dockerfile grows by its body, arguments, last words, exec-form items and heredoc bodies', () => {
  const text = 'FROM alpine:3.20 AS base\nRUN apk add curl\nCMD ["run", "a"]\nCOPY <<EOF /x\nline\nEOF\n';
  const variants = growthVariants(text, 'dockerfile');
  assert.equal(grownBy(variants, 'body', 2), `FROM alpine:3.20 AS base\n${'RUN apk add curl\nCMD ["run", "a"]\nCOPY <<EOF /x\nline\nEOF\n'.repeat(2)}`);
  assert.equal(grownBy(variants, 'L2 args', 3), text.replace('RUN apk add curl', 'RUN apk add curl && apk add curl && apk add curl'));
  // A RUN's repeated word stays the same word; other instructions number theirs.
  assert.equal(grownBy(variants, 'L2 last word', 2), text.replace('RUN apk add curl', 'RUN apk add curl curl'));
  assert.equal(grownBy(variants, 'L4 last word', 2), text.replace('COPY <<EOF /x', 'COPY <<EOF /x0 /x1'));
  assert.equal(grownBy(variants, 'L3 exec-form items', 2), text.replace('["run", "a"]', '["run", "a", "a"]'));
  assert.equal(grownBy(variants, 'L4 heredoc body', 3), text.replace('line\n', 'line\nline\nline\n'));
  assert.equal(grownBy(variants, 'L3 line', 2), text.replace('CMD ["run", "a"]', 'CMD ["run", "a"]\nCMD ["run", "a"]'));
  assert.equal(grownBy(variants, 'L1 line', 2), `FROM alpine:3.20 AS base\n${text}`);
  assert.deepEqual(variants.filter((v) => v.where.startsWith('L1 ')).map((v) => v.where), ['L1 line'], "FROM's words grow with the body");
});

test('a Dockerfile grows by its comment lines', () => {
  const variants = growthVariants('# syntax=docker/dockerfile:1\nFROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add curl\n', 'dockerfile');
  assert.equal(grownBy(variants, 'L3 comment', 2), '# syntax=docker/dockerfile:1\nFROM alpine:3.20\n# hadolint ignore=DL3018\n# hadolint ignore=DL3018\nRUN apk add curl\n');
  assert.ok(variants.some((v) => v.where === 'L1 comment'));
});

test('a multi-line instruction grows by its continuation lines', () => {
  const text = 'FROM debian:12\nRUN apt-get install -y \\\n    curl \\\n    git\n';
  const variants = growthVariants(text, 'dockerfile');
  assert.deepEqual(variants.filter((v) => v.where.includes('continuation')).map((v) => v.where), ['L3 continuation line']);
  assert.equal(grownBy(variants, 'L3 continuation line', 2), 'FROM debian:12\nRUN apt-get install -y \\\n    curl \\\n    curl \\\n    git\n');
});

test('a Compose file grows by its runs of sibling entries, keys renamed, and by its flow items', () => {
  const text = 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n    environment:\n      A: 1\n';
  const variants = growthVariants(text, 'compose');
  assert.equal(grownBy(variants, 'L2-6', 2), 'services:\n  web0:\n    image: nginx\n    ports: ["80:80"]\n    environment:\n      A: 1\n  web1:\n    image: nginx\n    ports: ["80:80"]\n    environment:\n      A: 1\n');
  assert.equal(grownBy(variants, 'L6-6', 3), text.replace('      A: 1\n', '      A0: 1\n      A1: 1\n      A2: 1\n'));
  assert.equal(grownBy(variants, 'L4 flow items', 2), text.replace('["80:80"]', '["80:80", "80:80"]'));
  assert.equal(grownBy(variants, 'L3 line', 2), text.replace('    image: nginx\n', '    image: nginx\n    image: nginx\n'));
  assert.ok(!variants.some((v) => v.where === 'L5 line'), 'a line with lines under it grows with them');
  const comment = growthVariants('# top\nservices:\n  web:\n    image: nginx\n', 'compose');
  assert.equal(grownBy(comment, 'L1 line', 2), '# top\n# top\nservices:\n  web:\n    image: nginx\n');
  // List items keep their text: a repeated item is what some rules look at.
  const list = growthVariants('services:\n  web:\n    dns:\n      - 1.1.1.1\n', 'compose');
  assert.equal(grownBy(list, 'L4-4', 2), 'services:\n  web:\n    dns:\n      - 1.1.1.1\n      - 1.1.1.1\n');
});

/** A variant whose file is `n` characters long, and clocks that charge for the file's length. */
const sized: GrowthVariant = { where: 'x', grow: (n) => 'x'.repeat(n) };
const linearClock = (text: string) => text.length * 0.01;
const quadraticClock = (text: string) => text.length * text.length * 0.0001;

test('copies are doubled until a lint takes long enough, then timed at four times as many', async () => {
  const growth = await measureGrowth(sized, linearClock, { startN: 16, minMs: 3, maxN: 4096 });
  assert.deepEqual({ n: growth.n, ratio: Math.round(growth.ratio) }, { n: 512, ratio: 4 });
  assert.equal((await measureGrowth(sized, linearClock, { startN: 16, minMs: 1000, maxN: 64 })).n, 64, 'no more than maxN copies');
});

test('work that grows with the square of the file is reported, linear work is not', async () => {
  assert.equal(await growsSuperlinearly(sized, linearClock), undefined);
  const quadratic = await growsSuperlinearly(sized, async (text) => quadraticClock(text));
  assert.ok(quadratic, 'quadratic growth is reported');
  assert.equal(Math.round(quadratic.ratio), 16);
  // A pause in one measurement only is not reported: the second measurement is linear.
  let calls = 0;
  const onePause = (text: string) => linearClock(text) * (++calls === 2 ? 10 : 1);
  assert.equal(await growsSuperlinearly(sized, onePause, { startN: 256, minMs: 0, maxN: 256 }), undefined);
  assert.equal(calls, 4, 'measured again');
  // Nor a step once the lint's data leaves the cache: the cost per character grows 2.5 times from 2,000 characters on.
  const cacheStep = (text: string) => text.length * (text.length >= 2000 ? 0.025 : 0.01);
  assert.equal(Math.round((await measureGrowth(sized, cacheStep, { startN: 1000, minMs: 0, maxN: 1000 })).ratio), 10, 'the first measurement sees the step');
  assert.equal(await growsSuperlinearly(sized, cacheStep, { startN: 1000, minMs: 0, maxN: 1000 }), undefined);
  // Nor growth too small to matter: 0.1 ms at n, 1.6 ms at 4n.
  assert.equal(await growsSuperlinearly(sized, (text) => text.length * text.length * 1e-7, { startN: 1000, minMs: 0, maxN: 1000 }), undefined);
});

test('every rule example grown to three copies of each part lints with no rule failing and every range inside', () => {
  let files = 0;
  const seen = new Set<string>();
  for (const { kind, text } of ruleExamples()) {
    for (const variant of growthVariants(text, kind)) {
      const grown = variant.grow(3);
      if (seen.has(grown)) continue;
      seen.add(grown);
      files++;
      assert.deepEqual(checkDocument(grown, kind), [], `${variant.where} of:\n${text}`);
    }
  }
  assert.ok(files > 1000, `${files} grown files`);
});
