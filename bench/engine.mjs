// In-process benchmarks: our lint against dockerfile-ast's bare parse, dockerfile-utils' validator and
// dclint, over the same generated corpus in the same process. Every tool runs in every pass, in a
// rotating order, so machine noise hits them alike; we report medians over passes after warm-up.
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { composeCorpus, dockerfileCorpus, dockerfileOfLines, grownCompose, grownDockerfile } from './corpus.mjs';
import { ROOT } from './lsp-client.mjs';
import { median, quantile } from './stats.mjs';

const require = createRequire(import.meta.url);
/** Minimum warm-up time per comparison (all tools together). */
const WARMUP_MS = 3000;
const api = require(join(ROOT, 'dist/api.js'));
const { DockerfileParser } = require('dockerfile-ast');
const dockerfileUtils = require('dockerfile-utils');
const { DCLinter } = require('dclint');

/**
 * Times each tool over the corpus `passes` times after untimed warm-up passes: at least `warmup` of them and
 * at least `warmupMs` of running every tool, so the JIT has compiled what each tool runs (a lint runs each of
 * its rules once per file, so it takes more passes to warm than a parser that loops over every line).
 * Returns per tool: the median pass time and, per file, the median of its times.
 */
function passes(corpus, tools, { warmup, warmupMs = WARMUP_MS, passes: count }) {
  const names = Object.keys(tools);
  const passTimes = Object.fromEntries(names.map((n) => [n, []]));
  const fileTimes = Object.fromEntries(names.map((n) => [n, corpus.map(() => [])]));
  const warmupStart = performance.now();
  while (warmup > 0 || performance.now() - warmupStart < warmupMs) {
    for (const name of names) for (const file of corpus) tools[name](file);
    warmup--;
  }
  for (let pass = 0; pass < count; pass++) {
    const order = names.map((_, i) => names[(i + pass) % names.length]);
    for (const name of order) {
      const fn = tools[name];
      const t0 = performance.now();
      for (let i = 0; i < corpus.length; i++) {
        const s = performance.now();
        fn(corpus[i]);
        fileTimes[name][i].push(performance.now() - s);
      }
      passTimes[name].push(performance.now() - t0);
    }
  }
  const out = {};
  for (const name of names) {
    const perFile = fileTimes[name].map(median);
    out[name] = {
      pass: median(passTimes[name]),
      fileMedian: median(perFile),
      fileP99: quantile(perFile, 0.99),
      filesPerSecond: corpus.length / (median(passTimes[name]) / 1000),
    };
  }
  return out;
}

export function benchDockerfiles(seed, size) {
  const corpus = dockerfileCorpus(seed, size);
  const lines = corpus.reduce((n, f) => n + f.text.split('\n').length, 0);
  let findings = 0;
  for (const f of corpus) findings += api.lintText(f.text, { kind: 'dockerfile' }).length;
  const result = passes(corpus, {
    parse: (f) => DockerfileParser.parse(f.text),
    lint: (f) => api.lintText(f.text, { kind: 'dockerfile' }),
    lintAllRules: (f) => api.lintText(f.text, { kind: 'dockerfile', allRules: true }),
    dockerfileUtils: (f) => dockerfileUtils.validate(f.text),
  }, { warmup: 2, passes: 7 });
  return { files: corpus.length, lines, findings, ...result };
}

export function benchCompose(seed, size, tmp) {
  const corpus = composeCorpus(seed, size);
  const dir = join(tmp, 'compose');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = corpus.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.text);
    return { ...f, path };
  });
  const dclint = new DCLinter({ rules: {}, quiet: true, debug: false, exclude: [] });
  const services = corpus.reduce((n, f) => n + (f.text.match(/^ {2}[a-z0-9]+:$/gm)?.length ?? 0), 0);
  // dclint reads each file from disk, so our side reads it too: the same work per file.
  const result = passes(files, {
    lint: (f) => api.lintText(readFileSync(f.path, 'utf8'), { kind: 'compose' }),
    dclint: (f) => dclint.lintFiles([f.path], false),
  }, { warmup: 3, passes: 5 });
  return { files: corpus.length, services, ...result };
}

/** Median of `runs` timed calls after at least `warmup` untimed calls and `warmupMs` of them. */
function timeMedian(fn, runs, warmup, warmupMs = 0) {
  const warmupStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmupStart < warmupMs; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Each size runs in a child process with a deadline: a super-linear rule must not stall the whole bench. */
export const SCALING_DEADLINE_MS = 45000;
/**
 * Rounds of the scaling measurement: every size once per round, in a fresh process each time. Five, not three: on
 * this shared machine one size's rounds came out up to half apart, and a median of three moved with one slow spell.
 */
export const SCALING_ROUNDS = 5;
/** How long each process times lints after its warm-up. */
export const SCALING_TIMED_MS = 1500;

function measureGrown(kind, factor) {
  const child = spawnSync(process.execPath, [join(ROOT, 'bench/scale-child.mjs'), kind, String(factor), String(SCALING_TIMED_MS)], { encoding: 'utf8', timeout: SCALING_DEADLINE_MS });
  if (child.status === 0) return JSON.parse(child.stdout);
  const text = (kind === 'compose' ? grownCompose : grownDockerfile)(factor);
  return { ms: Infinity, lines: text.split('\n').length, bytes: text.length, error: child.error?.code === 'ETIMEDOUT' ? `> ${SCALING_DEADLINE_MS / 1000} s (stopped)` : `failed: ${child.stderr.slice(-300)}` };
}

/**
 * Each size's lint time: the median, over rounds, of a process's mean time per lint. Rounds go through every
 * size in turn, so a slow spell of this shared machine hits the sizes alike rather than one of them. A mean,
 * not a median of lints: a big file's lints take turns meeting a young-generation collection, so their median
 * lands on one mode or the other from one process to the next, while the mean charges every lint its share.
 */
export function benchScaling() {
  const sizes = ['dockerfile', 'compose'].flatMap((kind) => [1, 10, 100].map((factor) => ({ kind, factor, runs: [] })));
  for (let round = 0; round < SCALING_ROUNDS; round++) {
    for (const size of sizes) {
      if (size.runs.some((m) => m.error)) continue;
      size.runs.push(measureGrown(size.kind, size.factor));
    }
  }
  const rows = [];
  let base;
  for (const { kind, factor, runs } of sizes) {
    if (factor === 1) base = undefined;
    const failed = runs.find((m) => m.error);
    const ms = failed ? Infinity : median(runs.map((m) => m.ms));
    const { lines, bytes } = runs[0];
    base ??= { t: ms, size: bytes };
    rows.push({ kind, factor, lines, bytes, ms, rounds: runs.map((m) => m.ms), probes: runs.map((m) => m.probeNs), error: failed?.error, timeRatio: ms / base.t, sizeRatio: bytes / base.size });
  }
  const big = dockerfileOfLines(5000);
  // Warmed like the corpus comparisons: the editor lints a big file on every pause in typing, so the JIT has
  // compiled what it runs (two warm-up runs left it half cold, and the median moved between runs by 20 %).
  const fiveThousand = { lines: big.split('\n').length, ms: timeMedian(() => api.lintText(big, { kind: 'dockerfile' }), 15, 2, WARMUP_MS) };
  return { rows, fiveThousand };
}

/** The 2,000-line document the editor benchmark edits, and its in-process lint time for comparison. */
export function editorDocument() {
  const text = dockerfileOfLines(2000);
  return { text, lines: text.split('\n').length, lintMs: timeMedian(() => api.lintText(text, { kind: 'dockerfile', fileName: '/tmp/x/Dockerfile' }), 9, 2) };
}

export const ruleCount = () => api.listRules().length;

/**
 * The engine's parse and lint as separate steps, which the public API does not expose: the per-rule table
 * lints models parsed once, so the parse's own noise does not drown a rule's few microseconds.
 */
function engineInternals() {
  const outfile = join(ROOT, '.scratch/bench/engine.js');
  // The same yaml build as the product's bundles (scripts/bundle.mjs).
  const alias = { yaml: './node_modules/yaml/browser/index.js' };
  buildSync({ entryPoints: [join(ROOT, 'server/src/engine/lint.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', absWorkingDir: ROOT, alias });
  return require(outfile);
}

/**
 * What each rule costs: the corpus, parsed once, linted with only that rule on, minus the same corpus linted
 * with no rule (best of 5 passes each, after a warm-up of every rule). Work several rules share is kept per
 * model, so it is charged to none of them here; the whole default lint is measured on fresh models beside it.
 * Tells where to look when lint ÷ parse grows.
 */
export function benchRuleCosts(seed) {
  const { lintModel, parseModel } = engineInternals();
  const metas = api.listRules();
  const out = {};
  for (const [kind, files] of [['dockerfile', dockerfileCorpus(seed + 1, 40)], ['compose', composeCorpus(seed + 1, 6).filter((_, i) => i % 2 === 1)]]) {
    const models = files.map((f) => parseModel(f.text, kind));
    const parseAll = () => { for (const f of files) parseModel(f.text, kind); };
    warmFor(parseAll);
    const parseMs = timeMedian(parseAll, 7, 1) / files.length;
    const only = (id) => ({ config: configWithOnly(metas, id) });
    const pass = (options) => {
      let best = Infinity;
      for (let p = 0; p < 5; p++) {
        const t0 = performance.now();
        for (const m of models) lintModel(m, options);
        best = Math.min(best, performance.now() - t0);
      }
      return best / files.length;
    };
    const ids = metas.filter((m) => m.target === kind).map((m) => m.id);
    for (const id of ids) pass(only(id));
    const base = pass(only(''));
    const offByDefault = new Set(metas.filter((m) => m.severity === 'off').map((m) => m.id));
    const rows = ids.map((id) => ({ id, off: offByDefault.has(id), ms: Math.max(0, pass(only(id)) - base) }));
    rows.sort((a, b) => b.ms - a.ms);
    // The whole default lint on fresh models (what a lint really pays, shared per-model work included), minus the parse.
    const fresh = () => { for (const f of files) lintModel(parseModel(f.text, kind), {}); };
    warmFor(fresh);
    const all = Math.max(0, timeMedian(fresh, 7, 1) / files.length - parseMs);
    out[kind] = { files: files.length, parseMs, allMs: all, total: rows.reduce((n, r) => n + r.ms, 0), top: rows.slice(0, 10) };
  }
  return out;
}

/** Runs fn until the JIT has had WARMUP_MS / 2 of it. */
function warmFor(fn) {
  const start = performance.now();
  while (performance.now() - start < WARMUP_MS / 2) fn();
}

/** A configuration with every rule off except `id` (at its default severity, or warning when off by default). */
function configWithOnly(metas, id) {
  const c = api.emptyConfig();
  for (const m of metas) c.severities.set(m.id, m.id === id ? (m.severity === 'off' ? 'warning' : m.severity) : 'off');
  return c;
}
