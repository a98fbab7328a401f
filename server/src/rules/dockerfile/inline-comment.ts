import { eolOf, insertEdit, lineSpan, makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { docOffset } from '../../model/mapped-text';
import { inlineCommentIndex } from '../shared/inline-comments';

export const meta: DockerfileRuleMeta = {
  id: 'inline-comment',
  target: 'dockerfile',
  category: 'typography',
  severity: 'error',
  summary: 'A `# comment` after the arguments of an instruction: Dockerfiles have no trailing comments.',
  docs: {
    description:
      'A `#` starts a comment only at the beginning of a line. Anywhere else it is an argument: ' +
      '`FROM eclipse-temurin:17-jdk  # too large` is a FROM with four arguments and fails, `EXPOSE 80 # http` tries to ' +
      'expose a port named `#`, and `CMD ["node", "app.js"] # start` is no longer valid JSON, so it runs as a shell ' +
      'command. Put the comment on its own line above the instruction.',
    incorrect: 'FROM node:22-slim\nEXPOSE 3000 # the API port',
    correct: 'FROM node:22-slim\n# the API port\nEXPOSE 3000',
    fix:
      'Moves the comment to its own line above the instruction. Safe where the instruction cannot build as written; no ' +
      'fix is offered for WORKDIR and VOLUME, which build with the comment as part of the path, so moving it changes the image, ' +
      'nor for a comment that holds a lone carriage return (one line for the builder, several in an editor), nor for one ' +
      'that reads as a parser directive on its own line (`# syntax=…`, `# escape=…`, `# check=…`), nor where the words ' +
      'before the `#` are not a complete instruction (`COPY app # /srv` would lose its destination, `ENV MODE # prod` its value).',
    notes:
      'Checked for FROM, COPY, ADD, ENV, ARG, LABEL, EXPOSE, USER, WORKDIR, VOLUME, STOPSIGNAL, SHELL and the flags of ' +
      'HEALTHCHECK, and after the `]` of any exec form. Not reported: shell-form RUN, CMD and ENTRYPOINT (the shell ' +
      'reads `#` as a comment), a `#` with no white space before it (`ENV COLOR=#fff`, `ADD https://…#v1.0`), a quoted ' +
      '`#`, and heredoc bodies. WORKDIR and VOLUME findings are warnings, since they build (with a wrong path); the ' +
      'others are errors.',
  },
  fix: 'safe',
  aliases: [],
};

const BUILDS_ANYWAY = new Set(['WORKDIR', 'VOLUME']);

const DIRECTIVE_LIKE = /^#[ \t]*(?:syntax|escape|check)[ \t]*=/i;

/**
 * The words before the `#` still make a complete instruction, so moving the "comment" out cannot leave one the
 * builder rejects: `COPY app # dest` has no destination without it, `ENV MODE # value` no value.
 */
function completeWithout(i: InstructionNode, hash: number): boolean {
  const before = i.args.filter((a) => a.end <= hash);
  switch (i.keyword) {
    case 'COPY':
    case 'ADD':
      return before.length >= 2 || i.heredocs.length > 0;
    case 'ENV':
    case 'LABEL':
      // `KEY=value …` pairs, or the legacy `KEY value…` form.
      return before.length > 0 && (before.every((a) => a.value.includes('=')) || (before.length >= 2 && !before[0].value.includes('=')));
    default:
      return true;
  }
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const node of ctx.model.instructions) {
    const i = node.trigger ?? node;
    const index = inlineCommentIndex(i, ctx.model.escape);
    if (index === undefined) continue;
    const hash = docOffset(i.argsText, index);
    const text = ctx.model.text;
    const [lineStart, lineEndWithBreak] = lineSpan(text, hash);
    const lineText = text.slice(lineStart, lineEndWithBreak).replace(/\r?\n$/, '').trimEnd();
    // A comment on a continued line runs up to the escape character that continues it.
    const continued = lineText.endsWith(ctx.model.escape);
    const commentEnd = lineStart + (continued ? lineText.slice(0, -1).trimEnd().length : lineText.length);
    let cut = hash;
    while (cut > lineStart && (text[cut - 1] === ' ' || text[cut - 1] === '\t')) cut--;
    const comment = text.slice(hash, commentEnd);
    const [outerLineStart] = lineSpan(text, node.start);
    const indent = /^[ \t]*/.exec(text.slice(outerLineStart))?.[0] ?? '';
    const eol = eolOf(text);
    // With nothing before the `#` (`ARG # note`), the "comment" is the only argument: moving it empties the instruction.
    const alone = Math.min(i.args[0]?.start ?? hash, i.flags[0]?.start ?? hash) >= hash;
    // A lone carriage return stays inside the line for the builder but breaks it in an editor: moved above, the
    // "comment" would become several lines. On its own line `# syntax=…` (or escape, check) reads as a parser
    // directive: moving it could change how the whole file is built.
    const fixable =
      !BUILDS_ANYWAY.has(i.keyword) && !continued && !alone && !comment.includes('\r') && !DIRECTIVE_LIKE.test(comment) && completeWithout(i, hash);
    ctx.report({
      range: ctx.range(hash, hash + comment.length),
      message: `${code(comment)} is not a comment here: after the arguments of ${code(i.keyword)} it is read as more arguments.`,
      severity: BUILDS_ANYWAY.has(i.keyword) ? 'warning' : undefined,
      fix: fixable
        ? makeFix('Move the comment to its own line above', 'safe', [insertEdit(ctx.document, outerLineStart, indent + comment + eol), replaceEdit(ctx.document, cut, hash + comment.length, '')])
        : undefined,
    });
  }
}
