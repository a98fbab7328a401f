import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { closest, code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';

export const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];

export const meta: DockerfileRuleMeta = {
  id: 'unknown-instruction',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: 'The line starts with a word that is not a Dockerfile instruction.',
  docs: {
    description:
      'Every line of a Dockerfile (outside heredoc bodies and continuations) starts with one of 18 instructions. The builder ' +
      'stops at the first unknown word, so a typo such as `RUNN` or `COPPY` fails the whole build. A line that continues the ' +
      'previous one needs a `\\` (or the `# escape=` character) at the end of that line.',
    incorrect: 'FROM alpine:3.20\nRUNN apk add --no-cache curl',
    correct: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    fix: 'Renames the word to the nearest instruction. Unsafe: the intended instruction may be another one.',
    notes: 'Reported as info when `# syntax=` names a frontend other than docker/dockerfile, which may define its own instructions.',
  },
  fix: 'unsafe',
  aliases: ['DU:UNKNOWN_INSTRUCTION', 'DL1000'],
};

/** It reports only instructions with an unknown keyword. */
export function appliesTo(facts: DockerfileFacts): boolean {
  for (const keyword of facts.keywords) if (!INSTRUCTIONS.includes(keyword)) return true;
  return false;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const syntax = ctx.model.directives.find((d) => d.name === 'syntax');
  const customFrontend = syntax !== undefined && !/(^|\/)docker\/dockerfile(-upstream)?(:|@|$)/.test(syntax.value);
  for (const instruction of ctx.model.instructions) {
    if (INSTRUCTIONS.includes(instruction.keyword)) continue;
    const word = instruction.rawKeyword;
    const suggestion = closest(word.toUpperCase(), INSTRUCTIONS, 2);
    const range = ctx.range(instruction.keywordStart, instruction.keywordEnd);
    ctx.report({
      range,
      message: `Unknown instruction ${code(word)}${suggestion ? `. Did you mean ${code(suggestion)}?` : '.'}` +
        (customFrontend ? ' (The custom frontend named by `# syntax=` may define it.)' : ''),
      severity: customFrontend ? 'info' : undefined,
      fix: suggestion
        ? makeFix(`Rename to ${suggestion}`, 'unsafe', [replaceEdit(ctx.document, instruction.keywordStart, instruction.keywordEnd, suggestion)])
        : undefined,
    });
  }
}
