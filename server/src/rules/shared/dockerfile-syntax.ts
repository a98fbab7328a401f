/**
 * Helpers shared by the syntax, directive and style rules for Dockerfiles: instructions including
 * ONBUILD triggers, the parser-directive block as BuildKit reads it, and the pinned frontend.
 */
import { parseFrontendVersion, type FrontendVersion } from '../../knowledge/dockerfile';
import { EXEC_FORM_KEYWORDS, parseExecForm } from '../../model/dockerfile/exec-form';
import type { Directive, DockerfileModel, InstructionNode, Word } from '../../model/dockerfile/types';
import { mappedSlice } from '../../model/mapped-text';
import { oncePer } from '../../model/once-per';

/** The 18 instruction keywords. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/**
 * Every instruction, with the instruction each ONBUILD wraps right after it. Some thirty rules ask: one
 * list per model, shared (callers treat it as read-only).
 */
export const withTriggers = oncePer((model: DockerfileModel): InstructionNode[] => {
  const out: InstructionNode[] = [];
  for (const i of model.instructions) {
    out.push(i);
    if (i.trigger) out.push(i.trigger);
  }
  return out;
});

const NO_WORDS: readonly Word[] = [];

/** The instruction words starting with `-`: flags the model could not read (one dash, or after a one-dash word). */
export function leadingDashWords(instruction: InstructionNode): readonly Word[] {
  // Most instructions have none: no list for them.
  if (instruction.args.length === 0 || !instruction.args[0].value.startsWith('-')) return NO_WORDS;
  const out: Word[] = [];
  for (const a of instruction.args) {
    if (!a.value.startsWith('-') || a.value === '-' || a.value === '--') break;
    out.push(a);
  }
  return out;
}

/**
 * Whether the instruction would be short of arguments if its first argument became a flag (`-from=x` written
 * `--from=x`, an invisible character before `--chown` deleted): COPY and ADD need a source and a destination, other
 * instructions one argument. As written, such a word is read as a file or an image and the line parses.
 */
export function shortWithoutFirstArgument(instruction: InstructionNode): boolean {
  const needed = instruction.keyword === 'COPY' || instruction.keyword === 'ADD' ? 2 : 1;
  return argumentsAfterFirst(instruction) < needed;
}

/**
 * How many arguments follow the first: the words after it, or the strings of the JSON array after it (`-chown=a
 * ["src","dst"]` has two, though the array is one word). A first word with a quote in it is not looked into.
 */
function argumentsAfterFirst(instruction: InstructionNode): number {
  const words = instruction.args.length - 1;
  if (words < 1 || !EXEC_FORM_KEYWORDS.has(instruction.keyword)) return words;
  const text = instruction.argsText.text;
  // The builder's white space: JavaScript's `\s` also matches the invisible characters `typographic-dash-or-space` finds.
  const afterFirst = text.search(/[ \t\r\n]/);
  if (afterFirst < 0 || /["']/.test(text.slice(0, afterFirst))) return words;
  return parseExecForm(mappedSlice(instruction.argsText, afterFirst, text.length))?.length ?? words;
}

export { DIRECTIVE_KEYS } from '../../model/dockerfile/directives';

/** One line of the file that looks like a parser directive, wherever it is (the model keeps them all). */
export type DirectiveLine = Directive;

/** Every `# syntax|escape|check=…` line outside heredoc bodies, with `inBlock` set for those BuildKit reads. */
export function directiveLines(model: DockerfileModel): DirectiveLine[] {
  return model.directiveLines;
}

/** The directives BuildKit honours: the first of each name in the leading block. */
export function effectiveDirective(model: DockerfileModel, name: string): DirectiveLine | undefined {
  return directiveLines(model).find((d) => d.inBlock && d.name === name);
}

/** The `docker/dockerfile` frontend pinned by `# syntax=`, or undefined (no line, other frontend, no version). */
export function pinnedFrontend(model: DockerfileModel): { version: FrontendVersion; directive: DirectiveLine } | undefined {
  const directive = effectiveDirective(model, 'syntax');
  if (!directive) return undefined;
  const version = parseFrontendVersion(directive.value);
  return version ? { version, directive } : undefined;
}

/** The two characters `# escape=` accepts: a backslash (the default) and a backtick. */
export function isEscapeCharacter(value: string): boolean {
  return value === '\\' || value === '`';
}

/** The offsets [start, end) of the physical line holding `offset`, without the line break. */
export function physicalLine(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return [start, end];
}

/** Start offset of the line after the one holding `offset` (text length at the last line). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Index of the `]` closing the JSON array that opens at `open` in `text`, skipping strings; -1 if none. */
export function jsonArrayEnd(text: string, open: number): number {
  let inString = false;
  for (let k = open; k < text.length; k++) {
    const ch = text[k];
    if (inString) {
      if (ch === '\\') k++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === ']') return k;
  }
  return -1;
}
