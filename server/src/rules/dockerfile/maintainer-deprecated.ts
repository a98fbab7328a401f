import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';

export const meta: DockerfileRuleMeta = {
  id: 'maintainer-deprecated',
  target: 'dockerfile',
  category: 'style',
  severity: 'warning',
  summary: '`MAINTAINER` is deprecated.',
  docs: {
    description:
      '`MAINTAINER` was deprecated in Docker 1.13: tools read authorship from labels, and the OCI annotation ' +
      '`org.opencontainers.image.authors` is the standard place for it. BuildKit warns about every `MAINTAINER`.',
    incorrect: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>',
    correct: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"',
    fix: 'Replaces the instruction with `LABEL org.opencontainers.image.authors="…"` holding the same text. Safe: it only changes image metadata.',
  },
  fix: 'safe',
  aliases: ['DL4000', 'BK:MaintainerDeprecated', 'DU:DEPRECATED_MAINTAINER', 'CKV_DOCKER_6', 'DS-0022', 'KICS:99614418'],
};

/** It reads only MAINTAINER instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'MAINTAINER');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of ctx.model.instructions) {
    if (instruction.keyword !== 'MAINTAINER') continue;
    const author = instruction.argsText.text.trim();
    // LABEL expands variables where MAINTAINER did not, so a literal `$` is escaped.
    const quoted = JSON.stringify(author.replace(/^"(.*)"$/, '$1')).replace(/\$/g, '\\$');
    ctx.report({
      range: ctx.range(instruction.keywordStart, instruction.keywordEnd),
      message: '`MAINTAINER` is deprecated; use `LABEL org.opencontainers.image.authors` instead.',
      fix: author
        ? makeFix('Replace MAINTAINER with LABEL org.opencontainers.image.authors', 'safe', [
            replaceEdit(ctx.document, instruction.keywordStart, instruction.argsText.endOffset, `LABEL org.opencontainers.image.authors=${quoted}`),
          ])
        : undefined,
    });
  }
}
