/**
 * Suppression comments, by our id or any alias:
 *   Dockerfile: `# stevedore-ignore <id>[,<id>] [-- reason]` (next instruction), `# stevedore-ignore-file <id>`,
 *               `# hadolint ignore=DL3008`, `# hadolint global ignore=…`, `# check=skip=<Name>[,…|all]`.
 *   Compose:    `# stevedore-ignore <id>` / `# dclint disable-line <rule>` (end of the line, or the line above),
 *               `# dclint disable-next-line <rule>`, `# stevedore-ignore-file <id>`, `# dclint disable [<rule> …]`,
 *               `# dclint disable-file`.
 */
import type { DockerfileModel, InstructionNode } from '../model/dockerfile/types';
import { partitionPoint } from '../model/sorted';
import type { RuleNames } from './rule-names';

export type SuppressionStyle = 'stevedore' | 'hadolint' | 'buildkit' | 'dclint';

export interface SuppressionToken {
  /** The name as written (`DL3008`, `base-image-latest`, `all`). */
  name: string;
  start: number;
  end: number;
  /** Rule ids the name stands for. */
  ruleIds: string[];
  /** Lines covered [first, last]; undefined: the whole file. */
  lines?: [number, number];
  /** Covers every rule (`# dclint disable-file`), or every rule with a BuildKit alias (`check=skip=all`). */
  all?: 'rules' | 'buildkit';
  style: SuppressionStyle;
  line: number;
  /** Set while findings are filtered. */
  used: boolean;
}

interface CommentLike {
  text: string;
  line: number;
  textStart: number;
}

const STEVEDORE = /^stevedore-ignore(-file)?(?=\s|$)/;
const HADOLINT = /^hadolint\s+(?:(global|stage)\s+)?ignore\s*=\s*/;
const CHECK = /^check\s*=\s*/;

export function dockerfileSuppressions(model: DockerfileModel, names: RuleNames): SuppressionToken[] {
  const tokens: SuppressionToken[] = [];
  const nextInstructionLines = (line: number): [number, number] | undefined => {
    const next = firstInstructionAfter(model.instructions, line);
    return next ? [next.line, next.endLine] : [line + 1, line + 1];
  };
  for (const directive of model.directives) {
    if (directive.name !== 'check') continue;
    tokens.push(...checkSkipTokens(directive.value, directive.valueStart, directive.line, undefined, names));
  }
  for (const comment of model.comments) {
    tokens.push(...dockerfileCommentTokens(comment, names, nextInstructionLines));
  }
  return tokens;
}

/**
 * The first instruction that starts after `line`: a binary search, as instructions are in file order (a scan for
 * each suppression comment made files with many of them quadratic).
 */
function firstInstructionAfter(instructions: readonly InstructionNode[], line: number): InstructionNode | undefined {
  return instructions[partitionPoint(instructions, (i) => i.line <= line)];
}

function dockerfileCommentTokens(
  comment: CommentLike, names: RuleNames, nextLines: (line: number) => [number, number] | undefined,
): SuppressionToken[] {
  const { text, textStart, line } = comment;
  const ours = STEVEDORE.exec(text);
  if (ours) {
    const lines = ours[1] ? undefined : nextLines(line);
    return nameTokens(withoutReason(text.slice(ours[0].length)), textStart + ours[0].length, names, 'stevedore', line, lines);
  }
  const hadolint = HADOLINT.exec(text);
  if (hadolint) {
    const lines = hadolint[1] === 'global' ? undefined : nextLines(line);
    return nameTokens(text.slice(hadolint[0].length), textStart + hadolint[0].length, names, 'hadolint', line, lines);
  }
  const check = CHECK.exec(text);
  if (check) return checkSkipTokens(text.slice(check[0].length), textStart + check[0].length, line, nextLines(line), names);
  return [];
}

/** `skip=A,B;error=true`: the names after `skip=`. */
function checkSkipTokens(value: string, offset: number, line: number, lines: [number, number] | undefined, names: RuleNames): SuppressionToken[] {
  const tokens: SuppressionToken[] = [];
  let partStart = 0;
  for (const part of value.split(';')) {
    const m = /^(\s*skip\s*=\s*)(.*)$/.exec(part);
    if (m) {
      for (const t of nameTokens(m[2], offset + partStart + m[1].length, names, 'buildkit', line, lines)) {
        if (t.name.toLowerCase() === 'all') {
          t.all = 'buildkit';
          t.ruleIds = [];
        }
        tokens.push(t);
      }
    }
    partStart += part.length + 1;
  }
  return tokens;
}

function withoutReason(text: string): string {
  const i = text.indexOf('--');
  return i >= 0 ? text.slice(0, i) : text;
}

function nameTokens(
  list: string, offset: number, names: RuleNames, style: SuppressionStyle, line: number, lines: [number, number] | undefined,
): SuppressionToken[] {
  const tokens: SuppressionToken[] = [];
  // Names are separated by commas and/or white space.
  for (const m of list.matchAll(/[^\s,]+/g)) {
    const name = m[0];
    tokens.push({ name, start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + name.length, ruleIds: names.resolve(name), lines, style, line, used: false });
  }
  return tokens;
}

const DCLINT = /^dclint\s+(disable-next-line|disable-line|disable-file|disable)(?=\s|$)/;

export function composeSuppressions(text: string, names: RuleNames): SuppressionToken[] {
  const tokens: SuppressionToken[] = [];
  if (!text.includes('#')) return tokens;
  const lines = text.split('\n');
  let offset = 0;
  // The first line after each line that is neither blank nor a comment, found in one pass from the end when first
  // asked (a search from each comment read a run of n comment lines n times).
  let nextCode: Int32Array | undefined;
  const nextCodeLine = (from: number): number => {
    if (!nextCode) {
      nextCode = new Int32Array(lines.length);
      let next = -1;
      for (let l = lines.length - 1; l >= 0; l--) {
        nextCode[l] = next;
        const t = lines[l]!.trim();
        if (t !== '' && !t.startsWith('#')) next = l;
      }
    }
    const l = nextCode[from]!;
    return l >= 0 ? l : from + 1;
  };
  lines.forEach((lineText, line) => {
    const hash = commentStart(lineText);
    if (hash >= 0) {
      const inline = lineText.slice(0, hash).trim() !== '';
      const body = lineText.slice(hash + 1).replace(/\r$/, '');
      const lead = body.length - body.trimStart().length;
      const text = body.trim();
      const textStart = offset + hash + 1 + lead;
      const ours = STEVEDORE.exec(text);
      const dclint = DCLINT.exec(text);
      const target = !ours && !dclint ? line : inline ? line : nextCodeLine(line);
      if (ours) {
        const covered: [number, number] | undefined = ours[1] ? undefined : [target, target];
        tokens.push(...nameTokens(withoutReason(text.slice(ours[0].length)), textStart + ours[0].length, names, 'stevedore', line, covered));
      } else if (dclint) {
        const kind = dclint[1];
        const covered: [number, number] | undefined =
          kind === 'disable-line' ? [target, target] : kind === 'disable-next-line' ? [line + 1, line + 1] : undefined;
        const listed = kind === 'disable-file' ? [] : nameTokens(text.slice(dclint[0].length), textStart + dclint[0].length, names, 'dclint', line, covered);
        if (listed.length === 0) {
          tokens.push({ name: kind, start: textStart, end: textStart + dclint[0].length, ruleIds: [], lines: covered, all: 'rules', style: 'dclint', line, used: false });
        }
        tokens.push(...listed);
      }
    }
    offset += lineText.length + 1;
  });
  return tokens;
}

/** Index of a `#` that starts a YAML comment (not inside quotes), or -1. */
function commentStart(line: string): number {
  // Most lines have no `#` at all: skip the quote-aware scan.
  if (!line.includes('#')) return -1;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
    } else if (ch === '"' || ch === "'") {
      if (i === 0 || /[\s:[{,-]/.test(line[i - 1])) quote = ch;
    } else if (ch === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return i;
  }
  return -1;
}
