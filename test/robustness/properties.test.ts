/**
 * The short robustness run inside `npm test` (the long one is `npm run fuzz`): every registered rule on
 * mutated realistic files, random token soup, every truncation of realistic files and hostile files,
 * checked against the invariants in ./invariants.ts. Seeds are fixed so a failure reproduces.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { FileKind } from '../../server/src/engine/types';
import { checkDocument, describeViolations } from './invariants';
import { Corpus, hostileFiles, loadCorpus, mutate, mutationArb, ruleExamples, tokenSoupArb } from './inputs';

const SEED = 20261123;
let corpus: Corpus;

before(async () => {
  corpus = await loadCorpus();
});

function expectClean(text: string, kind: FileKind, options: Parameters<typeof checkDocument>[2]): void {
  const violations = checkDocument(text, kind, options);
  assert.equal(violations.length, 0, describeViolations(violations, text));
}

describe('robustness: generated and mutated files', () => {
  test('mutated Dockerfiles keep every invariant', () => {
    const bases = corpus.dockerfileCorpus(SEED, 20).map((f) => f.text);
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(mutationArb, { minLength: 1, maxLength: 5 }), (base, mutations) => {
        expectClean(mutate(base, mutations), 'dockerfile', { fixes: true, budgetMs: 3000 });
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  test('mutated Compose files keep every invariant', () => {
    const bases = corpus.composeCorpus(SEED, 12).slice(0, 6).map((f) => f.text);
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(mutationArb, { minLength: 1, maxLength: 5 }), (base, mutations) => {
        expectClean(mutate(base, mutations), 'compose', { fixes: true, budgetMs: 3000 });
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  test("every rule's documented examples keep every invariant, every fix of every finding checked", () => {
    for (const { kind, text } of ruleExamples()) expectClean(text, kind, { fixes: true, maxFixes: 1000, budgetMs: 3000 });
  });

  test("mutated rule examples keep every invariant (they trigger fixes the generated corpus never does)", () => {
    const examples = ruleExamples();
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (example, mutations) => {
        expectClean(mutate(example.text, mutations), example.kind, { fixes: true, budgetMs: 3000 });
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  test('random token soup keeps every invariant as a Dockerfile and as a Compose file', () => {
    fc.assert(
      fc.property(tokenSoupArb, (text) => {
        expectClean(text, 'dockerfile', { fixes: true, budgetMs: 3000 });
        expectClean(text, 'compose', { fixes: true, budgetMs: 3000 });
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  test('every truncation of a realistic Dockerfile and Compose file lints cleanly', () => {
    const cases: [FileKind, string][] = [['dockerfile', corpus.dockerfile(SEED, 'officialImage')], ['dockerfile', corpus.dockerfile(SEED, 'heredoc')], ['compose', corpus.compose(SEED, 2)]];
    for (const [kind, text] of cases) {
      // Lint and ranges at every byte; the costlier fix checks at every 80th.
      for (let i = 0; i <= text.length; i++) expectClean(text.slice(0, i), kind, { fixes: i % 80 === 0, budgetMs: 2000 });
    }
  });
});

describe('robustness: hostile files', () => {
  // Scaled down from `npm run fuzz` (the 10 MB file becomes 0.25 MB here; the 1 MB lines stay 1 MB).
  let cached: ReturnType<typeof hostileFiles> | undefined;
  const files = () => (cached ??= hostileFiles(corpus.dockerfile(SEED, 'officialImage'), corpus.compose(SEED, 8), 0.025));
  const names = hostileFiles('FROM a\n', 'services: {}\n', 0.025).map((f) => f.name);
  for (const [i, name] of names.entries()) {
    test(name, () => {
      const f = files()[i];
      expectClean(f.text, f.kind, { fixes: f.fixes ?? f.text.length < 20000, budgetMs: f.budgetMs });
    });
  }
});
