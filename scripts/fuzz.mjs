// `npm run fuzz`: the long robustness run. Mutates the realistic corpus (bench/corpus.mjs) with fast-check,
// lints every mutant with every registered rule and checks the invariants of test/robustness/invariants.ts
// (no throw, no rule crash, bounded time, ranges inside the document, sound fixes, idempotent fix-all),
// then truncates realistic files at every byte, lints the hostile files at full size (10 MB, 1 MB lines…) and
// grows every rule example part by part to find work that grows faster than the file.
// Runs the compiled tests in out/ (the npm script compiles first).
//
//   node scripts/fuzz.mjs [--minutes 10] [--seed N] [--no-hostile] [--no-truncation] [--no-growth] [--out DIR] [--compiled out]
// Prints one line per distinct violation (property + rule) with the shortest input that showed it, and
// writes those inputs to --out (default .scratch/fuzz/). Exits 1 when anything was found.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const fc = require('fast-check');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const compiled = resolve(option('--compiled', join(root, 'out'))); // where tsc put test/robustness/*.js
const { checkDocument } = require(join(compiled, 'test/robustness/invariants.js'));
const { hostileFiles, loadCorpus, mutate, mutationArb, ruleExamples, tokenSoupArb } = require(join(compiled, 'test/robustness/inputs.js'));
const minutes = Number(option('--minutes', process.env.FUZZ_MINUTES ?? '10'));
const seed = Number(option('--seed', String(Date.now() % 1e9)));
const outDir = option('--out', join(root, '.scratch/fuzz'));
const deadline = Date.now() + minutes * 60_000;
const corpus = await loadCorpus();

/** Distinct problems, keyed by property and rule, each with its shortest input. */
const found = new Map();
let checked = 0;
function record(text, kind, violations, origin) {
  checked++;
  for (const v of violations) {
    const key = `${v.property} ${v.rule ?? ''}`.trim();
    const prev = found.get(key);
    // A new kind of problem is shown at once, so a long run can be read (and its bug chased) before it ends.
    if (!prev) log(`new: ${key} (from ${origin}, ${text.length} chars): ${v.detail.slice(0, 200)}`);
    if (!prev || text.length < prev.text.length) found.set(key, { ...v, text, kind, origin, count: (prev?.count ?? 0) + 1 });
    else prev.count++;
  }
}

const log = (s) => process.stderr.write(`[fuzz] ${s}\n`);
log(`seed ${seed}, ${minutes} min`);

// 1. Truncation at every byte of a realistic Dockerfile and Compose file (lint and ranges; fixes every 25th).
if (!args.includes('--no-truncation')) {
  for (const [kind, text] of [['dockerfile', corpus.dockerfile(seed, 'officialImage')], ['dockerfile', corpus.dockerfile(seed + 1, 'heredoc')], ['compose', corpus.compose(seed, 6)]]) {
    for (let i = 0; i <= text.length; i++) record(text.slice(0, i), kind, checkDocument(text.slice(0, i), kind, { fixes: i % 25 === 0, budgetMs: 2000 }), 'truncation');
  }
  log(`truncation done: ${checked} files`);
}

// 2. Hostile files at full size.
if (!args.includes('--no-hostile')) {
  for (const f of hostileFiles(corpus.dockerfile(seed, 'officialImage'), corpus.compose(seed, 8), 1)) {
    const t0 = Date.now();
    record(f.text, f.kind, checkDocument(f.text, f.kind, { fixes: f.fixes ?? f.text.length < 200_000, budgetMs: f.budgetMs }), f.name);
    log(`${f.name}: ${Date.now() - t0} ms`);
  }
}

// 3. Growth: every rule example, and three corpus files chosen by the seed, with one of their parts repeated n and 4n
// times (test/robustness/growth.ts); work that grows faster than the file is reported with the rule whose time grew
// most.
if (!args.includes('--no-growth')) {
  const t0 = Date.now();
  const { allRules } = require(join(compiled, 'server/src/rules/index.js'));
  const { lint } = require(join(compiled, 'server/src/engine/lint.js'));
  const { growthVariants, growsSuperlinearly } = require(join(compiled, 'test/robustness/growth.js'));
  // Collections, as [start, end] in performance.now() time; the observer hands them over after a timer tick.
  const collections = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) collections.push([e.startTime, e.startTime + e.duration]);
  }).observe({ entryTypes: ['gc'] });
  const collectedWithin = (from, to) => collections.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);
  /** The best of two lints after one that warms up, collections apart (growth.ts says why). */
  const timeWith = (kind, rules) => async (text) => {
    const spans = [];
    for (let i = 0; i < 3; i++) {
      const from = performance.now();
      lint(text, { kind, allRules: true, rules });
      if (i > 0) spans.push([from, performance.now()]);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    const best = Math.min(...spans.map(([from, to]) => to - from - collectedWithin(from, to)));
    collections.length = 0;
    return best;
  };
  /** The rule whose own time (parse apart) grew most from n to 4n copies. */
  const culprit = async (kind, variant, n) => {
    const parse = timeWith(kind, []);
    const [small, large] = [variant.grow(n), variant.grow(4 * n)];
    const [p1, p4] = [await parse(small), await parse(large)];
    let worst = { rule: undefined, excess: p4 - 4 * p1 };
    for (const rule of allRules) {
      if (rule.meta.target !== kind && rule.meta.target !== 'any') continue;
      const own = timeWith(kind, [rule]);
      const excess = (await own(large)) - p4 - 4 * ((await own(small)) - p1);
      if (excess > worst.excess) worst = { rule: rule.meta.id, excess };
    }
    return worst;
  };
  const seen = new Set();
  let variants = 0;
  const growEach = async (kind, text) => {
    for (const variant of growthVariants(text, kind)) {
      const key = `${kind}\n${variant.grow(2)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      variants++;
      const growth = await growsSuperlinearly(variant, timeWith(kind, undefined));
      if (!growth) {
        checked++;
        continue;
      }
      const blame = await culprit(kind, variant, growth.n);
      const detail = `${variant.where}: ${growth.ms.toFixed(1)} ms for ${growth.n} copies, ${growth.ms4.toFixed(1)} ms for ${4 * growth.n}, collections apart (×${growth.ratio.toFixed(1)}; linear is ×4)`;
      record(variant.grow(growth.n), kind, [{ property: 'superlinear', rule: blame.rule ?? '(parse)', detail }], 'growth');
    }
  };
  for (const example of ruleExamples()) await growEach(example.kind, example.text);
  // And realistic files, other ones for each seed: two Dockerfiles of the corpus and a stack of four services.
  for (const k of [0, 1]) await growEach('dockerfile', corpus.dockerfile(seed + k));
  await growEach('compose', corpus.compose(seed, 4));
  log(`growth done: ${variants} grown files in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

// 4. Mutants until the deadline.
const dockerfiles = corpus.dockerfileCorpus(seed, 40);
const composes = corpus.composeCorpus(seed, 12).slice(0, 8);
// Every rule's documented examples: small files that make nearly every rule report, so its fixes are checked too.
const examples = ruleExamples();
const caseArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('dockerfile'), base: fc.constantFrom(...dockerfiles.map((f) => f.text)), mutations: fc.array(mutationArb, { minLength: 1, maxLength: 6 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('compose'), base: fc.constantFrom(...composes.map((f) => f.text)), mutations: fc.array(mutationArb, { minLength: 1, maxLength: 6 }) }) },
  { weight: 3, arbitrary: fc.record({ example: fc.constantFrom(...examples), mutations: fc.array(mutationArb, { minLength: 0, maxLength: 4 }) }).map(({ example, mutations }) => ({ kind: example.kind, base: example.text, mutations })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('dockerfile', 'compose'), base: tokenSoupArb, mutations: fc.constant([]) }) },
);
let round = 0;
while (Date.now() < deadline) {
  for (const c of fc.sample(caseArb, { seed: seed + round++, numRuns: 50 })) {
    const text = mutate(c.base, c.mutations);
    record(text, c.kind, checkDocument(text, c.kind, { fixes: true, budgetMs: 3000 }), 'mutation');
    if (Date.now() >= deadline) break;
  }
  if (round % 20 === 0) log(`${checked} files checked, ${found.size} distinct problems`);
}

mkdirSync(outDir, { recursive: true });
console.log(`\n${checked} files checked (seed ${seed}); ${found.size} distinct problem(s).`);
let n = 0;
for (const [key, v] of [...found].sort()) {
  const file = join(outDir, `${String(++n).padStart(2, '0')}-${key.replace(/[^a-z0-9-]+/gi, '_')}.${v.kind === 'compose' ? 'yaml' : 'Dockerfile'}`);
  writeFileSync(file, v.text);
  console.log(`\n● ${key} (${v.count}×, from ${v.origin}; shortest input ${v.text.length} chars → ${file})\n  ${v.detail.slice(0, 600)}`);
}
process.exit(found.size > 0 ? 1 : 0);
