import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { KEYWORDS, shortWithoutFirstArgument } from '../shared/dockerfile-syntax';
import { instructionTextSpans } from '../shared/instruction-text';

export const meta: DockerfileRuleMeta = {
  id: 'typographic-dash-or-space',
  target: 'dockerfile',
  category: 'typography',
  severity: 'warning',
  summary: 'An en/em dash where a flag\'s `-` belongs, or an invisible non-breaking or zero-width space.',
  docs: {
    description:
      'Web pages and word processors turn `--` into `—` and `-` into `–`, and paste non-breaking or zero-width spaces ' +
      'that look like ordinary spaces. `apt-get install –y` then passes a package named `–y`, `COPY —from=build` is not ' +
      'a flag, and `install\u00a0curl` is one word. The errors that follow ("unable to locate package", "command not ' +
      'found") rarely point at the invisible cause.',
    incorrect: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install –y curl',
    correct: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl',
    fix:
      'Replaces a dash at a flag position with `-` (or `--` for an em dash or a long option), and an invisible space before ' +
      'a flag or after the instruction keyword with a plain space (or deletes it when it sits next to one). Safe: at those ' +
      'positions the text cannot work as written. Invisible spaces elsewhere get the same replacement as an unsafe fix, ' +
      'since a non-breaking space inside a quoted value or a message may be intended. A zero-width character inside a ' +
      'word (between two visible characters, not before a flag) or among the words of a FROM is deleted instead: the ' +
      'user saw no space there, and a space would split the word. There is no fix when the character is all the ' +
      'instruction holds, nor when the fix would make the first argument a flag and leave the instruction short of ' +
      'arguments (`COPY —chown=app /src` has a source and a destination as written, and no destination as fixed).',
    notes: 'Comments, LABEL values and COPY/ADD heredoc bodies are not checked; a byte-order mark at the very start of the file is fine.',
  },
  fix: 'safe',
  aliases: [],
};

const DASHES = /[\u2013\u2014\u2212]/;
const SPACES = /[\u00a0\u200b\ufeff]/;
/** DASHES or SPACES. */
const ANY = /[\u2013\u2014\u2212\u00a0\u200b\ufeff]/;
const NAMES: Record<string, string> = {
  '\u2013': 'en dash',
  '\u2014': 'em dash',
  '\u2212': 'minus sign',
  '\u00a0': 'non-breaking space',
  '\u200b': 'zero-width space',
  '\ufeff': 'zero-width no-break space',
};

/** Typographic dashes and spaces are outside ASCII. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.nonAscii;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const text = ctx.model.text;
  if (!ANY.test(text)) return; // one scan of the file instead of two tests per character
  for (const span of instructionTextSpans(ctx.model)) {
    for (let at = span.start; at < span.end; at++) {
      const ch = text[at];
      if (DASHES.test(ch)) {
        const before = text[at - 1] ?? ' ';
        const rest = /^[\p{L}-][\p{L}\d-]*=?/u.exec(text.slice(at + 1, span.end))?.[0];
        if (!/\s|[\u00a0\u200b]/.test(before) || !rest) continue;
        const replacement = ch === '\u2014' || (!rest.startsWith('-') && (rest.endsWith('=') || rest.replace(/=$/, '').length >= 4 || rest.includes('-'))) ? '--' : '-';
        const leavesTooFew = (replacement === '--' || rest.startsWith('-')) && takesNeededArgument(span.instruction, at);
        ctx.report({
          range: ctx.range(at, at + 1),
          message: `An ${NAMES[ch]} (${code(ch)}) stands where a flag's ${code(replacement)} belongs, so ${code(ch + rest.replace(/=$/, ''))} is not read as a flag.`.replace('An minus', 'A minus'),
          fix: leavesTooFew
            ? undefined
            : makeFix(`Replace the ${NAMES[ch]} with ${replacement}`, 'safe', [replaceEdit(ctx.document, at, at + 1, replacement)]),
        });
        continue;
      }
      if (!SPACES.test(ch) || at === 0) continue;
      const next = text.slice(at + 1, span.end).replace(/^[ \t\u00a0\u200b]+/, '')[0] ?? '';
      // Right after the keyword, also when the scanner read the character into the keyword (`WORKDIR\uFEFF/app`).
      const afterKeyword = at === span.instruction.keywordEnd || KEYWORDS.has(text.slice(span.instruction.keywordStart, at).toUpperCase());
      const beforeFlag = next === '-' || DASHES.test(next);
      const adjacentSpace = /[ \t]/.test(text[at - 1] ?? '') || /[ \t]/.test(text[at + 1] ?? '');
      // A zero-width character inside a FROM's words, or inside any word (between two visible characters, not before a
      // flag), is deleted: the user saw no space there, and a space would split the word (`FROM }\uFEFFx`, or a COPY
      // destination `/app\uFEFFx` that became a second source).
      const zeroWidth = ch !== '\u00a0' && !afterKeyword;
      const insideFromWord = zeroWidth && span.instruction.keyword === 'FROM';
      const insideWord = zeroWidth && !beforeFlag && isVisible(text[at - 1]) && isVisible(text[at + 1]);
      const replacement = (adjacentSpace && ch !== '\u00a0') || insideFromWord || insideWord ? '' : ' ';
      // The character is all the instruction has after its keyword (`FROM \uFEFF`): without it the instruction is empty.
      const { keywordEnd, end } = span.instruction;
      const alone = !/[^\s\u200b]/.test(text.slice(keywordEnd, at) + text.slice(at + 1, end));
      const leavesTooFew = text.startsWith('--', at + 1) && takesNeededArgument(span.instruction, at, at + 1);
      ctx.report({
        range: ctx.range(at, at + 1),
        message: `A ${NAMES[ch]} (U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) is not white space to the builder or the shell.`,
        // Before a flag or after the keyword the text cannot work as written; elsewhere the character may be wanted.
        fix: alone || leavesTooFew
          ? undefined
          : makeFix(
              replacement === '' ? `Delete the ${NAMES[ch]}` : `Replace the ${NAMES[ch]} with a space`,
              afterKeyword || beforeFlag ? 'safe' : 'unsafe',
              [replaceEdit(ctx.document, at, at + 1, replacement)],
            ),
      });
    }
  }
}

/**
 * Whether the fix at `at` makes the instruction's first argument (the word starting at `at`, or at `wordStart`) a
 * flag and leaves the instruction short of arguments: `COPY \uFEFF--chown=app src` copies a file with an odd name
 * as written, but `COPY --chown=app src` has no destination. Such a line gets no fix.
 */
function takesNeededArgument(instruction: InstructionNode, at: number, wordStart = at): boolean {
  const first = instruction.args[0];
  return first !== undefined && (first.start === at || first.start === wordStart) && shortWithoutFirstArgument(instruction);
}

/** A character that shows: not white space (nor an invisible space), not the text's end. */
function isVisible(ch: string | undefined): boolean {
  return ch !== undefined && !/\s/.test(ch) && !SPACES.test(ch);
}
