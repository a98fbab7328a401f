import type { DockerfileFacts } from '../../engine/applicability';
import { eolOf, insertEdit, makeFix, needsBreakBefore, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, Directive } from '../../model/dockerfile/types';
import { checkValueProblems } from '../shared/check-directive';
import { directiveLines, isEscapeCharacter, nextLineStart } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'parser-directive-misplaced',
  target: 'dockerfile',
  category: 'parser-directives',
  severity: 'warning',
  summary: 'A `# syntax=`, `# escape=` or `# check=` line after the directive block, where it has no effect.',
  docs: {
    description:
      'Parser directives are read only in the block of comments at the very top of the file. After a blank line, an ' +
      'ordinary comment or an instruction, `# syntax=…` is just a comment: the frontend it names is not used and ' +
      '`# escape=` changes nothing. The file then builds differently from what it says.',
    incorrect: '# Build the API image\n# syntax=docker/dockerfile:1\nFROM alpine:3.20',
    correct: '# syntax=docker/dockerfile:1\n# Build the API image\nFROM alpine:3.20',
    fix:
      'Moves the line into the directive block. Unsafe: the directive then takes effect. Not offered for a garbled value ' +
      '(a `syntax` or `check` value with spaces or `#`, a `check` value `check-directive-invalid` reports, an `escape` ' +
      'other than `` ` `` or `\\`), which would break the build; nor for an `escape` of `` ` `` in a file with lines ending ' +
      'in `\\` or `` ` ``, which would then continue differently.',
    notes: 'A `#!` first line is skipped, as BuildKit does. `# check=skip=…` directly above an instruction is not ' +
      'reported: newer frontends honour it for that instruction.',
  },
  fix: 'unsafe',
  aliases: [],
};

/** It reads only parser-directive lines. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.directives;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { text } = ctx.model;
  const lines = directiveLines(ctx.model);
  // Most files have directives only in the leading block.
  if (lines.every((d) => d.inBlock)) return;
  const block = lines.filter((d) => d.inBlock);
  const instructionLines = new Set(ctx.model.instructions.map((i) => i.line));
  // Directives go after the last one of the block, else at the top (after a `#!` line). An edit at offset 0 goes after
  // a byte order mark (`replaceEdit`).
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const insertAt = block.length > 0
    ? nextLineStart(text, block[block.length - 1].start)
    : text.startsWith('#!', bom) ? nextLineStart(text, 0) : 0;
  for (const d of lines) {
    if (d.inBlock) continue;
    if (d.name === 'check' && /^\s*skip\s*=/i.test(d.value) && instructionLines.has(d.line + 1)) continue;
    const canMove = wellFormed(d) && !(d.name === 'escape' && d.value !== '\\' && endsLinesWithEscape(text)) && !block.some((b) => b.name === d.name) && !lines.some((o) => !o.inBlock && o.name === d.name && o.line < d.line);
    const lineText = text.slice(d.start, d.end).trim();
    const eol = eolOf(text);
    const prefix = needsBreakBefore(text, insertAt) ? eol : '';
    ctx.report({
      range: ctx.range(d.nameStart, d.nameEnd),
      message: `${code(lineText)} is after the directive block, so it is an ordinary comment and has no effect.`,
      fix: canMove
        ? makeFix('Move it into the directive block', 'unsafe', [
            insertEdit(ctx.document, insertAt, prefix + lineText + eol),
            replaceEdit(ctx.document, d.start, nextLineStart(text, d.start), ''),
          ])
        : undefined,
    });
  }
}

/**
 * A value the builder accepts once the line is moved: moved, the directive takes effect, so a garbled one
 * (`# syntax=docker/dockerf: # syntax=…`) would break a build that ignored it before.
 */
function wellFormed(d: Directive): boolean {
  if (d.name === 'escape') return isEscapeCharacter(d.value);
  return /^[^\s#]+$/.test(d.value) && (d.name !== 'check' || checkValueProblems(d.value.split(';')).length === 0);
}

/**
 * True when a line that is not a comment ends in `\\` or `` ` `` (spaces aside). Moved into the block, `# escape=\``
 * makes the backtick end continued lines instead of the backslash, so such a file would be read differently: its
 * `\\` lines would stop continuing, and a line ending in a backtick would start to.
 */
function endsLinesWithEscape(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let last = end - 1;
    while (last >= start && (text[last] === ' ' || text[last] === '\t' || text[last] === '\r')) last--;
    let first = start;
    while (first < last && (text[first] === ' ' || text[first] === '\t')) first++;
    if (last >= start && (text[last] === '\\' || text[last] === '`') && text[first] !== '#') return true;
    start = end + 1;
  }
  return false;
}
