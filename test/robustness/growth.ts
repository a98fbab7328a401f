/**
 * The growth check of `npm run fuzz`: small files (the rules' examples) grown by repeating one of their parts, to
 * find work that grows faster than the file. Linting a file with n copies of a part and one with 4n copies should
 * take about 4 times as long; a rule that compares every copy with every other takes 16 times as long.
 *
 * A part is a whole stage body or service, an instruction, its arguments, its last word, a RUN's command, an
 * exec-form array's items, a comment line, a continuation line, a heredoc's body lines, a YAML line, a run of
 * sibling YAML entries (keys renamed per copy), or a flow sequence's items. The eighteenth and nineteenth campaigns
 * found a dozen rules that were quadratic or cubic in one of these, each invisible in the benchmark's files (see
 * docs/performance.md).
 */
import type { FileKind } from '../../server/src/engine/types';

/** One part of a file that can be repeated: `grow(n)` is the file with that part written n times. */
export interface GrowthVariant {
  /** Which part, for the report (`L3 args`: the arguments of line 3). */
  where: string;
  grow(n: number): string;
}

/** Every part of `text` the growth check repeats. */
export function growthVariants(text: string, kind: FileKind): GrowthVariant[] {
  return kind === 'dockerfile' ? dockerfileVariants(text) : composeVariants(text);
}

/** A file with line `index` replaced by `replace(n)`. */
function lineGrown(lines: readonly string[], index: number, replace: (n: number) => string): (n: number) => string {
  return (n) => lines.map((line, j) => (j === index ? replace(n) : line)).join('\n');
}

/** A file with line `index` written n times in a row. */
function lineRepeated(lines: readonly string[], index: number): (n: number) => string {
  return lineGrown(lines, index, (n) => Array<string>(n).fill(lines[index]!).join('\n'));
}

/** A file with lines [from, to) replaced by n copies of them, copy k made by `copy(k)`. */
function blockGrown(lines: readonly string[], from: number, to: number, copy: (k: number) => readonly string[]): (n: number) => string {
  return (n) => [...lines.slice(0, from), ...Array.from({ length: n }, (_, k) => copy(k)).flat(), ...lines.slice(to)].join('\n');
}

const INSTRUCTION_LINE = /^(\s*)([A-Za-z]+)(\s+)(.*)$/;
/** An exec-form array: its first string, then the rest. */
const EXEC_FORM = /^\[\s*("(?:[^"\\]|\\.)*")\s*(?:,\s*(.*?))?\]\s*$/;
const HEREDOC_MARKER = /<<-?["']?([A-Za-z_]\w*)/;

function dockerfileVariants(text: string): GrowthVariant[] {
  const lines = text.split('\n');
  const out: GrowthVariant[] = [];
  const firstFrom = lines.findIndex((l) => /^\s*FROM\s/i.test(l));
  const finalBreak = text.endsWith('\n');
  const body = firstFrom < 0 ? '' : lines.slice(firstFrom + 1, finalBreak ? -1 : undefined).join('\n');
  if (body.trim()) {
    // Everything after the first FROM, stage names and all: more stages, more instructions per stage.
    const head = lines.slice(0, firstFrom + 1).join('\n');
    out.push({ where: 'body', grow: (n) => `${head}\n${Array<string>(n).fill(body).join('\n')}${finalBreak ? '\n' : ''}` });
  }
  lines.forEach((line, i) => {
    const m = INSTRUCTION_LINE.exec(line);
    // One physical line each.
    if (!m || line.endsWith('\\')) return;
    const at = `L${i + 1}`;
    // The instruction itself, n times in a row: many CMDs in one stage, many stages of one name.
    out.push({ where: `${at} line`, grow: lineRepeated(lines, i) });
    const [, indent, keyword, space, args] = m as unknown as [string, string, string, string, string];
    if (/^FROM$/i.test(keyword)) return; // its words are grown with the body
    if (args.startsWith('[')) {
      const exec = EXEC_FORM.exec(args);
      if (exec?.[2]) out.push({ where: `${at} exec-form items`, grow: lineGrown(lines, i, (n) => `${indent}${keyword}${space}[${exec[1]}, ${Array<string>(n).fill(exec[2]!).join(', ')}]`) });
      return;
    }
    if (!args) return;
    const isRun = /^RUN$/i.test(keyword);
    out.push({ where: `${at} args`, grow: lineGrown(lines, i, (n) => `${indent}${keyword}${space}${Array<string>(n).fill(args).join(isRun ? ' && ' : ' ')}`) });
    const words = args.split(/\s+/);
    if (words.length > 1) {
      // Numbered copies, so that names stay distinct, except where a repeated word is what the rule looks at.
      const numbered = !/^(RUN|EXPOSE)$/i.test(keyword);
      const last = words[words.length - 1]!;
      const before = words.slice(0, -1).join(' ');
      out.push({ where: `${at} last word`, grow: lineGrown(lines, i, (n) => `${indent}${keyword}${space}${before} ${Array.from({ length: n }, (_, k) => (numbered ? `${last}${k}` : last)).join(' ')}`) });
    }
  });
  // A comment line, n times: directives, suppressions (`# hadolint ignore=…`), notes.
  lines.forEach((line, i) => {
    if (line.trimStart().startsWith('#')) out.push({ where: `L${i + 1} comment`, grow: lineRepeated(lines, i) });
  });
  // A continuation line between two others (`  curl \\`), n times: a long multi-line RUN or COPY.
  lines.forEach((line, i) => {
    if (i > 0 && lines[i - 1]!.endsWith('\\') && line.endsWith('\\')) out.push({ where: `L${i + 1} continuation line`, grow: lineRepeated(lines, i) });
  });
  lines.forEach((line, i) => {
    const m = HEREDOC_MARKER.exec(line);
    if (!m) return;
    const close = lines.findIndex((l, j) => j > i && l.trim() === m[1]);
    if (close <= i + 1) return;
    const body = lines.slice(i + 1, close);
    out.push({ where: `L${i + 1} heredoc body`, grow: blockGrown(lines, i + 1, close, () => body) });
  });
  return out;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const FLOW_SEQUENCE_LINE = /^(.*?:\s*)\[(.*)\](\s*(?:#.*)?)$/;
const MAPPING_KEY = /^(\s*)([A-Za-z0-9_.-]+)(\s*[:=])/;

function composeVariants(text: string): GrowthVariant[] {
  const lines = text.split('\n');
  const out: GrowthVariant[] = [];
  lines.forEach((line, i) => {
    const m = FLOW_SEQUENCE_LINE.exec(line);
    if (m?.[2]?.trim()) out.push({ where: `L${i + 1} flow items`, grow: lineGrown(lines, i, (n) => `${m[1]}[${Array<string>(n).fill(m[2]!).join(', ')}]${m[3]}`) });
  });
  // Each line with nothing under it, n times as written: repeated keys (which Compose reads as the last), items and
  // comments (at any indentation).
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const next = lines[i + 1];
    const hasChildren = next !== undefined && next.trim() !== '' && indentOf(next) > indentOf(line);
    const comment = line.trimStart().startsWith('#');
    if (!comment && (indentOf(line) < 2 || hasChildren)) return;
    out.push({ where: `L${i + 1} line`, grow: lineRepeated(lines, i) });
  });
  // Each run of sibling lines (same indentation, two spaces or more, with the deeper lines under them), the keys
  // at the run's indentation renamed in each copy: more services, more environment entries, more list items.
  for (let i = 0; i < lines.length; i++) {
    const indent = indentOf(lines[i]!);
    if (indent < 2 || !lines[i]!.trim()) continue;
    const previous = lines[i - 1];
    if (previous !== undefined && previous.trim() && indentOf(previous) >= indent) continue; // not where a run starts
    let end = i;
    while (end < lines.length && lines[end]!.trim() && indentOf(lines[end]!) >= indent) end++;
    const block = lines.slice(i, end);
    const copy = (k: number) => block.map((l) => (indentOf(l) === indent && !l.trimStart().startsWith('-') ? l.replace(MAPPING_KEY, (_, before: string, key: string, after: string) => `${before}${key}${k}${after}`) : l));
    out.push({ where: `L${i + 1}-${end}`, grow: blockGrown(lines, i, end, copy) });
  }
  return out;
}

/** How a variant's lint time grew: `ms` for n copies, `ms4` for 4n. */
export interface Growth {
  n: number;
  ms: number;
  ms4: number;
  /** `ms4 / ms`: about 4 when the work grows with the file, 16 when it grows with its square. */
  ratio: number;
}

export interface GrowthOptions {
  /** The first number of copies tried. */
  startN: number;
  /** Copies are doubled until one lint takes this long, so that the timer's noise and fixed costs weigh little. */
  minMs: number;
  /** The most copies tried (the 4n file has four times as many). */
  maxN: number;
}

export const GROWTH_DEFAULTS: GrowthOptions = { startN: 16, minMs: 3, maxN: 4096 };

/**
 * The time of one lint of a text, in ms. `npm run fuzz` takes the best of a few lints, less the garbage collections
 * inside them: a file made of one huge instruction keeps tens of thousands of words alive, and V8's collections
 * then grow faster than the file (its young generation has a fixed size), which says nothing of the rules.
 */
export type LintClock = (text: string) => number | Promise<number>;

/** Times a variant at n and 4n copies; n doubles from `startN` until a lint takes `minMs`. */
export async function measureGrowth(variant: GrowthVariant, timeMs: LintClock, options: GrowthOptions = GROWTH_DEFAULTS): Promise<Growth> {
  let n = options.startN;
  let ms = await timeMs(variant.grow(n));
  while (ms < options.minMs && n * 2 <= options.maxN) {
    n *= 2;
    ms = await timeMs(variant.grow(n));
  }
  const ms4 = await timeMs(variant.grow(4 * n));
  return { n, ms, ms4, ratio: ms4 / Math.max(ms, 1e-6) };
}

/**
 * Growth past this ratio (for 4 times the copies) is reported: between linear (4) and quadratic (16), and far
 * enough from 4 that a pause in one of the timed lints does not reach it.
 */
export const SUPERLINEAR_RATIO = 8;

/**
 * The growth of a variant that grows faster than its file, measured twice (the lower ratio counts: a pause on a
 * shared machine makes a lint slower, never faster); undefined when it grows with the file. The second time is at 4n
 * and 16n: a rule's work that grows with the square of the file still grows 16 times there, but a file whose lint
 * data outgrows the core's cache between n and 4n (a lint a few times slower per line, once) no longer does.
 */
export async function growsSuperlinearly(variant: GrowthVariant, timeMs: LintClock, options: GrowthOptions = GROWTH_DEFAULTS): Promise<Growth | undefined> {
  const first = await measureGrowth(variant, timeMs, options);
  if (!superlinear(first)) return undefined;
  const second = await measureGrowth(variant, timeMs, { ...options, startN: 4 * first.n, maxN: 4 * first.n });
  const lower = second.ratio < first.ratio ? second : first;
  return superlinear(lower) ? lower : undefined;
}

/**
 * The least time by which the 4n lint must exceed four n lints to be reported: below it the timer's noise decides
 * (a lint that stays under a millisecond even at 4,096 copies), and nobody waits for it.
 */
export const MIN_EXCESS_MS = 2;

const superlinear = (growth: Growth): boolean => growth.ratio > SUPERLINEAR_RATIO && growth.ms4 - 4 * growth.ms >= MIN_EXCESS_MS;
