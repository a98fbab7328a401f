/**
 * The properties every lint must keep on any input, checked by the property tests and `npm run fuzz`:
 * no throw and no rule crash, bounded time, every range inside the document, a Compose model whose documents are
 * `yaml`'s own, every fix (safe or unsafe, primary or alternative) removes its finding, a safe fix never makes the
 * file parse worse and an unsafe one never breaks a file that parsed, and fix-all (safe fixes only, and with unsafe
 * ones) reaches a fixed point.
 * Returns violations instead of asserting so the fuzzer can collect and shrink them.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAllDocuments, type Document } from 'yaml';
import { memoryFileSystem } from '../../server/src/engine/fs';
import { applyFixes, fixAll } from '../../server/src/engine/fixes';
import { lint, LintOptions, type Model } from '../../server/src/engine/lint';
import type { FileKind, Finding, Fix, Range } from '../../server/src/engine/types';
import { YAML_OPTIONS } from '../../server/src/model/compose/parse';
import { documentShape } from '../support/yaml-shape';

export interface Violation {
  property: 'throw' | 'rule-crash' | 'slow' | 'range' | 'model-differs' | 'fix-no-effect' | 'fix-keeps-finding' | 'fix-parses-worse' | 'fix-all-not-idempotent';
  rule?: string;
  detail: string;
}

export interface CheckOptions {
  /** Also check fixes (costs a lint per fix and four fix-alls). */
  fixes?: boolean;
  /** Time one lint may take, in ms. */
  budgetMs?: number;
  /** At most this many fixes are checked one by one. */
  maxFixes?: number;
}

export const NOW = new Date('2026-11-23T00:00:00Z');

/** A small workspace around the linted file, so workspace-aware rules run too. */
const FS = memoryFileSystem({
  '/fuzz/.dockerignore': 'node_modules\n.git\n*.log\n',
  '/fuzz/package.json': '{"name":"app","scripts":{"build":"tsc"}}',
  '/fuzz/app.py': 'print("hi")\n',
  '/fuzz/.env': 'TAG=1.0\nAPP_ENV=production\n',
  '/fuzz/Dockerfile.other': 'FROM alpine:3.20\nARG APP_ENV\n',
  // Builds /fuzz/Dockerfile, so its build args resolve the fuzzed Dockerfile's ARGs.
  '/fuzz/docker-bake.json': '{"target":{"app":{"context":".","args":{"NODE_VERSION":"22","APP_ENV":"production","TAG":"latest"}}}}',
});

export function lintOptions(kind: FileKind): LintOptions {
  return { kind, fileName: kind === 'compose' ? '/fuzz/compose.yaml' : '/fuzz/Dockerfile', fs: FS, now: NOW, allRules: true };
}

/**
 * How badly a file parses: the number of lines with a YAML error (Compose) or a dockerfile-utils syntax error
 * (Dockerfile). Lines, not messages: deleting the repeated word of `FROM FROM a b c` leaves one broken FROM, which
 * dockerfile-utils then explains with two messages instead of one.
 */
export function parseErrors(text: string, kind: FileKind): number | undefined {
  if (kind === 'compose') {
    const doc = TextDocument.create('file:///e', 'yaml', 0, text);
    const lines = new Set<number>();
    for (const d of parseAllDocuments(text, { uniqueKeys: false })) if ('errors' in d) for (const e of d.errors) lines.add(doc.positionAt(e.pos[0]).line);
    return lines.size;
  }
  // dockerfile-ast reads a first line such as `# a=b# # c=d` as two directives and then skips the next line, so
  // dockerfile-utils reports nothing for that line, however broken: no verdict on such a file.
  const dockerfile = DockerfileParser.parse(text);
  const directiveLines = dockerfile.getDirectives().map((d) => d.getRange().start.line);
  if (new Set(directiveLines).size < directiveLines.length) return undefined;
  // dockerfile-utils checks a FROM's third word (the stage name) with `/^[a-z]([a-z0-9_\-.]*)*$/`, which backtracks
  // exponentially when a long run of those characters ends in another one: `FROM al\`, a comment line, then
  // `LABEL a="x" org.opencontainers.image.source="…"` took 80 s. No verdict on such a file.
  if (dockerfile.getFROMs().some((from) => STAGE_NAME_TRAP.test(from.getArguments()[2]?.getValue().toLowerCase() ?? ''))) return undefined;
  try {
    return new Set(validate(text).filter((d) => d.severity === 1).map((d) => d.range.start.line)).size;
  } catch {
    // dockerfile-utils overflows its stack on some inputs (e.g. `xCOPY --from=x$$FROM x`): no verdict then.
    return undefined;
  }
}

/** A FROM stage name on which dockerfile-utils' check backtracks for seconds or more (see `parseErrors`). */
const STAGE_NAME_TRAP = /^[a-z][a-z0-9_\-.]{15,}[^a-z0-9_\-.]/;

function show(text: string): string {
  return JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…(${text.length} chars)` : text);
}

/** Line lengths without their line breaks, to check positions against. */
function lineLengths(text: string): number[] {
  const doc = TextDocument.create('file:///x', 'x', 0, text);
  const out: number[] = [];
  for (let line = 0; line < doc.lineCount; line++) {
    out.push(doc.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }).replace(/\r?\n$|\r$/, '').length);
  }
  return out;
}

function rangeProblem(range: Range, lengths: number[]): string | undefined {
  for (const p of [range.start, range.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `bad position ${JSON.stringify(p)}`;
    if (p.line >= lengths.length) return `line ${p.line} past the last line ${lengths.length - 1}`;
    if (p.character > lengths[p.line]) return `character ${p.character} past the end of line ${p.line} (length ${lengths[p.line]})`;
  }
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return `start ${JSON.stringify(start)} after end ${JSON.stringify(end)}`;
  return undefined;
}

function rangeViolations(findings: Finding[], text: string): Violation[] {
  const lengths = lineLengths(text);
  const out: Violation[] = [];
  for (const f of findings) {
    const ranges: [string, Range][] = [['finding', f.range], ...(f.related ?? []).map((r): [string, Range] => ['related', r.range])];
    for (const fix of f.fixes) for (const e of fix.edits) ranges.push([`edit of fix "${fix.title}"`, e.range]);
    for (const [what, range] of ranges) {
      const problem = rangeProblem(range, lengths);
      if (problem) out.push({ property: 'range', rule: f.rule, detail: `${what}: ${problem}` });
    }
  }
  return out;
}

/**
 * Whether the same finding (rule and message) is reported again where the fixed one was, its start mapped
 * through the fix's edits. Another instance elsewhere (a duplicate key further down) does not count.
 */
function stillReported(finding: Finding, fix: Fix, after: Finding[], text: string, fixed: string): boolean {
  const before = TextDocument.create('file:///a', 'x', 0, text);
  const now = TextDocument.create('file:///b', 'x', 0, fixed);
  const spans = fix.edits.map((e) => ({ start: before.offsetAt(e.range.start), end: before.offsetAt(e.range.end), newText: e.newText, delta: e.newText.length - (before.offsetAt(e.range.end) - before.offsetAt(e.range.start)) }));
  let start = before.offsetAt(finding.range.start);
  let shift = 0;
  for (const e of spans) {
    if (start >= e.end && !(e.start === e.end && start === e.start)) shift += e.delta;
    else if (start > e.start) return false; // the finding started inside edited text: it is gone
    else if (start === e.start && e.end > e.start && e.newText === '') return false; // deleted from its first character
  }
  start += shift;
  return after.some((f) => f.rule === finding.rule && f.message === finding.message && now.offsetAt(f.range.start) === start);
}

function crashes(findings: Finding[]): Violation[] {
  return findings.filter((f) => f.rule === 'internal-error').map((f) => ({ property: 'rule-crash' as const, detail: f.message }));
}

export function checkDocument(text: string, kind: FileKind, options: CheckOptions = {}): Violation[] {
  const opts = lintOptions(kind);
  const violations: Violation[] = [];
  let findings: Finding[];
  let model: Model;
  const t0 = performance.now();
  try {
    ({ findings, model } = lint(text, opts));
  } catch (error) {
    return [{ property: 'throw', detail: `lint threw ${(error as Error)?.stack ?? String(error)}` }];
  }
  const elapsed = performance.now() - t0;
  if (elapsed > (options.budgetMs ?? 5000)) violations.push({ property: 'slow', detail: `lint took ${elapsed.toFixed(0)} ms on ${text.length} chars` });
  violations.push(...crashes(findings), ...rangeViolations(findings, text));
  // A model nested too deeply for the parser holds no documents; how deep yaml gets depends on the stack left to it.
  if (model.kind === 'compose' && !model.errors.some((e) => e.code === 'NESTING_TOO_DEEP')) violations.push(...modelViolations(text, model.yamlDocs));
  if (!options.fixes) return violations;

  try {
    violations.push(...checkFixes(text, kind, findings, opts, options.maxFixes ?? 25, options.budgetMs ?? 5000));
  } catch (error) {
    violations.push({ property: 'throw', detail: `fixing threw ${(error as Error)?.stack ?? String(error)}` });
  }
  return violations;
}

/** Texts up to this length are parsed by `yaml` alone too, to compare the documents (larger ones cost too much). */
const MODEL_CHECK_MAX = 256 * 1024;

/**
 * The Compose model's documents, which our reader and composer build wherever they read the text, are the ones
 * `yaml`'s `parseAllDocuments` builds: the same nodes, ranges, comments, errors and warnings.
 */
function modelViolations(text: string, ours: readonly Document[]): Violation[] {
  if (text.length > MODEL_CHECK_MAX) return [];
  let theirs: Document[];
  try {
    theirs = parseAllDocuments(text, YAML_OPTIONS) as Document[];
  } catch {
    return []; // nested too deeply for yaml: the model says so itself
  }
  // yaml turns a stack overflow inside a collection into an error there, so how deep it gets depends on the stack
  // left to it: no verdict then.
  const exhausted = (docs: readonly Document[]) => docs.some((d) => d.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION'));
  if (exhausted(ours) || exhausted(theirs)) return [];
  const a = JSON.stringify(ours.map(documentShape));
  const b = JSON.stringify(theirs.map(documentShape));
  if (a === b) return [];
  let at = 0;
  while (a[at] === b[at]) at++;
  return [{ property: 'model-differs', detail: `the model's documents are not yaml's: …${a.slice(Math.max(0, at - 80), at + 80)}… against …${b.slice(Math.max(0, at - 80), at + 80)}…` }];
}

/**
 * Every fix of every finding, one at a time: the standard holds for unsafe fixes and alternatives too (unsafe only
 * means fix-all leaves it alone, not that it may break the file). Fixes that only write other files are skipped.
 */
function checkFixes(text: string, kind: FileKind, findings: Finding[], opts: LintOptions, maxFixes: number, budgetMs: number): Violation[] {
  const out: Violation[] = [];
  const before = parseErrors(text, kind);
  const fixes = findings.flatMap((finding) => finding.fixes.filter((fix) => fix.edits.length > 0).map((fix) => ({ finding, fix }))).slice(0, maxFixes);
  for (const { finding, fix } of fixes) {
    const fixed = applyFixes(text, [{ ...finding, fixes: [fix] }], { unsafe: true }).text;
    const title = `"${fix.title}" (${fix.safety})`;
    if (fixed === text) {
      out.push({ property: 'fix-no-effect', rule: finding.rule, detail: `fix ${title} changed nothing` });
      continue;
    }
    const after = lint(fixed, opts).findings;
    out.push(...crashes(after));
    if (stillReported(finding, fix, after, text, fixed)) {
      out.push({ property: 'fix-keeps-finding', rule: finding.rule, detail: `after fix ${title} the rule still reports ${show(finding.message)}; text after: ${show(fixed)}` });
    }
    // A safe fix must not add a parse error; an unsafe one must not break a file that parsed (renaming junk such as
    // `FRAS #` to `FROM #` may expose errors in arguments nobody checked before, and the user sees what it does).
    const worse = parseErrors(fixed, kind);
    if (before !== undefined && worse !== undefined && worse > before && (fix.safety === 'safe' || before === 0)) out.push({ property: 'fix-parses-worse', rule: finding.rule, detail: `fix ${title} raised the lines with parse errors ${before} → ${worse}; text after: ${show(fixed)}` });
  }
  // Fix-all as the editor and `--fix` run it, and as `--unsafe-fixes` runs it: a second run changes nothing. The first
  // has the lint's budget too: a few lints of a file its fixes shrink, and choosing what each pass applies.
  for (const unsafe of [false, true]) {
    const t0 = performance.now();
    const first = fixAll(text, opts, { unsafe });
    const elapsed = performance.now() - t0;
    if (elapsed > budgetMs) out.push({ property: 'slow', detail: `${unsafe ? 'fix-all with unsafe fixes' : 'fix-all'} took ${elapsed.toFixed(0)} ms on ${text.length} chars` });
    const second = fixAll(first.text, opts, { unsafe });
    if (second.text !== first.text) {
      const which = unsafe ? 'fix-all with unsafe fixes' : 'fix-all';
      out.push({ property: 'fix-all-not-idempotent', detail: `a second ${which} applied ${second.fixed} more fix(es); after the first: ${show(first.text)}; after the second: ${show(second.text)}` });
    }
  }
  return out;
}

/** One line per violation, for assertion messages. */
export function describeViolations(violations: Violation[], text: string): string {
  return `${violations.map((v) => `[${v.property}${v.rule ? ` ${v.rule}` : ''}] ${v.detail}`).join('\n')}\ninput: ${show(text)}`;
}
